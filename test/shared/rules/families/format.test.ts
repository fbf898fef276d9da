import type { DocumentModel } from "../../../../shared/model/document";
import { A4_PAGE, goodParts, para, report, table } from "../builder";
import { codes, withCode } from "../helpers";

const page = (change: Partial<typeof A4_PAGE> & { margins?: Partial<typeof A4_PAGE.margins> }) => ({
  ...A4_PAGE,
  ...change,
  margins: { ...A4_PAGE.margins, ...change.margins },
});

describe("format.font", () => {
  it("accepts Times New Roman throughout", () => {
    expect(codes(report())).not.toContain("format.font");
  });

  it("flags other fonts once, with a count and the first offending paragraph", () => {
    const p = goodParts();
    const d = report({ II: [p.II[0]!, para("Việc công khai TTHC còn chậm.", { font: "Arial" }), para("Chuyển đổi số còn chậm.", { font: "Calibri" })] });
    const found = withCode(d, "format.font");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", section: "format", location: { block: 9 } });
    expect(found[0]?.message).toMatch(/^2 đoạn .*“Arial”/);
  });

  it("judges nothing when the source gives no fonts", () => {
    const d = report();
    const bare: DocumentModel = { ...d, defaults: undefined, blocks: d.blocks.map((bl) => (bl.type === "paragraph" ? { ...bl, runs: [] } : bl)) };
    expect(codes(bare)).not.toContain("format.font");
  });
});

describe("format.size", () => {
  it("accepts the Decree 30 sizes of the good report", () => {
    expect(codes(report())).not.toContain("format.size");
  });

  it("flags body text outside 13–14 pt", () => {
    const p = goodParts();
    const d = report({ I: [p.I[0]!, para("Đã kiểm tra 08/12 phòng, đơn vị.", { sizePt: 12 })] });
    const [f] = withCode(d, "format.size");
    expect(f).toMatchObject({ severity: "warning", location: { block: 5 } });
    expect(f?.message).toContain("12 pt, quy định 13–14 pt");
  });

  it("allows header and footer elements a point either side of their own size", () => {
    const p = goodParts();
    const fine = report({ footer: [para("Nơi nhận:", { sizePt: 13 }), para("- Sở Nội vụ;", { sizePt: 12 }), para("GIÁM ĐỐC", { bold: true }), para("Nguyễn Văn An", { bold: true })] });
    expect(codes(fine)).not.toContain("format.size");
    const off = report({ footer: [para("Nơi nhận:", { sizePt: 12 }), para("- Sở Nội vụ;", { sizePt: 14 }), ...p.footer] });
    expect(withCode(off, "format.size")[0]?.message).toContain("danh sách nơi nhận");
  });

  it("does not judge tables in the body (12 pt tables are common)", () => {
    const p = goodParts();
    const small = (t: string) => para(t, { sizePt: 12 });
    const d = report({ I: [...p.I, table([[small("Nội dung"), small("Kết quả")], [small("Số đơn vị được kiểm tra"), small("12/15")]])] });
    expect(codes(d)).not.toContain("format.size");
  });
});

describe("format.paper", () => {
  it("accepts A4 portrait within ±2 twips", () => {
    expect(codes(report({}, { page: page({ widthTwips: 11904, heightTwips: 16840 }) }))).not.toContain("format.paper");
  });

  it.each([
    ["Letter", { widthTwips: 12240, heightTwips: 15840 }],
    ["A4 landscape", { widthTwips: 16838, heightTwips: 11906 }],
    ["3 twips off", { widthTwips: 11909, heightTwips: 16838 }],
  ])("flags %s", (_name, size) => {
    const [f] = withCode(report({}, { page: page(size) }), "format.paper");
    expect(f?.severity).toBe("warning");
  });

  it("judges nothing without page setup", () => {
    expect(codes(report({}, { page: undefined }))).not.toContain("format.paper");
  });
});

describe("format.margins", () => {
  it.each([
    ["the lower bounds", { top: 1134, bottom: 1134, left: 1701, right: 850 }],
    ["the upper bounds", { top: 1417, bottom: 1417, left: 1984, right: 1134 }],
    ["2 twips outside", { top: 1132, bottom: 1419, left: 1699, right: 1136 }],
  ])("accepts %s", (_name, margins) => {
    expect(codes(report({}, { page: page({ margins }) }))).not.toContain("format.margins");
  });

  it("flags Word's 1-inch default margins once, naming the sides", () => {
    const found = withCode(report({}, { page: page({ margins: { top: 1440, bottom: 1440, left: 1440, right: 1440 } }) }), "format.margins");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("lề trên 25,4 mm");
    expect(found[0]?.message).toContain("lề trái 25,4 mm");
  });
});
