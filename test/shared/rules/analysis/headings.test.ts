import { analyseReport } from "../../../../shared/rules";
import { sectionConcepts } from "../../../../shared/rules/analysis/headings";
import { hasErrors } from "../../../../shared/model/findings";
import { assemble, b, campaign, goodParts, para, report, type ReportParts } from "../builder";
import { check, codes, withCode } from "../helpers";

/** The good report with each section's heading line replaced (content kept). */
function withHeadings(headings: Partial<Record<"I" | "II" | "III" | "IV", string>>, o: Parameters<typeof b>[1] = {}) {
  const p = goodParts();
  const change: Partial<ReportParts> = {};
  for (const [key, text] of Object.entries(headings) as ["I" | "II" | "III" | "IV", string][]) {
    change[key] = [b(text, o), ...p[key].slice(1)];
  }
  return report(change);
}

const keysOf = (d: ReturnType<typeof report>) => analyseReport(d, campaign).sections.map((s) => s.key);

describe("headings recognised by the concept they carry", () => {
  it.each([
    ["I", "I. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA"],
    ["I", "I. TÌNH HÌNH VÀ KẾT QUẢ KIỂM TRA"],
    ["I", "I. KẾT QUẢ THỰC HIỆN"],
    ["I", "I. KẾT QUẢ ĐẠT ĐƯỢC TRONG 6 THÁNG ĐẦU NĂM 2024"],
    ["II", "II. KHÓ KHĂN, TỒN TẠI, HẠN CHẾ"],
    ["II", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"],
    ["II", "II. HẠN CHẾ, TỒN TẠI"],
    ["II", "II. NHỮNG MẶT CÒN TỒN TẠI, HẠN CHẾ"],
    ["III", "III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI"],
    ["III", "III. PHƯƠNG HƯỚNG, GIẢI PHÁP KHẮC PHỤC"],
    ["III", "III. MỘT SỐ GIẢI PHÁP KHẮC PHỤC"],
    ["IV", "IV. KIẾN NGHỊ, ĐỀ XUẤT"],
    ["IV", "IV. KIẾN NGHỊ"],
    ["IV", "IV. ĐỀ XUẤT, KIẾN NGHỊ (NẾU CÓ)"],
    ["IV", "IV. Đề xuất, kiến nghị (nếu có)"],
  ] as const)("section %s: %s is no error", (key, heading) => {
    const d = withHeadings({ [key]: heading });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    const sectionCodes = codes(d).filter((c) => c.startsWith("section."));
    expect(sectionCodes).toEqual([]);
    expect(hasErrors(check(d))).toBe(false);
  });

  it("recognises a whole report whose headings all differ from the outline's words", () => {
    const d = withHeadings({
      I: "I. TÌNH HÌNH VÀ KẾT QUẢ KIỂM TRA",
      II: "II. KHÓ KHĂN, TỒN TẠI, HẠN CHẾ",
      III: "III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
      IV: "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(hasErrors(check(d))).toBe(false);
  });

  it("recognises sentence-case headings with Arabic numerals", () => {
    const d = withHeadings({
      I: "1. Kết quả kiểm tra, tự kiểm tra",
      II: "2. Tồn tại, hạn chế và nguyên nhân",
      III: "3. Phương hướng, giải pháp khắc phục",
      IV: "4. Kiến nghị, đề xuất",
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(hasErrors(check(d))).toBe(false);
  });

  it("recognises headings whose numeral comes from list numbering", () => {
    const p = goodParts();
    const h = (text: string, label: string) => para(text, { bold: true, listLabel: label });
    const d = report({
      I: [h("KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA", "I."), ...p.I.slice(1)],
      II: [h("HẠN CHẾ, TỒN TẠI", "II."), ...p.II.slice(1)],
      III: [h("NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC", "III."), ...p.III.slice(1)],
      IV: [h("KIẾN NGHỊ", "IV."), ...p.IV.slice(1)],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
  });

  it("takes a heading of supporting words only when its numeral is the section's ('II. KHÓ KHĂN, VƯỚNG MẮC')", () => {
    expect(keysOf(withHeadings({ II: "II. KHÓ KHĂN, VƯỚNG MẮC" }))).toEqual(["I", "II", "III", "IV"]);
    // The same words numbered III are not section II: II is then really missing.
    const d = withHeadings({ II: "III. KHÓ KHĂN, VƯỚNG MẮC" });
    expect(keysOf(d)).not.toContain("II");
  });

  it("lets a heading that names the section win over one that only shares supporting words", () => {
    // "I. ĐẶC ĐIỂM TÌNH HÌNH" before the results: numbering shifted by one, as many reports do.
    const p = goodParts();
    const d = report({
      preamble: [...p.preamble, b("I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG"), para("Sở có 08 phòng và 04 đơn vị trực thuộc.")],
      I: [b("II. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA"), ...p.I.slice(1)],
      II: [b("III. TỒN TẠI, HẠN CHẾ"), ...p.II.slice(1)],
      III: [b("IV. GIẢI PHÁP KHẮC PHỤC"), ...p.III.slice(1)],
      IV: [b("V. KIẾN NGHỊ, ĐỀ XUẤT"), ...p.IV.slice(1)],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d).filter((c) => c.startsWith("section."))).toEqual([]);
  });

  it("breaks a tie between two concepts by the numeral, then by the concept that comes first", () => {
    const concepts = sectionConcepts(campaign.outline);
    expect(concepts.map((c) => c.rank)).toEqual([1, 2, 3, 4]);
    const d1 = withHeadings({ II: "II. TỒN TẠI, HẠN CHẾ; KẾT QUẢ ĐẠT ĐƯỢC" });
    expect(keysOf(d1)).toEqual(["I", "II", "III", "IV"]);
  });

  it("takes its concept words from the campaign's outline data, not from the code", () => {
    const outline = {
      ...campaign.outline,
      sections: campaign.outline.sections.map((s) => (s.key === "II" ? { ...s, concepts: ["vấn đề cần lưu ý"] } : s)),
    };
    const custom = { ...campaign, outline };
    const d = withHeadings({ II: "II. VẤN ĐỀ CẦN LƯU Ý" });
    expect(analyseReport(d, custom).sections.map((s) => s.key)).toEqual(["I", "II", "III", "IV"]);
    expect(keysOf(d)).not.toContain("II");
  });

  it("still ignores body sentences and sub-headings that use the same words", () => {
    const p = goodParts();
    const d = report({
      I: [...p.I, para("Kết quả kiểm tra cho thấy các đơn vị đã chấp hành tốt quy định về cải cách hành chính.")],
      II: [...p.II, b("1. Tồn tại, hạn chế trong lĩnh vực thủ tục hành chính"), para("Còn 02 đơn vị chậm công khai TTHC.")],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d)).not.toContain("section.duplicate");
  });
});

describe("a section really missing", () => {
  it("says between which sections it belongs and points at the next one", () => {
    const [f] = withCode(report({ II: [] }), "section.missing");
    expect(f?.message).toContain("giữa mục “I. KẾT QUẢ ĐẠT ĐƯỢC” và mục “III. GIẢI PHÁP KHẮC PHỤC”");
    expect(f?.messageEn).toContain("between");
    expect(f?.location).toEqual({ block: 8 });
    expect(f?.excerpt).toBe("III. GIẢI PHÁP KHẮC PHỤC");
    expect(f?.fix).toEqual({ kind: "insertSection", section: "II", beforeBlock: 8 });
  });

  it("says after which section it belongs when it is the last one", () => {
    const [f] = withCode(report({ III: [], IV: [] }), "section.missing");
    expect(f?.message).toContain("sau mục “II. TỒN TẠI, HẠN CHẾ”");
    expect(f?.excerpt).toBe("II. TỒN TẠI, HẠN CHẾ");
  });

  it("says before which section it belongs when it is the first one", () => {
    const [f] = withCode(report({ I: [] }), "section.missing");
    expect(f?.message).toContain("trước mục “II. TỒN TẠI, HẠN CHẾ”");
  });

  it("points somewhere even with no section, closing or footer to point at: the body's last written line", () => {
    // A clerk who pasted prose under the title: every section is missing and nothing follows the text.
    const p = goodParts();
    const d = assemble({ ...p, I: [para("Đơn vị đã tự kiểm tra công tác cải cách hành chính năm 2024.")], II: [], III: [], IV: [], closing: [], footer: [] });
    const found = withCode(d, "section.missing");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.location).toBeDefined();
    expect(found[0]?.excerpt).toContain("Đơn vị đã tự kiểm tra");
  });

  it("advises renaming a numbered heading standing in its place instead of adding one", () => {
    const p = goodParts();
    const d = report({ II: [b("II. NHỮNG VẤN ĐỀ CẦN QUAN TÂM"), ...p.II.slice(1)] });
    const found = withCode(d, "section.missing");
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f?.message).toContain("đổi tên đề mục “II. NHỮNG VẤN ĐỀ CẦN QUAN TÂM” thành “II. TỒN TẠI, HẠN CHẾ”");
    expect(f?.message).not.toContain("thêm đề mục");
    expect(f?.fix).toBeUndefined();
    expect(f?.location).toEqual({ block: 8 });
    expect(f?.excerpt).toBe("II. NHỮNG VẤN ĐỀ CẦN QUAN TÂM");
    expect(analyseReport(d, campaign).missingSections[0]?.rename?.text).toBe("II. NHỮNG VẤN ĐỀ CẦN QUAN TÂM");
  });

  it("following the rename advice clears the finding without a new one", () => {
    const p = goodParts();
    const before = report({ II: [b("II. NHỮNG VẤN ĐỀ CẦN QUAN TÂM"), ...p.II.slice(1)] });
    expect(hasErrors(check(before))).toBe(true);
    const after = report({ II: [b("II. TỒN TẠI, HẠN CHẾ"), ...p.II.slice(1)] });
    expect(check(after)).toEqual([]);
  });

  it("does not take a heading out of place for the rename", () => {
    const p = goodParts();
    // A stray heading after III cannot be section II.
    const d = report({ II: [], IV: [b("V. NHIỆM VỤ TRỌNG TÂM"), para("Tiếp tục triển khai kế hoạch."), ...p.IV] });
    const [f] = withCode(d, "section.missing");
    expect(f?.message).toContain("thêm đề mục");
    expect(f?.fix?.kind).toBe("insertSection");
  });
});

describe("position breaks what the words leave open", () => {
  it("takes a heading that repeats an earlier section's concept but carries the missing one's for the missing one", () => {
    const p = goodParts();
    const d = report({ III: [b("III. KẾT QUẢ KHẮC PHỤC TỒN TẠI, HẠN CHẾ"), ...p.III.slice(1)] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d)).not.toContain("section.duplicate");
  });

  it("still reports a true duplicate", () => {
    const p = goodParts();
    const d = report({ IV: [b("IV. TỒN TẠI, HẠN CHẾ"), ...p.II.slice(1)] });
    expect(codes(d)).toContain("section.duplicate");
  });
});

describe("headings: what must stay a sub-heading or body text", () => {
  it("an Arabic-numbered sub-heading with a section's supporting words, under a Roman-numbered report, is not a section", () => {
    const p = goodParts();
    const d = report({ I: [...p.I, b("2. Khó khăn, vướng mắc"), para("Nhân lực làm công tác CCHC còn mỏng.")] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d).filter((c) => c.startsWith("section."))).toEqual([]);
  });

  it("a bold sentence-case line in a section that names another concept is not a heading there", () => {
    const p = goodParts();
    const d = report({ I: [...p.I, b("Về giải pháp, đơn vị đã chủ động rà soát quy trình nội bộ.")] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
  });

  it("a heading-styled report without typed numerals, deeper levels ignored", () => {
    const p = goodParts();
    const h = (text: string, level = 1) => para(text, { headingLevel: level, bold: true });
    const d = report({
      I: [h("Kết quả kiểm tra, tự kiểm tra"), h("Công tác chỉ đạo, điều hành", 2), ...p.I.slice(1)],
      II: [h("Khó khăn, tồn tại, hạn chế"), h("Tồn tại trong cải cách TTHC", 2), ...p.II.slice(1)],
      III: [h("Nhiệm vụ, giải pháp khắc phục"), ...p.III.slice(1)],
      IV: [h("Kiến nghị, đề xuất"), ...p.IV.slice(1)],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d).filter((c) => c.startsWith("section."))).toEqual([]);
  });

  it("a long bold sentence that merely opens with a concept is body text", () => {
    const p = goodParts();
    const long = "Tồn tại, hạn chế nêu trên có nguyên nhân chủ yếu từ việc một số công chức chưa nắm vững quy trình, thủ tục và chưa thường xuyên cập nhật văn bản mới của cấp trên";
    const d = report({ II: [...p.II, b(long)] });
    expect(codes(d)).not.toContain("section.duplicate");
  });
});

describe("reports numbered 1–4", () => {
  const arabic = () => {
    const p = goodParts();
    return {
      I: [b("1. KẾT QUẢ ĐẠT ĐƯỢC"), ...p.I.slice(1)],
      II: [b("2. TỒN TẠI, HẠN CHẾ"), ...p.II.slice(1)],
      III: [b("3. GIẢI PHÁP KHẮC PHỤC"), ...p.III.slice(1)],
      IV: [b("4. KIẾN NGHỊ, ĐỀ XUẤT"), ...p.IV.slice(1)],
    };
  };

  it("rename advice keeps the report's own numeral", () => {
    const s = arabic();
    const d = report({ ...s, II: [b("2. NHỮNG VẤN ĐỀ CẦN QUAN TÂM"), ...s.II.slice(1)] });
    const [f] = withCode(d, "section.missing");
    expect(f?.message).toContain("thành “2. TỒN TẠI, HẠN CHẾ”");
    // Following it: the report is clean.
    expect(check(report(s))).toEqual([]);
  });

  it("a section added as the outline writes it ('II. …') among Arabic-numbered ones is recognised, and the rest still are", () => {
    const s = arabic();
    const p = goodParts();
    const d = report({ ...s, II: [b("II. TỒN TẠI, HẠN CHẾ"), ...p.II.slice(1)] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d).filter((c) => c.startsWith("section."))).toEqual([]);
  });
});
