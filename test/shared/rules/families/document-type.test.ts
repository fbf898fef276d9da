import type { Block } from "../../../../shared/model/document";
import { RULE_SEVERITY } from "../../../../shared/rules";
import { b, goodParts, para, report, table } from "../builder";
import { check, codes } from "../helpers";
import { districtReport } from "../reports";

/** A header block like the builder's, with another number and date line. */
function header(number: string, dateLine = "Hà Tĩnh, ngày 28 tháng 6 năm 2024"): Block[] {
  return [
    table([
      [
        [para("UBND TỈNH HÀ TĨNH", { sizePt: 13 }), b("SỞ TƯ PHÁP", { sizePt: 13 }), para(`Số: ${number}`, { sizePt: 13 })],
        [b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sizePt: 13 }), b("Độc lập - Tự do - Hạnh phúc"), para(dateLine, { italic: true })],
      ],
    ]),
  ];
}
const centred = (t: string) => b(t, { alignment: "center" });

function inspectionPlan() {
  return report({
    header: header("12/KH-STP", "Hà Tĩnh, ngày 15 tháng 01 năm 2024"),
    title: [centred("KẾ HOẠCH"), centred("Kiểm tra công tác cải cách hành chính năm 2024")],
    preamble: [para("Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND tỉnh, Sở Tư pháp ban hành Kế hoạch kiểm tra như sau:")],
    I: [b("I. MỤC ĐÍCH, YÊU CẦU"), para("Đánh giá việc thực hiện nhiệm vụ CCHC tại các phòng, đơn vị trực thuộc.")],
    II: [b("II. NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA"), para("Kiểm tra 12 phòng, đơn vị trực thuộc theo 7 lĩnh vực CCHC.")],
    III: [b("III. TỔ CHỨC THỰC HIỆN"), para("Văn phòng Sở chủ trì, phối hợp với các phòng tổ chức thực hiện Kế hoạch.")],
    IV: [],
    closing: [],
  });
}

