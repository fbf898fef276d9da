import { numberWords, readInspected } from "../../../shared/summary/inspected";

describe("readInspected", () => {
  it("reads a ratio of units, a count in words and the share, as the statement gives them", () => {
    expect(readInspected({ text: "Đã kiểm tra 08/12 phòng chuyên môn, đạt 66,7%." })).toMatchObject({ count: 8, total: 12, ratio: 66.7 });
    expect(readInspected({ text: "UBND huyện đã tự kiểm tra mười hai đơn vị trong năm." })).toMatchObject({ count: 12 });
    expect(readInspected({ text: "Đã kiểm tra 12 trên tổng số 15 đơn vị." })).toMatchObject({ count: 12, total: 15 });
  });

  it("takes the row of a results table and a list of inspected units from the engine's statement", () => {
    expect(readInspected({ text: "Đơn vị được kiểm tra: Phòng chuyên môn | Số lượng: 05/08 | Tỷ lệ: 62,5%" })).toMatchObject({ count: 5, total: 8 });
    expect(readInspected({ text: "STT | Đơn vị được kiểm tra | Thời gian", listedUnits: 4 })).toMatchObject({ count: 4 });
  });

  it("never takes a date, a year or a count of something else for the figure", () => {
    const x = readInspected({ text: "Ngày 15/3/2024 đã kiểm tra 03 phòng; ban hành 35 văn bản." });
    expect(x.count).toBe(3);
    expect(x.total).toBeUndefined();
  });
});

describe("numberWords", () => {
  it.each([
    ["mười hai", 12],
    ["hai mươi mốt", 21],
    ["ba mươi lăm", 35],
    ["một trăm lẻ năm", 105],
    ["tám", 8],
  ])("%s → %d", (text, n) => expect(numberWords(text)).toBe(n));

  it("refuses anything that is not a number word", () => expect(numberWords("nhiều")).toBeUndefined());
});
