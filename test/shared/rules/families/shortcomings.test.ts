import { goodParts, para, report } from "../builder";
import { codes, withCode } from "../helpers";

const sectionII = (...lines: string[]) => report({ II: [goodParts().II[0]!, ...lines.map((t) => para(t))] });

describe("shortcomings.field", () => {
  it.each([
    "Việc công khai TTHC tại 02 đơn vị còn chậm.",
    "Cơ chế một cửa liên thông chưa được thực hiện đầy đủ.",
    "Công tác cải cách chế độ công vụ còn hạn chế.",
    "Hạ tầng phục vụ chuyển đổi số còn thiếu.",
    "Việc rà soát văn bản QPPL chưa kịp thời.",
    "Tự chủ tài chính tại các đơn vị sự nghiệp còn thấp.",
    "VIỆC RÀ SOÁT THỂ CHẾ CÒN CHẬM.".normalize("NFD"),
  ])("accepts a section naming a CCHC field: %j", (text) => {
    expect(codes(sectionII(text))).not.toContain("shortcomings.field");
  });

  it("warns when no field is named", () => {
    const [f] = withCode(sectionII("Một số đơn vị chưa thực hiện nghiêm túc kế hoạch kiểm tra.", "Việc báo cáo còn chậm."), "shortcomings.field");
    expect(f).toMatchObject({ severity: "warning", section: "II", location: { block: 8 } });
    expect(f?.message).toContain("lĩnh vực");
  });

  it("stays quiet when section II is missing or empty", () => {
    expect(codes(report({ II: [] }))).not.toContain("shortcomings.field");
    expect(codes(sectionII())).not.toContain("shortcomings.field");
  });
});
