import { HA_TINH_2024 } from "../../../../shared/campaign/ha-tinh-2024";
import { b, goodParts, para, report } from "../builder";
import { check, codes, withCode } from "../helpers";

describe("section.missing", () => {
  it("fires once per missing required section, with an insertSection fix", () => {
    const d = report({ II: [], III: [] });
    const found = withCode(d, "section.missing");
    expect(found.map((f) => [f.section, f.severity, f.fix])).toEqual([
      ["II", "error", { kind: "insertSection", section: "II", beforeBlock: 8 }],
      ["III", "error", { kind: "insertSection", section: "III", beforeBlock: 8 }],
    ]);
    expect(found[0]?.message).toContain("II. TỒN TẠI, HẠN CHẾ");
  });

  it("does not fire for the optional section IV, nor when all are present", () => {
    expect(codes(report({ IV: [] }))).not.toContain("section.missing");
    expect(codes(report())).not.toContain("section.missing");
  });
});

describe("section.order", () => {
  it("flags a required section placed after a later one", () => {
    const p = goodParts();
    const d = report({ II: p.III, III: p.II });
    const found = withCode(d, "section.order");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ section: "II", severity: "error" });
  });

  it("accepts the outline order", () => {
    expect(codes(report())).not.toContain("section.order");
  });
});

describe("section.duplicate", () => {
  it("flags a second heading for the same section", () => {
    const d = report({ IV: [b("II. TỒN TẠI, HẠN CHẾ"), para("Một số đơn vị chưa công khai thủ tục hành chính.")] });
    const found = withCode(d, "section.duplicate");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ section: "II", location: { block: 14 } });
  });

  it("does not fire on a sub-heading that repeats a section's words", () => {
    const p = goodParts();
    const d = report({ III: [...p.III, b("1. Giải pháp khắc phục về thủ tục hành chính"), para("Rà soát quy trình nội bộ trước ngày 30/9/2024.")] });
    expect(codes(d)).not.toContain("section.duplicate");
  });
});

describe("section.empty and section.emptyOptional", () => {
  it("flags a required section whose heading is followed directly by the next heading", () => {
    const p = goodParts();
    const found = withCode(report({ II: [p.II[0]!] }), "section.empty");
    expect(found).toEqual([expect.objectContaining({ section: "II", severity: "error", location: { block: 8 } })]);
  });

  it("counts sub-headings alone as no content", () => {
    const p = goodParts();
    expect(codes(report({ II: [p.II[0]!, b("1. Lĩnh vực cải cách thủ tục hành chính")] }))).toContain("section.empty");
  });

  it("flags the last section when the footer follows its heading", () => {
    const p = goodParts();
    expect(withCode(report({ III: [p.III[0]!], IV: [], closing: [] }), "section.empty")[0]?.section).toBe("III");
  });

  it("warns (not errs) about an empty optional section", () => {
    const found = check(report({ IV: [b("IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)")] })).filter((f) => f.code.startsWith("section.empty"));
    expect(found.map((f) => [f.code, f.severity])).toEqual([["section.emptyOptional", "warning"]]);
  });

  it("accepts sections with text, tables included", () => {
    expect(codes(report()).filter((c) => c.startsWith("section.empty"))).toEqual([]);
  });
});

describe("section.placeholder", () => {
  it("flags the template's guidance left in, whole or lightly edited", () => {
    const p = goodParts();
    const g1 =
      "Các đơn vị, địa phương đánh giá các kết quả cơ bản/chính đạt được trong việc thực hiện CCHC 06 tháng đầu năm 2024 theo các lĩnh vực CCHC. Trong đó, nêu rõ số lượng/tỷ lệ đơn vị được kiểm tra theo Kế hoạch của đơn vị, địa phương";
    const g3 = "Các đơn vị, địa phương nêu rõ các giải pháp khắc phục, thời hạn khắc phục các tồn tại, hạn chế được phát hiện sau kiểm tra";
    const d = report({
      I: [p.I[0]!, para(g1), ...p.I.slice(1)],
      III: [p.III[0]!, para(g3.replace("Các đơn vị, địa phương", "Đơn vị")), ...p.III.slice(1)],
    });
    const found = withCode(d, "section.placeholder");
    expect(found.map((f) => [f.section, f.location?.block])).toEqual([
      ["I", 5],
      ["III", 13],
    ]);
    expect(found[0]?.message).toContain("lời hướng dẫn");
  });

  it("flags guidance kept whole inside a longer sentence, even with its outer words glued to others", () => {
    const p = goodParts();
    const guidance = HA_TINH_2024.outline.sections.find((s) => s.key === "III")!.guidance.replace(/\.$/, "");
    // "xCác … địa phươngx": the first and last word pairs of the guidance are not the line's, every other one is.
    const glued = `Theo hướng dẫn: x${guidance}x; đơn vị sẽ bổ sung sau.`;
    const found = withCode(report({ III: [p.III[0]!, para(glued), ...p.III.slice(1)] }), "section.placeholder");
    expect(found.map((f) => f.section)).toEqual(["III"]);
    // The same words in a different order are a sentence of the unit's own, not guidance.
    const reordered = "Thời hạn khắc phục các tồn tại được phát hiện sau kiểm tra là Quý III/2024; đơn vị, địa phương nêu rõ giải pháp.";
    expect(withCode(report({ III: [p.III[0]!, para(reordered), ...p.III.slice(1)] }), "section.placeholder")).toEqual([]);
  });

  it("flags guidance kept inside a content control tagged for the section", () => {
    const p = goodParts();
    const cc = para("Nêu các đề xuất, kiến nghị với UBND tỉnh, Sở Nội vụ (nếu có).", { contentControls: ["cchc:section:IV"] });
    expect(withCode(report({ IV: [p.IV[0]!, cc] }), "section.placeholder")).toHaveLength(1);
  });

  it.each([
    ["Đã kiểm tra ..... phòng, đơn vị trực thuộc.", "....."],
    ["Đã kiểm tra … đơn vị.", "…"],
    ["Kết quả: [...]", "[...]"],
    ["[Nội dung]", "[Nội dung]"],
    ["(nội dung)", "(nội dung)"],
    ["Số đơn vị được kiểm tra: xxx", "xxx"],
    ["……………", "……………"],
    ["Click or tap here to enter text.", "Click or tap here to enter text."],
    ["Bấm hoặc nhấn vào đây để nhập văn bản.", "Bấm hoặc nhấn vào đây để nhập văn bản."],
  ])("flags the fill-in blank in %j", (text, token) => {
    const p = goodParts();
    const [f] = withCode(report({ II: [...p.II, para(text)] }), "section.placeholder");
    expect(f?.section).toBe("II");
    expect(text.slice(f?.location?.start, f?.location?.end)).toBe(token);
  });

  it.each([
    "Các lĩnh vực thể chế, thủ tục hành chính, chính quyền số, ... đều được kiểm tra.",
    "Các lĩnh vực thể chế, TTHC... đều được kiểm tra.",
    "Một số đơn vị chưa cập nhật kịp thời (như Phòng Hành chính tư pháp).",
  ])("does not flag ordinary text %j", (text) => {
    const p = goodParts();
    expect(codes(report({ II: [...p.II, para(text)] }))).not.toContain("section.placeholder");
  });

  it("flags blanks in the introduction too", () => {
    const d = report({ preamble: [para("Thực hiện Kế hoạch số ......./KH-UBND của UBND tỉnh, Sở Tư pháp báo cáo như sau:")] });
    const [f] = withCode(d, "section.placeholder");
    expect(f?.section).toBeUndefined();
    expect(f?.message).toContain("phần mở đầu");
  });
});
