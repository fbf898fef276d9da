import { findDeadlines, parseDeadline, type DeadlineKind, type ParseOptions } from "../../../shared/dates";

/** [text, referenceYear, expected last day "yyyy-mm-dd", kind] */
type Positive = [string, number | undefined, string, DeadlineKind];

const POSITIVE: Positive[] = [
  // Numeric days, every separator, with or without leading zeros.
  ["30/6/2024", undefined, "2024-06-30", "day"],
  ["30/06/2024", undefined, "2024-06-30", "day"],
  ["30-6-2024", undefined, "2024-06-30", "day"],
  ["30.6.2024", undefined, "2024-06-30", "day"],
  ["5/1/2025", undefined, "2025-01-05", "day"],
  ["05/01/2025", undefined, "2025-01-05", "day"],
  ["30 / 6 / 2024", undefined, "2024-06-30", "day"],
  ["29/2/2024", undefined, "2024-02-29", "day"],
  ["31/12/2100", undefined, "2100-12-31", "day"],
  ["01/01/1990", undefined, "1990-01-01", "day"],
  ["30/6", 2024, "2024-06-30", "day"],
  ["31/12", 2025, "2025-12-31", "day"],
  ["ngày 15/12/2024", undefined, "2024-12-15", "day"],
  ["Ngày 15/12", 2024, "2024-12-15", "day"],
  ["ngày 20 tháng 12 năm 2024", undefined, "2024-12-20", "day"],
  ["ngày 05 tháng 01 năm 2024", undefined, "2024-01-05", "day"],
  ["20 tháng 12 năm 2024", undefined, "2024-12-20", "day"],
  ["ngày 20 tháng 12", 2024, "2024-12-20", "day"],
  // Cue words in front.
  ["trước ngày 30/9/2024", undefined, "2024-09-30", "day"],
  ["Trước 31/12", 2024, "2024-12-31", "day"],
  ["trước 31/12/2024", undefined, "2024-12-31", "day"],
  ["chậm nhất ngày 20/12/2024", undefined, "2024-12-20", "day"],
  ["Chậm nhất là ngày 20/12/2024", undefined, "2024-12-20", "day"],
  ["chậm nhất là ngày 15 tháng 11 năm 2024", undefined, "2024-11-15", "day"],
  ["hạn 15/11/2024", undefined, "2024-11-15", "day"],
  ["Thời hạn: 30/6/2024", undefined, "2024-06-30", "day"],
  ["Thời hạn hoàn thành: trước ngày 31/7/2024", undefined, "2024-07-31", "day"],
  ["đến 31/12/2024", undefined, "2024-12-31", "day"],
  ["đến hết ngày 30/6/2024", undefined, "2024-06-30", "day"],
  ["hoàn thành trước ngày 15/11/2024", undefined, "2024-11-15", "day"],
  ["hoàn thành trước 30/11", 2024, "2024-11-30", "day"],
  ["trong ngày 15/8/2024", undefined, "2024-08-15", "day"],
  ["Sáng 17/4", 2024, "2024-04-17", "day"],
  ["Chiều 13-3", 2024, "2024-03-13", "day"],
  // Months → last day.
  ["tháng 9/2024", undefined, "2024-09-30", "month"],
  ["trong tháng 9/2024", undefined, "2024-09-30", "month"],
  ["trong tháng 9 năm 2024", undefined, "2024-09-30", "month"],
  ["tháng 01/2025", undefined, "2025-01-31", "month"],
  ["tháng 2/2024", undefined, "2024-02-29", "month"],
  ["tháng 2/2023", undefined, "2023-02-28", "month"],
  ["Tháng 11-2024", undefined, "2024-11-30", "month"],
  ["trong tháng 10", 2024, "2024-10-31", "month"],
  ["cuối tháng 9/2024", undefined, "2024-09-30", "month"],
  // Quarters, Roman or Arabic.
  ["Quý III/2024", undefined, "2024-09-30", "quarter"],
  ["trong Quý III/2024", undefined, "2024-09-30", "quarter"],
  ["quý 3 năm 2024", undefined, "2024-09-30", "quarter"],
  ["Quý I/2025", undefined, "2025-03-31", "quarter"],
  ["quý II năm 2024", undefined, "2024-06-30", "quarter"],
  ["Quý IV", 2024, "2024-12-31", "quarter"],
  ["trong quý IV", 2024, "2024-12-31", "quarter"],
  ["QUÝ IV/2024", undefined, "2024-12-31", "quarter"],
  ["quý I, II năm 2024", undefined, "2024-06-30", "quarter"],
  // Runs of months from the start or end of a year.
  ["6 tháng đầu năm 2024", undefined, "2024-06-30", "half"],
  ["06 tháng đầu năm 2024", undefined, "2024-06-30", "half"],
  ["6 tháng cuối năm 2024", undefined, "2024-12-31", "half"],
  ["9 tháng đầu năm", 2024, "2024-09-30", "half"],
  ["sáu tháng đầu năm 2024", undefined, "2024-06-30", "half"],
  ["6 tháng năm 2024", undefined, "2024-06-30", "half"],
  // Years and spans of years.
  ["năm 2024", undefined, "2024-12-31", "year"],
  ["trong năm 2024", undefined, "2024-12-31", "year"],
  ["hoàn thành trong năm 2024", undefined, "2024-12-31", "year"],
  ["đến hết năm 2025", undefined, "2025-12-31", "year"],
  ["cuối năm 2024", undefined, "2024-12-31", "year"],
  ["đến cuối năm", 2024, "2024-12-31", "year"],
  ["trong năm nay", 2024, "2024-12-31", "year"],
  ["giai đoạn 2022 - 2025", undefined, "2025-12-31", "range"],
  ["giai đoạn 2021–2025", undefined, "2025-12-31", "range"],
  ["giai đoạn từ năm 2021 đến năm 2025", undefined, "2025-12-31", "range"],
  ["trong các năm 2024 - 2025", undefined, "2025-12-31", "range"],
  // Ranges: the end counts, a year written once at the end holds for the start.
  ["từ ngày 15/10 đến 15/12/2024", undefined, "2024-12-15", "range"],
  ["từ 15/10 - 15/12/2024", undefined, "2024-12-15", "range"],
  ["từ 15/10 – 15/12/2024", undefined, "2024-12-15", "range"],
  ["từ ngày 01/7/2024 đến ngày 31/12/2024", undefined, "2024-12-31", "range"],
  ["15/10-15/12/2024", undefined, "2024-12-15", "range"],
  ["từ 01/7 đến 31/7", 2024, "2024-07-31", "range"],
  ["từ tháng 7 đến tháng 12/2024", undefined, "2024-12-31", "range"],
  ["từ ngày 15/12 đến ngày 15/01/2025", undefined, "2025-01-15", "range"],
  // Written by many hands: NFD, upper case, stray spaces, trailing punctuation.
  ["Trước ngày 30/6/2024".normalize("NFD"), undefined, "2024-06-30", "day"],
  ["HOÀN THÀNH TRƯỚC NGÀY 30/9/2024", undefined, "2024-09-30", "day"],
  ["  chậm  nhất\u00a0ngày   20/12/2024 . ", undefined, "2024-12-20", "day"],
  ["- Quý IV/2024;", undefined, "2024-12-31", "quarter"],
];

