import { formatDate, formatDateTime, formatFormalDate } from "../../../shared/dates";

describe("formatting", () => {
  it("formats days as dd/mm/yyyy", () => {
    expect(formatDate({ year: 2024, month: 6, day: 30 })).toBe("30/06/2024");
    expect(formatDate({ year: 2025, month: 1, day: 5 })).toBe("05/01/2025");
  });

  it("formats an ISO instant as its day in Vietnam", () => {
    expect(formatDate("2024-06-30T16:59:59.999Z")).toBe("30/06/2024");
    expect(formatDate("2024-06-30T17:00:00.000Z")).toBe("01/07/2024");
  });

  it("formats date and time in Vietnam", () => {
    expect(formatDateTime("2024-06-30T16:59:59.999Z")).toBe("30/06/2024 23:59");
    expect(formatDateTime("2024-06-30T17:05:00Z")).toBe("01/07/2024 00:05");
    expect(formatDateTime("2024-01-02T01:07:00Z")).toBe("02/01/2024 08:07");
  });

  it.each([
    [{ year: 2024, month: 1, day: 5 }, "ngày 05 tháng 01 năm 2024"],
    [{ year: 2024, month: 2, day: 29 }, "ngày 29 tháng 02 năm 2024"],
    [{ year: 2024, month: 3, day: 1 }, "ngày 01 tháng 3 năm 2024"],
    [{ year: 2024, month: 6, day: 30 }, "ngày 30 tháng 6 năm 2024"],
    [{ year: 2024, month: 10, day: 9 }, "ngày 09 tháng 10 năm 2024"],
    [{ year: 2024, month: 12, day: 20 }, "ngày 20 tháng 12 năm 2024"],
  ])("formatFormalDate(%j) = %p (Decree 30 leading zeros)", (d, text) => {
    expect(formatFormalDate(d)).toBe(text);
  });

  it("refuses impossible days", () => {
    expect(() => formatFormalDate({ year: 2024, month: 2, day: 30 })).toThrow();
    expect(() => formatDate({ year: 2024, month: 13, day: 1 })).toThrow();
  });
});
