import { b, para, report } from "../builder";
import { codes, withCode } from "../helpers";

describe("title.missing", () => {
  it.each([
    [["BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2024"]],
    [["BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra CCHC"]],
    [["BÁO CÁO", "KẾT QUẢ CÔNG TÁC KIỂM TRA,", "TỰ KIỂM TRA CCHC 6 THÁNG ĐẦU NĂM 2024"]],
    [["Báo cáo", "Kết quả tự kiểm tra công tác cải cách hành chính năm 2024"]],
    [["BÁO CÁO KẾT QUẢ KIỂM TRA VỀ CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024"]],
  ])("accepts %j", (lines) => {
    expect(codes(report({ title: lines.map((t) => b(t)) }))).not.toContain("title.missing");
  });

  it("flags a missing type name (the outline's own 'ĐỀ CƯƠNG BÁO CÁO' is not a report)", () => {
    const d = report({ title: [b("ĐỀ CƯƠNG BÁO CÁO"), b("Kết quả công tác kiểm tra, tự kiểm tra CCHC")] });
    const [f] = withCode(d, "title.missing");
    expect(f).toMatchObject({ severity: "error", section: "title" });
    expect(f?.message).toContain("BÁO CÁO");
  });

  it("flags a subject that is not about (self-)inspection of CCHC", () => {
    const [f] = withCode(report({ title: [b("BÁO CÁO"), b("Tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024")] }), "title.missing");
    expect(f?.message).toContain("trích yếu");
    expect(f?.location?.block).toBe(1);
  });

  it("flags a report without any title, once", () => {
    expect(withCode(report({ title: [] }), "title.missing")).toHaveLength(1);
  });

  it("does not take a body sentence starting with 'báo cáo' for the title", () => {
    const d = report({ title: [para("Báo cáo này tổng hợp kết quả kiểm tra CCHC của các đơn vị trực thuộc trong 6 tháng đầu năm 2024 và đề xuất giải pháp khắc phục, gửi Sở Nội vụ tổng hợp theo quy định của Ủy ban nhân dân tỉnh.")] });
    expect(withCode(d, "title.missing")).toHaveLength(1);
  });
});