/** [text, referenceYear] that must not read as one deadline. */
const NEGATIVE: [string, number | undefined][] = [
  ["30/6", undefined],
  ["ngày 20 tháng 12", undefined],
  ["Quý IV", undefined],
  ["9 tháng đầu năm", undefined],
  ["12/15 đơn vị", 2024],
  ["08/12 phòng", 2024],
  ["10/12 xã", 2024],
  ["trong 10/12 đơn vị", 2024],
  ["Số 3433/QĐ-UBND", 2024],
  ["06/2024/QĐ-UBND", 2024],
  ["Quyết định số 54/2019/QĐ-UBND", 2024],
  ["Nghị định 30/2020/NĐ-CP", 2024],
  ["15/12/2024/NQ-HĐND", undefined],
  ["66,7%", 2024],
  ["đạt 80%", 2024],
  ["31/2/2024", undefined],
  ["30/2", 2024],
  ["29/2/2023", undefined],
  ["32/1/2024", undefined],
  ["0/5/2024", undefined],
  ["15/13/2024", undefined],
  ["tháng 13/2024", undefined],
  ["tháng 0/2024", undefined],
  ["Quý V/2024", undefined],
  ["30/6/1989", undefined],
  ["30/6/2101", undefined],
  ["năm 1985", undefined],
  ["giai đoạn 2025 - 2022", undefined],
  ["12.5", 2024],
  ["trước ngày 20 tháng 12 hằng năm", 2024],
  ["trước 31/12 hàng năm", 2024],
  ["thường xuyên", 2024],
  ["ngay", 2024],
  ["trong thời gian tới", 2024],
  ["trong 6 tháng", 2024],
  ["2024", undefined],
  ["", 2024],
  ["trước ngày 30/6/2024 và thường xuyên", undefined],
];

