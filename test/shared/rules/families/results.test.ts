import { inspectedUnitCounts, unitCountsIn } from "../../../../shared/rules/analysis/counts";
import { b, goodParts, para, report, table } from "../builder";
import { codes, withCode } from "../helpers";

const sectionI = (...lines: string[]) => report({ I: [goodParts().I[0]!, ...lines.map((t) => para(t))] });

describe("results.count", () => {
  it.each([
    "Đã kiểm tra 08/12 phòng, đơn vị trực thuộc.",
    "Tổ chức kiểm tra 12/15 đơn vị theo kế hoạch.",
    "Đã kiểm tra 11 cơ quan, đơn vị.",
    "Tỷ lệ hoàn thành kế hoạch kiểm tra đạt 66,7%.",
    "100% đơn vị được kiểm tra.",
    "Đoàn kiểm tra đã kiểm tra 5 xã, thị trấn.",
    "Đã kiểm tra mười hai đơn vị trực thuộc.",
    "Kiểm tra được năm phòng chuyên môn.",
  ])("accepts %j", (text) => {
    expect(codes(sectionI(text))).not.toContain("results.count");
  });

  it.each([
    "Công tác kiểm tra được triển khai nghiêm túc, đúng kế hoạch.",
    "Ngày 15/3/2024, Đoàn kiểm tra làm việc tại một số đơn vị.",
    "Giải quyết 15 thủ tục hành chính theo cơ chế một cửa.",
    "Thực hiện theo Quyết định số 06/2024/QĐ-UBND ngày 12/3/2024.",
    "Hoàn thành 80% kế hoạch.",
    "100% TTHC được công khai đầy đủ, kịp thời.",
  ])("flags section I without a count of units: %j", (text) => {
    const [f] = withCode(sectionI(text), "results.count");
    expect(f).toMatchObject({ severity: "error", section: "I", location: { block: 4 } });
  });

  it("reads counts in a table inside section I", () => {
    const d = report({
      I: [goodParts().I[0]!, para("Kết quả kiểm tra cụ thể như sau:"), table([["Nội dung", "Kết quả"], ["Số đơn vị được kiểm tra", "12/15 đơn vị"]])],
    });
    expect(codes(d)).not.toContain("results.count");
  });

  it("does not count numbers from other sections", () => {
    const p = goodParts();
    const d = report({ I: [p.I[0]!, para("Công tác kiểm tra được triển khai nghiêm túc.")], II: [...p.II, para("Còn 3/12 đơn vị chậm cập nhật.")] });
    expect(codes(d)).toContain("results.count");
  });

  it("stays quiet when section I is missing, empty or only guidance (other findings cover it)", () => {
    expect(codes(report({ I: [] }))).not.toContain("results.count");
    expect(codes(report({ I: [b("I. KẾT QUẢ ĐẠT ĐƯỢC")] }))).not.toContain("results.count");
    expect(codes(sectionI("[nội dung]"))).not.toContain("results.count");
  });
});

