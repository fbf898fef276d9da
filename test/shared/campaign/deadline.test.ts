import { campaignDueDates, dueFor } from "../../../shared/campaign/deadline";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import type { Campaign } from "../../../shared/campaign/schema";
import { CodedError } from "../../../shared/errors/codes";

const unit = (subordinateCount: number | null) => ({ id: "x", subordinateCount });

describe("dueFor", () => {
  test.each([
    [0, "2024-06-30"],
    [14, "2024-06-30"],
    [15, "2024-09-30"],
    [40, "2024-09-30"],
  ])("%p subordinate units → due %s", (count, iso) => {
    const d = dueFor(HA_TINH_2024, unit(count));
    expect(d.rule.due).toBe(iso);
    expect(d.countKnown).toBe(true);
  });

  test("unknown count → the < 15 group, flagged", () => {
    const d = dueFor(HA_TINH_2024, unit(null));
    expect(d.due).toEqual({ year: 2024, month: 6, day: 30 });
    expect(d.countKnown).toBe(false);
  });

  test("inclusive: by the end of the day in Asia/Ho_Chi_Minh (23:59:59.999 +07:00)", () => {
    expect(dueFor(HA_TINH_2024, unit(3)).dueAt).toBe("2024-06-30T16:59:59.999Z");
    expect(dueFor(HA_TINH_2024, unit(20)).dueAt).toBe("2024-09-30T16:59:59.999Z");
  });

  test("exclusive: before the day starts (00:00 +07:00)", () => {
    const exclusive: Campaign = { ...HA_TINH_2024, deadlines: { ...HA_TINH_2024.deadlines, inclusiveEndOfDay: false } };
    expect(dueFor(exclusive, unit(3)).dueAt).toBe("2024-06-29T17:00:00.000Z");
  });

  test("a count no rule covers is a clear, coded error", () => {
    const gap: Campaign = {
      ...HA_TINH_2024,
      deadlines: { inclusiveEndOfDay: true, rules: [{ maxSubordinates: 15, due: "2024-06-30", label: "< 15" }] },
    };
    expect(() => dueFor(gap, unit(20))).toThrow(CodedError);
    expect(() => dueFor(gap, unit(20))).toThrow(/no deadline rule.*20 subordinate/);
  });

  test("a level with its own rules follows them; other levels follow the campaign's", () => {
    const communesLater: Campaign = {
      ...HA_TINH_2024,
      levels: HA_TINH_2024.levels.map((l) => (l.id === "commune" ? { ...l, deadlines: [{ due: "2024-07-15", label: "Cấp xã" }] } : l)),
    };
    expect(dueFor(communesLater, { id: "c", subordinateCount: 3, level: "commune" }).rule.due).toBe("2024-07-15");
    expect(dueFor(communesLater, { id: "c", subordinateCount: 30, level: "commune" }).rule.due).toBe("2024-07-15");
    expect(dueFor(communesLater, { id: "s", subordinateCount: 3, level: "province_dept" }).rule.due).toBe("2024-06-30");
    expect(campaignDueDates(communesLater)).toEqual(["2024-06-30", "2024-07-15", "2024-09-30"]);
  });
});
