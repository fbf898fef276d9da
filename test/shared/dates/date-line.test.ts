import { findDateLine } from "../../../shared/dates";

describe("findDateLine", () => {
  it.each([
    ["Hà Tĩnh, ngày 05 tháng 01 năm 2024", "Hà Tĩnh", { year: 2024, month: 1, day: 5 }],
    ["Hà Tĩnh, ngày 5 tháng 1 năm 2024", "Hà Tĩnh", { year: 2024, month: 1, day: 5 }],
    ["Hà Tĩnh ngày 28 tháng 06 năm 2024", "Hà Tĩnh", { year: 2024, month: 6, day: 28 }],
    ["Hà Tĩnh, ngày 28/6/2024", "Hà Tĩnh", { year: 2024, month: 6, day: 28 }],
    ["Can Lộc,  ngày  15  tháng  3  năm  2024.", "Can Lộc", { year: 2024, month: 3, day: 15 }],
    ["TP. Hà Tĩnh, ngày 01 tháng 7 năm 2024", "TP. Hà Tĩnh", { year: 2024, month: 7, day: 1 }],
    ["Thành phố Hà Tĩnh, ngày 01 tháng 7 năm 2024", "Thành phố Hà Tĩnh", { year: 2024, month: 7, day: 1 }],
    ["Hà Tĩnh, ngày 05 tháng 01 năm 2024".normalize("NFD"), "Hà Tĩnh", { year: 2024, month: 1, day: 5 }],
    ["HÀ TĨNH, NGÀY 05 THÁNG 01 NĂM 2024", "HÀ TĨNH", { year: 2024, month: 1, day: 5 }],
  ])("%j is a real date line", (text, place, date) => {
    const line = findDateLine(text);
    expect(line).toMatchObject({ blank: false, valid: true, date });
    expect(line!.place?.normalize("NFC")).toBe(place.normalize("NFC"));
    expect(line!.start).toBe(0);
  });

  it("reads a date line without a place", () => {
    expect(findDateLine("ngày 20 tháng 12 năm 2024")).toEqual({
      start: 0,
      end: 25,
      blank: false,
      valid: true,
      date: { year: 2024, month: 12, day: 20 },
    });
  });

  it.each([
    "Can Lộc, ngày ... tháng ... năm 2024",
    "Hà Tĩnh, ngày     tháng     năm 2024",
    "Hà Tĩnh, ngày…tháng…năm 2024",
    "Hà Tĩnh, ngày ___ tháng ___ năm 20__",
    "Hà Tĩnh, ngày .. tháng 6 năm 2024",
    "Hà Tĩnh, ngày    tháng    năm",
    "Hà Tĩnh, ngày .../.../2024",
    "Hà Tĩnh, ngày ..... tháng ..... năm 2024",
    "Hà Tĩnh, ngày …… tháng …… năm 2024",
  ])("%j is a template line left blank", (text) => {
    const line = findDateLine(text);
    expect(line).toMatchObject({ blank: true, valid: false });
    expect(line!.date).toBeUndefined();
    expect(line!.place).toBeDefined();
  });

  it("flags a filled but impossible date as neither blank nor valid", () => {
    expect(findDateLine("Hà Tĩnh, ngày 31 tháng 02 năm 2024")).toMatchObject({ blank: false, valid: false });
    expect(findDateLine("Hà Tĩnh, ngày 31 tháng 02 năm 2024")!.date).toBeUndefined();
  });

  it("finds the line inside a header cell and maps offsets to the original", () => {
    const cell = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\u000bHà Tĩnh, ngày 05 tháng 01 năm 2024";
    const line = findDateLine(cell);
    expect(line).toMatchObject({ place: "Hà Tĩnh", valid: true });
    expect(cell.slice(line!.start, line!.end)).toBe("Hà Tĩnh, ngày 05 tháng 01 năm 2024");
  });

  it.each([
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024 của UBND tỉnh",
    "Ngày 05 tháng 01 năm 2024, UBND tỉnh ban hành Kế hoạch",
    "Số: 05/BC-SNV",
    "Ngày làm việc thứ hai",
    "",
  ])("%j is not a date line", (text) => {
    expect(findDateLine(text)).toBeNull();
  });
});