describe("counts tied to inspected units", () => {
  it.each([
    ["Số xã, thị trấn được kiểm tra: 08/23", "08/23"],
    ["Đơn vị được kiểm tra: 12 (đạt 80%)", "12"],
    ["Đã tự kiểm tra hai mươi mốt xã, phường.", "hai mươi mốt"],
    ["Kiểm tra 12 trên tổng số 15 đơn vị.", "12 trên tổng số 15"],
    ["Kiểm tra 12 trong tổng số 15 đơn vị.", "12 trong tổng số 15"],
    ["Tỷ lệ đơn vị được kiểm tra theo kế hoạch đạt 80%.", "80%"],
    ["Kiểm tra 80% số trường học trên địa bàn.", "80%"],
    ["Kiểm tra 03 Chi cục Thuế khu vực.", "03"],
    ["Đã kiểm tra 05/13 BHXH huyện, thị xã.", "05/13"],
    ["Đoàn kiểm tra làm việc tại Công an 12 xã, thị trấn.", "12"],
    ["Đoàn kiểm tra làm việc tại 02 Hạt Kiểm lâm.", "02"],
    ["Tự kiểm tra 04 Kho bạc khu vực.", "04"],
    ["Kiểm tra 03 Đội Quản lý thị trường.", "03"],
    ["Kiểm tra 06 Trạm Y tế xã.", "06"],
    ["Kiểm tra 02 Trung tâm trực thuộc.", "02"],
    ["Kiểm tra Thanh tra huyện và 05 phòng chuyên môn.", "05"],
    ["Kiểm tra 07 bệnh viện tuyến huyện.", "07"],
    ["Kiểm tra 09 cơ sở giáo dục.", "09"],
    ["Kiểm tra tại Bộ phận Một cửa của 10/10 xã.", "10/10"],
    ["Đã tự kiểm tra toàn bộ các phòng, đơn vị trực thuộc.", "toàn bộ"],
    ["Đã kiểm tra 3 sở, ngành.", "3"],
    ["Kiểm tra 05 lượt đơn vị.", "05"],
    ["Đạt 100 phần trăm số đơn vị được kiểm tra.", "100 phần trăm"],
    ["Đã kiểm tra 08/12 phòng, đơn vị, đạt 66,7% kế hoạch.", "08/12"],
    ["Kiểm tra 08/12 phòng".normalize("NFD"), "08/12"],
    ["Đã kiểm tra 08 (tám) đơn vị trực thuộc.", "08"],
    ["Đã kiểm tra 12/15 (80%) đơn vị.", "12/15"],
    ["Tự kiểm tra 07/07 chức danh công chức cấp xã.", "07/07"],
    ["Số cơ quan, đơn vị được kiểm tra là 12, đạt 100% kế hoạch.", "12"],
    ["Số đơn vị đã kiểm tra/số đơn vị theo kế hoạch: 8/12.", "8/12"],
    ["Hoàn thành 100% kế hoạch kiểm tra năm 2024.", "100%"],
  ])("%j states %j", (text, count) => {
    expect(inspectedUnitCounts(text).map((c) => c.text)[0]).toBe(count);
  });

  it.each([
    // Numbers about other things, even beside "kiểm tra".
    "100% TTHC được công khai; 99,2% hồ sơ giải quyết đúng hạn.",
    "Kiểm tra 100% hồ sơ TTHC tại Bộ phận Một cửa.",
    "Kiểm tra việc giải quyết 1.250 hồ sơ.",
    "Sở đã ban hành 05 văn bản chỉ đạo công tác kiểm tra.",
    "Tổ chức 03 cuộc kiểm tra.",
    "Dự toán kinh phí kiểm tra 120 triệu đồng.",
    "Kiểm tra 35 dự thảo văn bản quy phạm pháp luật.",
    "Kiểm tra, ký số 2.150 văn bản đi.",
    // Units, but not inspecting them.
    "100% phòng, đơn vị đã công khai TTHC.",
    "Hoàn thành 80% kế hoạch.",
    // Codes, dates and "một số" (= some).
    "Ban hành Kế hoạch kiểm tra số 12/KH-STP ngày 15/01/2024.",
    "Ngày 08/12/2024, Đoàn kiểm tra làm việc tại phòng họp.",
    "Đoàn kiểm tra làm việc tại một số đơn vị.",
    "Kiểm tra các đơn vị từ xã đến huyện.",
    "Kiểm tra trong 6 tháng đầu năm 2024.",
  ])("%j states no count of inspected units", (text) => {
    expect(inspectedUnitCounts(text)).toEqual([]);
  });

  it("lets a paragraph that speaks of inspecting tie a ratio of units in its next sentence, not a percentage", () => {
    const plan = "Sở đã ban hành Kế hoạch kiểm tra CCHC năm 2024.";
    expect(inspectedUnitCounts(`${plan} Theo đó, đã làm việc trực tiếp tại 08/12 phòng, đơn vị.`).map((c) => c.text)).toEqual(["08/12"]);
    expect(inspectedUnitCounts(`${plan} 100% phòng, đơn vị đã công khai TTHC.`)).toEqual([]);
  });

  it("ties numbers without an inspection word when the context gives one", () => {
    expect(inspectedUnitCounts("- Cấp xã: 20/23 xã, thị trấn;", true).map((c) => c.text)).toEqual(["20/23"]);
    expect(inspectedUnitCounts("- Cấp xã: 20/23 xã, thị trấn;")).toEqual([]);
    expect(unitCountsIn("100% TTHC được công khai")).toEqual([]);
  });
});

