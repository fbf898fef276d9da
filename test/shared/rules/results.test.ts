import { statesUnitCount } from "../../../shared/rules/counts";
import { b, goodParts, para, report, table } from "./builder";
import { codes, withCode } from "./helpers";

const sectionI = (...lines: string[]) => report({ I: [goodParts().I[0]!, ...lines.map((t) => para(t))] });

describe("results.count", () => {
  it.each([
    "Đã kiểm tra 08/12 phòng, đơn vị trực thuộc.",
    "Tổ chức kiểm tra 12/15 đơn vị theo kế hoạch.",
    "Đã kiểm tra 11 cơ quan, đơn vị.",
    "Tỷ lệ hoàn thành kế hoạch kiểm tra đạt 66,7%.",
    "Hoàn thành 80% kế hoạch.",
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

describe("statesUnitCount", () => {
  it.each(["một số đơn vị chưa thực hiện", "các đơn vị", "từ xã đến huyện", "ngày 08/12/2024 phòng họp"])("is false for %j", (t) => {
    expect(statesUnitCount(t)).toBe(false);
  });
  it.each(["hai mươi mốt đơn vị", "3 sở, ngành", "05 lượt đơn vị", "đạt 100 phần trăm"])("is true for %j", (t) => {
    expect(statesUnitCount(t)).toBe(true);
  });
});
