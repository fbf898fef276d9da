import fc from "fast-check";
import {
  findDateLine,
  findDeadlines,
  findVagueDeadlines,
  formatDate,
  formatFormalDate,
  parseDeadline,
} from "../../../shared/dates";

/** Real days 1990–2100 (the day is clamped to the month's length by construction). */
const realDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate()) }));

/** Text made of the pieces the parsers look for, glued in random order: it reaches far more branches than noise. */
const token = fc.constantFrom(
  "ngày", "ngay", "tháng", "năm", "quý", "IV", "III", "trước", "chậm nhất là", "từ", "đến", "-", "–", "/", ".", ",",
  "…", "...", " ", "  ", "\n", "30", "6", "2024", "12", "15", "01", "hằng", "hàng", "đầu", "cuối", "giai đoạn",
  "Số", "QĐ-UBND", "%", "đơn vị", "Hà Tĩnh", "thường xuyên", "định kỳ", "\u0300", "\u0323", "Đ", "ơ",
);
const vietnameseish = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(""));
const anyText = fc.oneof(vietnameseish, fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 60 }));

function wellFormed(text: string, spans: { start: number; end: number; text: string }[]): boolean {
  let last = 0;
  return spans.every((s) => {
    const ok = s.start >= last && s.end > s.start && s.end <= text.length && text.slice(s.start, s.end) === s.text;
    last = s.end;
    return ok;
  });
}

describe("parser properties", () => {
  it("never throws and returns ordered, non-overlapping spans of the input", () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }), (text, referenceYear) => {
        const opts = referenceYear === undefined ? {} : { referenceYear };
        const one = parseDeadline(text, opts);
        if (one) expect(text.slice(one.start, one.end)).toBe(one.text);
        expect(wellFormed(text, findDeadlines(text, opts))).toBe(true);
        expect(wellFormed(text, findVagueDeadlines(text))).toBe(true);
        const line = findDateLine(text);
        if (line) expect(line.end).toBeGreaterThan(line.start);
      }),
      { numRuns: 600 },
    );
  });

  it("reads back every formatted day", () => {
    fc.assert(
      fc.property(realDate, (d) => {
        expect(parseDeadline(formatDate(d))?.lastDay).toEqual(d);
        expect(parseDeadline(formatFormalDate(d))?.lastDay).toEqual(d);
        expect(parseDeadline(`trước ${formatFormalDate(d)}`.normalize("NFD"))?.lastDay).toEqual(d);
        expect(findDateLine(`Hà Tĩnh, ${formatFormalDate(d)}`)).toMatchObject({ valid: true, blank: false, date: d, place: "Hà Tĩnh" });
      }),
      { numRuns: 400 },
    );
  });
});