describe("results.count in whole reports", () => {
  const heading = () => goodParts().I[0]!;

  it("reads a results table with one row per group of units", () => {
    const d = report({
      I: [
        heading(),
        para("Kết quả kiểm tra, tự kiểm tra cụ thể như sau:"),
        table([["Đơn vị được kiểm tra", "Số lượng", "Tỷ lệ"], ["Phòng chuyên môn", "08/12", "66,7%"], ["Đơn vị sự nghiệp", "03/04", "75%"]]),
      ],
    });
    expect(codes(d)).not.toContain("results.count");
  });

  it("reads a value by its column header", () => {
    const d = report({ I: [heading(), para("Tổng hợp số liệu:"), table([["Đợt", "Số đơn vị được kiểm tra"], ["Đợt 1", "05"], ["Đợt 2", "07"]])] });
    expect(codes(d)).not.toContain("results.count");
  });

  it("reads a table that lists the inspected units one per row", () => {
    const d = report({
      I: [heading(), para("Danh sách đơn vị đã được kiểm tra:"), table([["STT", "Đơn vị được kiểm tra", "Thời gian"], ["1", "Phòng Tư pháp", "Tháng 3"], ["2", "Phòng Nội vụ", "Tháng 4"]])],
    });
    expect(codes(d)).not.toContain("results.count");
  });

  it("reads a table of unit ratios when §I speaks of inspecting elsewhere", () => {
    const d = report({
      I: [heading(), para("Sở đã ban hành Kế hoạch kiểm tra CCHC năm 2024."), para("Kết quả cụ thể như sau:"), table([["Đơn vị", "Số lượng"], ["Phòng chuyên môn", "08/12"]])],
    });
    expect(codes(d)).not.toContain("results.count");
    const silent = report({ I: [heading(), para("Kết quả cụ thể như sau:"), table([["Đơn vị", "Số lượng"], ["Phòng chuyên môn", "08/12"]])] });
    expect(codes(silent)).toContain("results.count");
  });

  it("does not take a table of other figures for a count of units", () => {
    const d = report({ I: [heading(), para("Kết quả giải quyết TTHC:"), table([["Nội dung", "Số lượng", "Tỷ lệ"], ["Số TTHC được công khai", "120", "100%"]])] });
    expect(codes(d)).toContain("results.count");
  });

  it("takes 'kiểm tra' from a lead-in line for the list items under it", () => {
    const d = report({ I: [heading(), para("Kết quả kiểm tra, tự kiểm tra:"), para("- Cấp huyện: 12/12 phòng chuyên môn;"), para("- Cấp xã: 20/23 xã, thị trấn.")] });
    expect(codes(d)).not.toContain("results.count");
  });

  it("takes 'kiểm tra' from a sub-heading or the section's own heading", () => {
    const sub = report({ I: [heading(), b("1. Kết quả kiểm tra"), para("Trong kỳ đã làm việc trực tiếp tại 08/12 phòng, đơn vị.")] });
    expect(codes(sub)).not.toContain("results.count");
    const own = report({ I: [b("I. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA"), para("- Cấp huyện: 12/12 phòng chuyên môn."), para("- Cấp xã: 20/23 xã.")] });
    expect(codes(own)).not.toContain("results.count");
  });

  it("accepts the count stated once in the introduction before §I", () => {
    const d = report({
      preamble: [para("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2024, Sở Tư pháp đã kiểm tra 08/12 phòng, đơn vị; kết quả như sau:")],
      I: [heading(), para("Về cải cách thể chế: 100% dự thảo văn bản được thẩm định đúng thời hạn.")],
    });
    expect(codes(d)).not.toContain("results.count");
  });

  it("lets a lead-in speak for the list items under it, not for the prose after them", () => {
    const items = report({ I: [heading(), para("Kết quả kiểm tra như sau:"), para("- 100% phòng, đơn vị đã công khai TTHC.")] });
    expect(codes(items)).not.toContain("results.count");
    const prose = report({ I: [heading(), para("Kết quả kiểm tra như sau:"), para("Công tác CCHC có chuyển biến."), para("100% phòng, đơn vị đã công khai TTHC.")] });
    expect(codes(prose)).toContain("results.count");
  });

  it("quotes no year, period or document number as a figure", () => {
    const [f] = withCode(sectionI("Trong 6 tháng đầu năm 2024, công tác kiểm tra theo Kế hoạch số 12 được chú trọng."), "results.count");
    expect(f?.message).not.toContain("không phải là số đơn vị");
  });

  it("quotes a number about something else when that is all §I has", () => {
    const [f] = withCode(sectionI("Về thủ tục hành chính: 100% TTHC được công khai đầy đủ, kịp thời.", "Tỷ lệ hồ sơ đúng hạn đạt 99,2%."), "results.count");
    expect(f?.message).toContain("“Về thủ tục hành chính: 100% TTHC được công khai đầy đủ, kịp thời”");
    expect(f?.message).toContain("không phải là số đơn vị được kiểm tra");
    expect(f).toMatchObject({ section: "I", location: { block: 4 }, excerpt: "I. KẾT QUẢ ĐẠT ĐƯỢC" });
  });
});
