import { findDeadlines, type CalendarDate } from "../../../shared/dates";

/** Dates of cited documents and of past events are not deadlines; dates tied to finishing something are. */
const REPORT_DATE: CalendarDate = { year: 2024, month: 6, day: 28 };
const texts = (s: string, reportDate?: CalendarDate) =>
  findDeadlines(s, reportDate ? { referenceYear: 2024, reportDate } : { referenceYear: 2024 }).map((m) => m.text);

describe("dates of cited documents", () => {
  it.each([
    "Thực hiện Quyết định số 54/2019/QĐ-UBND ngày 27/9/2019 của UBND tỉnh",
    "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2024 của UBND tỉnh về kiểm tra CCHC",
    "theo Công văn số 123/SNV-CCHC ngày 05/3/2024 của Sở Nội vụ",
    "theo Công văn số 123/SNV-CCHC của Sở Nội vụ ngày 05/3/2024",
    "Kế hoạch số 3433/KH-UBND, ngày 25/12/2023",
    "Thông tư số 01/2023/TT-BNV ngày 10 tháng 3 năm 2023 của Bộ Nội vụ",
    "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
    "Nghị định 61/2018/NĐ-CP ngày 23/4/2018",
    "Chỉ thị số 23/CT-TTg ngày 21/12/2023",
    "Nghị quyết số 76/NQ-CP ngày 15/7/2021 về Chương trình tổng thể CCHC",
    "văn bản số 456/UBND-NC ngày 12/4/2024",
    "Báo cáo số 45/BC-STP ngày 28/6/2024",
    "số 12/KH-STP ngày 15/01/2024",
    "Quyết định ngày 27/9/2019 của UBND tỉnh",
    "Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
    "Quy chế ban hành ngày 15/01/2024",
    "văn bản có hiệu lực thi hành từ ngày 01/7/2024",
    "Quyết định số 1291/QĐ-UBND ngày 05/5/2024".normalize("NFD"),
  ])("%j holds no deadline", (text) => {
    expect(texts(text)).toEqual([]);
    expect(texts(text, REPORT_DATE)).toEqual([]);
  });

  it("keeps the deadline that follows a citation in the same sentence", () => {
    expect(texts("Theo Kế hoạch số 15/KH-UBND ngày 20/01/2024, hoàn thành trước ngày 30/9/2024.")).toEqual(["hoàn thành trước ngày 30/9/2024"]);
    expect(texts("Thực hiện Công văn số 123/SNV ngày 05/3/2024; thời hạn: 31/10/2024")).toEqual(["thời hạn: 31/10/2024"]);
  });

  it("does not take a deadline cue for a citation: 'báo cáo trước ngày …' is a deadline", () => {
    expect(texts("Tổng hợp, báo cáo trước ngày 30/9/2024.")).toEqual(["trước ngày 30/9/2024"]);
    expect(texts("Ban hành kế hoạch khắc phục chậm nhất ngày 15/7/2024.")).toEqual(["chậm nhất ngày 15/7/2024"]);
    // "kỳ" (period) folds like "ký" (signed): it is no signing date.
    expect(texts("Tổng hợp báo cáo định kỳ, 30/9/2024 gửi Sở Nội vụ.")).toEqual(["30/9/2024"]);
  });
});

describe("dates of past events", () => {
  it.each([
    "Ngày 15/3/2024, Sở đã tổ chức hội nghị triển khai công tác kiểm tra.",
    "Sở đã tổ chức hội nghị vào ngày 15/3/2024.",
    "Đã hoàn thành ngày 20/5/2024.",
    "Đơn vị đã hoàn thành trước ngày 30/4/2024.",
    "Từ ngày 01/01/2024 đến ngày 15/6/2024, Sở đã kiểm tra 12 đơn vị.",
    "Đến hết ngày 15/6/2024, đã có 12/12 đơn vị hoàn thành.",
    "- Trong tháng 3/2024, Đoàn kiểm tra đã làm việc tại 05 xã.",
  ])("%j holds no deadline", (text) => {
    expect(texts(text)).toEqual([]);
    expect(texts(text, REPORT_DATE)).toEqual([]);
  });

  it("reads an uncued date on or before the report's date as an event, after it as a deadline", () => {
    expect(texts("Ngày 15/3/2024, Sở tổ chức hội nghị.", REPORT_DATE)).toEqual([]);
    expect(texts("Tổ chức tập huấn vào ngày 20/5/2024.", REPORT_DATE)).toEqual([]);
    expect(texts("Tổ chức tập huấn vào ngày 20/7/2024.", REPORT_DATE)).toEqual(["vào ngày 20/7/2024"]);
    // Without the report's date, only the wording can tell.
    expect(texts("Ngày 15/3/2024, Sở tổ chức hội nghị.")).toEqual(["Ngày 15/3/2024"]);
  });

  it("keeps a cued deadline before the report's date (it is a deadline already passed)", () => {
    expect(texts("Hoàn thành rà soát TTHC trước ngày 15/5/2024.", REPORT_DATE)).toEqual(["trước ngày 15/5/2024"]);
  });

  it("reads a cued date gone by the report's day, in a sentence told in the past, as an event", () => {
    expect(texts("Đơn vị đã hoàn thành việc rà soát trước ngày 30/4/2024.", REPORT_DATE)).toEqual([]);
    expect(texts("Đơn vị đã rà soát và sẽ hoàn thành trước ngày 30/4/2024.", REPORT_DATE)).toEqual(["hoàn thành trước ngày 30/4/2024"]);
  });

  it("keeps a deadline set by something already done", () => {
    expect(texts("Sở đã chỉ đạo các phòng hoàn thành trước ngày 30/9/2024.")).toEqual(["hoàn thành trước ngày 30/9/2024"]);
    expect(texts("Đã giao các phòng khắc phục, thời hạn 31/8/2024.")).toEqual(["thời hạn 31/8/2024"]);
    // A date after the report's is still to come, whatever the wording.
    expect(texts("Sở đã xây dựng lộ trình, ngày 15/9/2024 hoàn thành số hóa.", REPORT_DATE)).toEqual(["ngày 15/9/2024"]);
  });

  it("reads a sentence that looks ahead (sẽ, dự kiến, phấn đấu) as no past event", () => {
    expect(texts("Những hạn chế đã nêu sẽ được khắc phục trong Quý III/2024.")).toEqual(["trong Quý III/2024"]);
    expect(texts("Các nội dung đã đăng ký, dự kiến hoàn thành vào tháng 10/2024.")).toEqual(["dự kiến hoàn thành vào tháng 10/2024"]);
    expect(texts("Các kiến nghị đã được giải quyết vào ngày 15/3/2024.")).toEqual([]);
  });

  it("tells 'đã' (already) from 'đa' (multi-) by its tone", () => {
    expect(texts("Ngày 15/7/2024, triển khai đa dạng hình thức tuyên truyền.")).toEqual(["Ngày 15/7/2024"]);
  });
});