const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("parseDeadline", () => {
  it("has a table of at least 60 real expressions", () => {
    expect(POSITIVE.length + NEGATIVE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(POSITIVE)("%j (year %p) → %s", (text, referenceYear, lastDay, kind) => {
    const m = parseDeadline(text, referenceYear === undefined ? {} : { referenceYear });
    expect(m).not.toBeNull();
    expect(iso(m!.lastDay)).toBe(lastDay);
    expect(m!.kind).toBe(kind);
    // End of that day in Asia/Ho_Chi_Minh (UTC+7) is 16:59:59.999 UTC the same day.
    expect(m!.instant).toBe(`${lastDay}T16:59:59.999Z`);
    expect(m!.text).toBe(text.slice(m!.start, m!.end));
    expect(text.slice(m!.end).trim()).toMatch(/^[.;,]*$/);
  });

  it.each(NEGATIVE)("%j (year %p) → null", (text, referenceYear) => {
    expect(parseDeadline(text, referenceYear === undefined ? {} : { referenceYear })).toBeNull();
  });
});

describe("findDeadlines", () => {
  const year2024 = { referenceYear: 2024 };
  const found = (text: string, opts: ParseOptions = year2024) =>
    findDeadlines(text, opts).map((m) => [m.text, m.kind, iso(m.lastDay)]);

  it("reads neither the number nor the date of a cited document", () => {
    expect(found("Thực hiện Quyết định số 54/2019/QĐ-UBND ngày 25/12/2023 của UBND tỉnh")).toEqual([]);
    expect(found("Kế hoạch số 3433/KH-UBND ngày 05 tháng 01 năm 2024")).toEqual([]);
  });

  it("ignores ratios, counts and percentages", () => {
    expect(found("Đã kiểm tra 08/12 phòng, đơn vị; 12/15 đơn vị đạt 80%, 66,7% số hồ sơ")).toEqual([]);
    // "xong", "trong" are deadline cues, yet a count noun after the pair makes it a ratio.
    expect(found("Đã kiểm tra xong 10/12 đơn vị; trong 5/12 xã còn hồ sơ trễ hạn")).toEqual([]);
  });

  it("needs a cue for a bare day/month or a bare year, not for a dated one", () => {
    expect(found("Tổ chức 10/12 buổi; Kế hoạch CCHC năm 2024 đã ban hành")).toEqual([]);
    expect(found("khắc phục trước 31/12, báo cáo trong năm 2024")).toEqual([
      ["trước 31/12", "day", "2024-12-31"],
      ["trong năm 2024", "year", "2024-12-31"],
    ]);
    expect(found("Rà soát TTHC, 15/11/2024 báo cáo.")).toEqual([["15/11/2024", "day", "2024-11-15"]]);
  });

  it("keeps \"hạn chế\" from cueing a bare year", () => {
    expect(found("Tồn tại, hạn chế năm 2024")).toEqual([]);
  });

  it("does not read the tail of a year-less \"6 tháng cuối năm\" as the end of the year", () => {
    expect(found("Xây dựng kế hoạch 6 tháng cuối năm")).toEqual([]);
    expect(found("Rà soát, hoàn thành đến cuối năm")).toEqual([["hoàn thành đến cuối năm", "year", "2024-12-31"]]);
  });

  it("returns several deadlines in order without overlap", () => {
    const text = "Bước 1 trước ngày 30/6/2024; bước 2 từ 15/10 - 15/12/2024; bước 3 trong Quý IV; giai đoạn 2022 - 2025.";
    expect(found(text)).toEqual([
      ["trước ngày 30/6/2024", "day", "2024-06-30"],
      ["từ 15/10 - 15/12/2024", "range", "2024-12-15"],
      ["trong Quý IV", "quarter", "2024-12-31"],
      ["giai đoạn 2022 - 2025", "range", "2025-12-31"],
    ]);
  });

  it("skips recurring dates and year-less ones without a reference year", () => {
    expect(found("Báo cáo trước ngày 20 tháng 12 hằng năm")).toEqual([]);
    expect(found("trước 31/12 và trong Quý IV", {})).toEqual([]);
  });

  it("maps offsets to the original, decomposed text", () => {
    const text = "Đơn vị khắc phục chậm nhất là ngày 20/12/2024 theo yêu cầu.".normalize("NFD");
    const [m] = findDeadlines(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end).normalize("NFC")).toBe("chậm nhất là ngày 20/12/2024");
  });

  it("reads a table cell that holds only a year-less deadline", () => {
    expect(found("Quý IV")).toEqual([["Quý IV", "quarter", "2024-12-31"]]);
    expect(found("Năm 2025")).toEqual([["Năm 2025", "year", "2025-12-31"]]);
  });
});
