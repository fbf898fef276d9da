import fc from "fast-check";
import { compareDates, dayNumber } from "../../../shared/dates/calendar";
import {
  endOfDayInstant,
  isRealDate,
  parseIsoDate,
  startOfDayInstant,
  toCalendarDate,
} from "../../../shared/dates";
import { CodedError } from "../../../shared/errors/codes";

describe("calendar days in Asia/Ho_Chi_Minh (UTC+7, no DST)", () => {
  it.each([
    [{ year: 2024, month: 2, day: 29 }, true],
    [{ year: 2023, month: 2, day: 29 }, false],
    [{ year: 2000, month: 2, day: 29 }, true],
    [{ year: 2100, month: 2, day: 29 }, false],
    [{ year: 2024, month: 4, day: 31 }, false],
    [{ year: 2024, month: 12, day: 31 }, true],
    [{ year: 2024, month: 13, day: 1 }, false],
    [{ year: 2024, month: 0, day: 1 }, false],
    [{ year: 2024, month: 5, day: 0 }, false],
    [{ year: 2024, month: 5, day: 1.5 }, false],
  ])("isRealDate(%j) = %p", (d, real) => {
    expect(isRealDate(d)).toBe(real);
  });

  it("gives the first and last instant of a Vietnamese day in UTC", () => {
    expect(endOfDayInstant({ year: 2024, month: 6, day: 30 })).toBe("2024-06-30T16:59:59.999Z");
    expect(startOfDayInstant({ year: 2024, month: 6, day: 30 })).toBe("2024-06-29T17:00:00.000Z");
    expect(startOfDayInstant({ year: 2025, month: 1, day: 1 })).toBe("2024-12-31T17:00:00.000Z");
    expect(endOfDayInstant({ year: 2024, month: 12, day: 31 })).toBe("2024-12-31T16:59:59.999Z");
  });

  it("refuses to compute instants for impossible days", () => {
    expect(() => endOfDayInstant({ year: 2023, month: 2, day: 29 })).toThrow(CodedError);
  });

  it("reads the Vietnamese day of an instant, across the UTC midnight", () => {
    expect(toCalendarDate("2024-06-29T17:00:00.000Z")).toEqual({ year: 2024, month: 6, day: 30 });
    expect(toCalendarDate("2024-06-29T16:59:59.999Z")).toEqual({ year: 2024, month: 6, day: 29 });
    expect(toCalendarDate("2024-12-31T18:00:00Z")).toEqual({ year: 2025, month: 1, day: 1 });
    expect(toCalendarDate("2024-06-30T23:30:00+07:00")).toEqual({ year: 2024, month: 6, day: 30 });
  });

  it("round-trips start and end of day through toCalendarDate", () => {
    const d = { year: 2024, month: 3, day: 1 };
    expect(toCalendarDate(startOfDayInstant(d))).toEqual(d);
    expect(toCalendarDate(endOfDayInstant(d))).toEqual(d);
  });

  it("rejects malformed instants with a coded error", () => {
    expect(() => toCalendarDate("not a date")).toThrow(expect.objectContaining({ code: "date.invalid" }));
  });

  it("parses ISO calendar dates strictly", () => {
    expect(parseIsoDate("2024-06-30")).toEqual({ year: 2024, month: 6, day: 30 });
    expect(parseIsoDate("2024-02-30")).toBeNull();
    expect(parseIsoDate("2024-6-30")).toBeNull();
    expect(parseIsoDate("30/06/2024")).toBeNull();
  });
});

describe("calendar arithmetic agrees with the platform's Date over every year 1–9999", () => {
  /** What the arithmetic replaced: a Date per computation (setUTCFullYear, since Date.UTC maps 0–99 to 1900s). */
  const utcMs = (y: number, m: number, d: number) => {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return t.getTime();
  };
  const realDay = fc
    .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter((d) => isRealDate(d));

  it("counts days, compares and gives both instants of a day as Date would", () => {
    fc.assert(
      fc.property(realDay, realDay, (a, b) => {
        expect(dayNumber(a)).toBe(Math.round(utcMs(a.year, a.month, a.day) / 86_400_000));
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(utcMs(a.year, a.month, a.day) - utcMs(b.year, b.month, b.day)));
        expect(endOfDayInstant(a)).toBe(new Date(utcMs(a.year, a.month, a.day + 1) - 7 * 3_600_000 - 1).toISOString());
        expect(startOfDayInstant(a)).toBe(new Date(utcMs(a.year, a.month, a.day) - 7 * 3_600_000).toISOString());
      }),
      { numRuns: 2000 },
    );
  });
});