describe("document.wrongType", () => {
  it("is a contract code, an error", () => {
    expect(RULE_SEVERITY["document.wrongType"]).toBe("error");
  });

  it("reports an inspection plan as one finding that says it is a plan", () => {
    const found = check(inspectionPlan());
    expect(found.map((f) => [f.code, f.severity, f.section])).toEqual([["document.wrongType", "error", "title"]]);
    expect(found[0]?.message).toContain("một kế hoạch");
    expect(found[0]?.message).toContain("KẾ HOẠCH Kiểm tra công tác cải cách hành chính năm 2024");
    expect(found[0]?.excerpt).toBe("KẾ HOẠCH");
    expect(found[0]?.location).toEqual({ block: 1 });
  });

  it("recognises a plan by the type code of its number when the type name line is not in capitals", () => {
    const d = report({
      header: header("12/KH-STP"),
      title: [centred("Kế hoạch kiểm tra công tác CCHC năm 2024")],
      I: [b("I. MỤC ĐÍCH, YÊU CẦU"), para("Đánh giá việc thực hiện nhiệm vụ CCHC.")],
      II: [],
      III: [],
      IV: [],
    });
    const [f] = check(d);
    expect(f).toMatchObject({ code: "document.wrongType", excerpt: "Số: 12/KH-STP" });
    expect(f?.message).toContain("một kế hoạch");
  });

  it("reports a decision", () => {
    const d = report({
      header: header("45/QĐ-STP"),
      title: [centred("QUYẾT ĐỊNH"), centred("Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2024")],
      preamble: [centred("GIÁM ĐỐC SỞ TƯ PHÁP")],
      I: [b("Điều 1."), para("Thành lập Đoàn kiểm tra công tác CCHC năm 2024 gồm các ông, bà có tên sau.")],
      II: [b("Điều 2."), para("Quyết định này có hiệu lực kể từ ngày ký.")],
      III: [],
      IV: [],
      closing: [],
    });
    expect(check(d).map((f) => f.code)).toEqual(["document.wrongType"]);
    expect(check(d)[0]?.message).toContain("một quyết định");
  });

  it("reports an official letter (V/v, Kính gửi)", () => {
    const d = report({
      header: [
        table([
          [
            [b("SỞ TƯ PHÁP"), para("Số: 123/STP-VP"), para("V/v báo cáo kết quả kiểm tra CCHC")],
            [b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), b("Độc lập - Tự do - Hạnh phúc"), para("Hà Tĩnh, ngày 28 tháng 6 năm 2024")],
          ],
        ]),
      ],
      title: [para("Kính gửi: Sở Nội vụ tỉnh Hà Tĩnh")],
      preamble: [para("Sở Tư pháp gửi kèm theo đây báo cáo kết quả kiểm tra, tự kiểm tra công tác CCHC 6 tháng đầu năm 2024.")],
      I: [],
      II: [],
      III: [],
      IV: [],
    });
    const [f] = check(d);
    expect(f?.code).toBe("document.wrongType");
    expect(f?.message).toContain("một công văn");
    expect(f?.excerpt).toBe("V/v báo cáo kết quả kiểm tra CCHC");
  });

  it("reports a budget report", () => {
    const d = report({
      title: [centred("BÁO CÁO"), centred("Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2024")],
      preamble: [],
      I: [b("I. TÌNH HÌNH THU NGÂN SÁCH"), para("Tổng thu ngân sách 6 tháng đạt 1.250 triệu đồng, bằng 52% dự toán.")],
      II: [b("II. TÌNH HÌNH CHI NGÂN SÁCH"), para("Tổng chi 6 tháng đạt 48% dự toán.")],
      III: [],
      IV: [],
      closing: [],
    });
    const found = check(d);
    expect(found.map((f) => f.code)).toEqual(["document.wrongType"]);
    expect(found[0]?.message).toContain("tài chính, ngân sách");
    expect(found[0]?.excerpt).toBe("Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2024");
  });

  it("reports an inspection of finances as a financial report", () => {
    const d = report({
      title: [centred("BÁO CÁO"), centred("Kết quả kiểm tra công tác quản lý tài chính, ngân sách năm 2024")],
      preamble: [],
      I: [b("I. KẾT QUẢ THU, CHI"), para("Thu đạt 52% dự toán.")],
      II: [],
      III: [],
      IV: [],
      closing: [],
    });
    expect(check(d).map((f) => [f.code, f.message.includes("tài chính, ngân sách")])).toEqual([["document.wrongType", true]]);
  });

  it("reports a report on another subject that has none of the outline's sections", () => {
    const d = report({ title: [centred("BÁO CÁO"), centred("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024")], preamble: [], I: [b("I. TÌNH HÌNH KINH TẾ"), para("Tăng trưởng đạt 6,5%.")], II: [], III: [], IV: [], closing: [] });
    const [f] = check(d);
    expect(f?.code).toBe("document.wrongType");
    expect(f?.message).toContain("nội dung khác");
  });

  it("reports last year's report, alone", () => {
    const p = goodParts();
    const d = report({
      header: header("20/BC-STP", "Hà Tĩnh, ngày 25 tháng 6 năm 2023"),
      title: [centred("BÁO CÁO"), centred("Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2023")],
      III: [p.III[0]!, para("Hoàn thành rà soát TTHC trước ngày 30/9/2023.")],
    });
    const found = check(d);
    expect(found.map((f) => f.code)).toEqual(["document.wrongType"]);
    expect(found[0]?.message).toContain("kỳ trước");
    expect(found[0]?.message).toContain("năm 2023");
  });

  it("reads the period on its own line under the subject", () => {
    const d = report({
      header: header("20/BC-STP", "Hà Tĩnh, ngày 25 tháng 6 năm 2023"),
      title: [centred("BÁO CÁO"), centred("Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính"), centred("6 tháng đầu năm 2023")],
    });
    expect(codes(d)).toEqual(["document.wrongType"]);
  });

  describe("never fires on a report", () => {
    it.each([
      ["the builder's report", report()],
      ["a district report", districtReport()],
      ["another wording of the subject", report({ title: [centred("BÁO CÁO"), centred("Kết quả kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2024")] })],
      ["a periodic CCHC report", report({ title: [centred("BÁO CÁO"), centred("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024")] })],
      ["a subject typed with last year, dated this year", report({ title: [centred("BÁO CÁO"), centred("Kết quả kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2023")] })],
      ["a report numbered like a plan, with the outline's sections", report({ header: header("12/KH-STP"), title: [centred("Kết quả kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2024")] })],
      ["a report that cites plans in capitals", report({ preamble: [b("KẾ HOẠCH SỐ 15/KH-UBND NGÀY 20/01/2024 CỦA UBND TỈNH")] })],
      ["a terse subject without CCHC", report({ title: [centred("BÁO CÁO"), centred("Kết quả kiểm tra, tự kiểm tra 6 tháng đầu năm 2024")] })],
      ["a CCHC report that also covers the budget", report({ title: [centred("BÁO CÁO"), centred("Kết quả kiểm tra CCHC và tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2024")] })],
      ["a report citing a budget in §I", report({ I: [goodParts().I[0]!, para("Đã kiểm tra 08/12 đơn vị về quản lý ngân sách, tài chính công.")] })],
    ])("%s", (_name, d) => {
      expect(codes(d)).not.toContain("document.wrongType");
    });
  });
});
