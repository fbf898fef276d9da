import { analyseReport } from "../../../../shared/rules";
import { hasErrors } from "../../../../shared/model/findings";
import { b, campaign, goodParts, para, report, table, toNfd } from "../builder";
import { check, codes } from "../helpers";

const keysOf = (d: Parameters<typeof analyseReport>[0]) => analyseReport(d, campaign).sections.map((s) => s.key);

describe("section headings are recognised in the forms real reports use", () => {
  it("plain bold text with typed Roman numerals", () => {
    expect(keysOf(report())).toEqual(["I", "II", "III", "IV"]);
    expect(hasErrors(check(report()))).toBe(false);
  });

  it("Heading styles whose numeral comes from list numbering", () => {
    const p = goodParts();
    const h = (text: string, label: string) => para(text, { headingLevel: 1, listLabel: label, bold: true });
    const d = report({
      I: [h("KẾT QUẢ ĐẠT ĐƯỢC", "I."), ...p.I.slice(1)],
      II: [h("TỒN TẠI, HẠN CHẾ", "II."), ...p.II.slice(1)],
      III: [h("GIẢI PHÁP KHẮC PHỤC", "III."), ...p.III.slice(1)],
      IV: [h("ĐỀ XUẤT, KIẾN NGHỊ", "IV."), ...p.IV.slice(1)],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(analyseReport(d, campaign).sections[0]?.numbering).toBe("roman");
    expect(hasErrors(check(d))).toBe(false);
  });

  it("outline level without a built-in heading style, no numbering (alone or mixed with numbered ones)", () => {
    const p = goodParts();
    const h = (text: string) => para(text, { outlineLevel: 0 });
    const mixed = report({ I: [h("Kết quả đạt được"), ...p.I.slice(1)], II: [h("Tồn tại, hạn chế"), ...p.II.slice(1)] });
    expect(keysOf(mixed)).toEqual(["I", "II", "III", "IV"]);
    const all = report({
      I: [h("Kết quả đạt được"), ...p.I.slice(1)],
      II: [h("Tồn tại, hạn chế"), ...p.II.slice(1)],
      III: [h("Giải pháp khắc phục"), ...p.III.slice(1)],
      IV: [h("Đề xuất, kiến nghị"), ...p.IV.slice(1)],
    });
    expect(keysOf(all)).toEqual(["I", "II", "III", "IV"]);
    expect(hasErrors(check(all))).toBe(false);
  });

  it("sentence case, extra words, hoà/hòa, '1.' numbering and the (Nếu có) note", () => {
    const p = goodParts();
    const d = report({
      I: [b("1. Kết quả đạt được trong 6 tháng đầu năm 2024"), ...p.I.slice(1)],
      II: [b("2. Những tồn tại, hạn chế"), ...p.II.slice(1)],
      III: [b("3. Giải pháp khắc phục"), ...p.III.slice(1)],
      IV: [b("4. Đề xuất, kiến nghị (nếu có)"), ...p.IV.slice(1)],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(analyseReport(d, campaign).sections[0]?.numbering).toBe("arabic");
    expect(hasErrors(check(d))).toBe(false);
  });

  it("shortened headings, 'PHẦN' and '/' after the numeral", () => {
    const p = goodParts();
    const d = report({ I: [b("PHẦN I/ KẾT QUẢ"), ...p.I.slice(1)], II: [b("II. HẠN CHẾ"), ...p.II.slice(1)], III: [b("III. BIỆN PHÁP"), ...p.III.slice(1)] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
  });

  it("caps headings that are neither bold nor styled", () => {
    const p = goodParts();
    const d = report({ II: [para("II. TỒN TẠI VÀ HẠN CHẾ"), ...p.II.slice(1)] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
  });

  it("decomposed (NFD) text throughout", () => {
    const d = toNfd(report());
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(check(d)).toEqual([]);
  });

  it("headings typed in table cells", () => {
    const p = goodParts();
    const d = report({ I: [table([["I. KẾT QUẢ ĐẠT ĐƯỢC"]]), ...p.I.slice(1)], II: [table([[b("II. TỒN TẠI, HẠN CHẾ")], ["Việc công khai TTHC tại 02 đơn vị còn chậm."]]), ...p.II.slice(2)] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(hasErrors(check(d))).toBe(false);
  });

  it("does not take a body sentence, a sub-heading or the subject line for a section heading", () => {
    const p = goodParts();
    const d = report({
      title: [b("BÁO CÁO"), b("KẾT QUẢ CÔNG TÁC KIỂM TRA, TỰ KIỂM TRA CCHC 6 THÁNG ĐẦU NĂM 2024")],
      I: [p.I[0]!, b("1. Kết quả đạt được trong cải cách thủ tục hành chính"), ...p.I.slice(1)],
      II: [
        ...p.II,
        para("Kết quả đạt được trong công tác cải cách thủ tục hành chính chưa đồng đều giữa các đơn vị."),
        para("Giải pháp khắc phục những hạn chế trên chưa được một số đơn vị quan tâm đúng mức."),
      ],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(codes(d)).not.toContain("section.duplicate");
  });

  it("does not take a remedies table's column header for section III, even when headings are unnumbered", () => {
    const p = goodParts();
    const h = (text: string) => b(text.toUpperCase());
    const d = report({
      I: [h("Kết quả đạt được"), ...p.I.slice(1)],
      II: [h("Tồn tại, hạn chế"), ...p.II.slice(1)],
      III: [h("Giải pháp khắc phục"), table([[b("Giải pháp khắc phục"), b("Thời hạn")], ["Rà soát TTHC", "30/9/2024"]])],
      IV: [h("Đề xuất, kiến nghị"), ...p.IV.slice(1)],
    });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(hasErrors(check(d))).toBe(false);
  });

  it("ignores an appendix after the footer", () => {
    const p = goodParts();
    const d = report({ footer: [...p.footer, b("PHỤ LỤC"), b("I. KẾT QUẢ KIỂM TRA TẠI CÁC ĐƠN VỊ"), para("Chi tiết theo bảng.")] });
    expect(keysOf(d)).toEqual(["I", "II", "III", "IV"]);
    expect(check(d)).toEqual([]);
  });

  it("ends a section at a heading the outline does not know ('V. NHIỆM VỤ …')", () => {
    const d = report({ IV: [b("IV. ĐỀ XUẤT, KIẾN NGHỊ"), b("V. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM"), para("Tiếp tục triển khai kế hoạch.")] });
    expect(analyseReport(d, campaign).sections.find((s) => s.key === "IV")?.content).toBeUndefined();
    expect(codes(d)).toContain("section.emptyOptional");
  });
});

describe("analyseReport", () => {
  it("reports header parts, title, section ranges and footer with locations", () => {
    const s = analyseReport(report(), campaign);
    expect(s.header.agency?.text).toBe("SỞ TƯ PHÁP");
    expect(s.header.parent?.text).toBe("UBND TỈNH HÀ TĨNH");
    expect(s.header.number).toMatchObject({ value: "45/BC-STP", blank: false, standard: true });
    expect(s.header.national?.location).toMatchObject({ block: 0, row: 0, cell: 1, paragraph: 0 });
    expect(s.header.dateLine?.date).toEqual({ year: 2024, month: 6, day: 28 });
    expect(s.title.typeName?.text).toBe("BÁO CÁO");
    expect(s.title.subject).toHaveLength(1);
    expect(s.sections.map((x) => [x.key, x.heading.location.block, x.content?.firstBlock, x.content?.lastBlock])).toEqual([
      ["I", 4, 5, 7],
      ["II", 8, 9, 10],
      ["III", 11, 12, 13],
      ["IV", 14, 15, 15],
    ]);
    expect(s.closing?.location.block).toBe(16);
    expect(s.footer.recipientsLabel?.text).toBe("Nơi nhận:");
    expect(s.footer.signerTitle?.text).toBe("GIÁM ĐỐC");
    expect(s.footer.signerName?.text).toBe("Nguyễn Văn An");
    expect(s.reportDate).toEqual({ year: 2024, month: 6, day: 28 });
  });

  it("gives each missing section the block to insert it before", () => {
    const s1 = analyseReport(report({ II: [] }), campaign);
    expect(s1.missingSections).toEqual([{ key: "II", required: true, beforeBlock: 8 }]);
    // No IV and no II: II goes before III, IV before the closing sentence.
    const s2 = analyseReport(report({ II: [], IV: [] }), campaign);
    expect(s2.missingSections).toEqual([
      { key: "II", required: true, beforeBlock: 8 },
      { key: "IV", required: false, beforeBlock: 11 },
    ]);
    // No closing and no footer: III goes at the end.
    const s3 = analyseReport(report({ III: [], IV: [], closing: [], footer: [] }), campaign);
    expect(s3.missingSections.find((m) => m.key === "III")?.beforeBlock).toBeUndefined();
  });

  it("reads a header and footer typed as plain paragraphs with tabs", () => {
    const d = report({
      header: [
        para("SỞ TƯ PHÁP\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }),
        para("\t\tĐộc lập - Tự do - Hạnh phúc", { bold: true }),
        para("Số: 45/BC-STP\t\tHà Tĩnh, ngày 28 tháng 6 năm 2024"),
      ],
      footer: [
        para("Nơi nhận:\t\t\tGIÁM ĐỐC", { bold: true }),
        para("- Sở Nội vụ;"),
        para("- Lưu: VT.\t\t\tNguyễn Văn An"),
      ],
    });
    const s = analyseReport(d, campaign);
    expect(s.header.agency?.text).toBe("SỞ TƯ PHÁP");
    expect(s.header.number?.value).toBe("45/BC-STP");
    expect(s.header.dateLine?.valid).toBe(true);
    expect(s.footer.signerName?.text).toBe("Nguyễn Văn An");
    expect(codes(d).filter((c) => !c.startsWith("format."))).toEqual([]);
  });
});
