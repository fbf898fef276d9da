import { countdown, endOfDayInstant } from "../../../shared/dates";

const due = endOfDayInstant({ year: 2024, month: 6, day: 30 }); // 2024-06-30T16:59:59.999Z

describe("countdown in Vietnamese calendar days", () => {
  it("counts days left", () => {
    expect(countdown(due, "2024-06-25T03:00:00Z")).toEqual({ overdue: false, days: 5, text: "còn 5 ngày", textEn: "5 days left" });
    expect(countdown(due, "2024-06-29T10:00:00Z").textEn).toBe("1 day left");
  });

  it("counts by the local day, not by 24-hour blocks", () => {
    // 29/06 23:30 in Hà Tĩnh is still the day before the due day, though only 17.5 hours remain.
    expect(countdown(due, "2024-06-29T16:30:00Z")).toMatchObject({ overdue: false, days: 1 });
    // 30/06 00:10 local (29/06 17:10 UTC): the due day itself.
    expect(countdown(due, "2024-06-29T17:10:00Z")).toEqual({ overdue: false, days: 0, text: "Hạn cuối hôm nay", textEn: "Due today" });
  });

  it("is due today until the last millisecond, overdue right after", () => {
    expect(countdown(due, due)).toMatchObject({ overdue: false, days: 0, text: "Hạn cuối hôm nay" });
    expect(countdown(due, "2024-06-30T17:00:00.000Z")).toEqual({ overdue: true, days: 1, text: "Quá hạn 1 ngày", textEn: "Overdue by 1 day" });
  });

  it("counts days overdue", () => {
    expect(countdown(due, "2024-07-03T01:00:00Z")).toEqual({ overdue: true, days: 3, text: "Quá hạn 3 ngày", textEn: "Overdue by 3 days" });
  });

  it("handles a due time inside the day", () => {
    expect(countdown("2024-06-30T03:00:00Z", "2024-06-30T05:00:00Z")).toMatchObject({ overdue: true, days: 0 });
  });
});
