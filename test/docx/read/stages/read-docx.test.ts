/** Fidelity of the reader on one tiny generated fixture per feature. */
import { docxFixture, para, style, W_NS, zipFiles, documentXml, relsXml } from "../helpers/docx-fixture";
import { paragraphs, readModel } from "../helpers/read";

const HEADING_STYLES =
  style("paragraph", "Normal", "Normal", "", ' w:default="1"') +
  style("paragraph", "Heading1", "heading 1", '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>') +
  style("paragraph", "MyHeading", "Tiêu đề riêng", '<w:basedOn w:val="Heading1"/><w:rPr><w:i/></w:rPr>') +
  style("paragraph", "berschrift2", "Heading 2", '<w:basedOn w:val="Normal"/>') +
  style("paragraph", "Heading3", "Mục lớn", '<w:basedOn w:val="Normal"/>') +
  style("paragraph", "DeMuc", "Đề mục", '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>');

describe("styles and headings", () => {
  test("basedOn inheritance carries heading level, outline level and run formatting", async () => {
    const model = await readModel(docxFixture({ body: para("I. KẾT QUẢ", { style: "MyHeading" }), styles: HEADING_STYLES }));
    expect(model.blocks[0]).toMatchObject({
      styleName: "Tiêu đề riêng",
      headingLevel: 1,
      outlineLevel: 0,
      runs: [{ text: "I. KẾT QUẢ", bold: true, italic: true, sizePt: 16 }],
    });
  });

  test("built-in headings are judged by style name, not by the (localized) style id", async () => {
    const body = para("Tiêu đề 2", { style: "berschrift2" }) + para("Không phải tiêu đề", { style: "Heading3" });
    const [h2, plain] = paragraphs(await readModel(docxFixture({ body, styles: HEADING_STYLES })));
    expect(h2).toMatchObject({ headingLevel: 2, outlineLevel: 1 });
    expect(plain?.headingLevel).toBeUndefined();
    expect(plain?.outlineLevel).toBeUndefined();
  });

  test("outline level comes from a custom style or from the paragraph itself; level 9 is body text", async () => {
    const body =
      para("Đề mục", { style: "DeMuc" }) + para("Trực tiếp", { outline: 2 }) + para("Thân", { style: "Heading1", outline: 9 });
    const [custom, direct, body9] = paragraphs(await readModel(docxFixture({ body, styles: HEADING_STYLES })));
    expect(custom).toMatchObject({ outlineLevel: 1, styleName: "Đề mục" });
    expect(custom?.headingLevel).toBeUndefined();
    expect(direct).toMatchObject({ outlineLevel: 2, styleName: "Normal" });
    expect(body9?.outlineLevel).toBeUndefined();
    expect(body9?.headingLevel).toBe(1);
  });

  test("a basedOn cycle does not hang", async () => {
    const styles =
      style("paragraph", "A", "A", '<w:basedOn w:val="B"/>') + style("paragraph", "B", "B", '<w:basedOn w:val="A"/><w:rPr><w:b/></w:rPr>');
    const model = await readModel(docxFixture({ body: para("x", { style: "A" }), styles }));
    expect(model.blocks[0]).toMatchObject({ styleName: "A", runs: [{ bold: true }] });
  });
});

describe("run formatting", () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    style("paragraph", "Normal", "Normal", "", ' w:default="1"') +
    style("paragraph", "Bold", "Bold para", '<w:rPr><w:b/><w:i w:val="1"/></w:rPr>') +
    style("character", "Strong", "Strong", '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>') +
    style("character", "Themed", "Themed", '<w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr>');

  test("document defaults give the default font and size", async () => {
    const model = await readModel(docxFixture({ body: para("Nội dung"), styles }));
    expect(model.defaults).toMatchObject({ font: "Times New Roman", sizePt: 14, bold: false });
    expect(model.blocks[0]).toMatchObject({ alignment: "justify", runs: [{ font: "Times New Roman", sizePt: 14 }] });
  });

  test("run props ⊕ character style ⊕ paragraph style ⊕ defaults, nearest first", async () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Bold"/></w:pPr>' +
      '<w:r><w:t>a</w:t></w:r>' +
      '<w:r><w:rPr><w:b w:val="0"/><w:i w:val="false"/></w:rPr><w:t>b</w:t></w:r>' +
      '<w:r><w:rPr><w:rStyle w:val="Strong"/><w:sz w:val="24"/><w:u w:val="single"/></w:rPr><w:t>c</w:t></w:r>' +
      '<w:r><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr><w:t>d</w:t></w:r></w:p>';
    const [p] = paragraphs(await readModel(docxFixture({ body, styles })));
    expect(p?.runs).toEqual([
      { text: "a", font: "Times New Roman", sizePt: 14, bold: true, italic: true, underline: false },
      { text: "b", font: "Times New Roman", sizePt: 14, bold: false, italic: false, underline: false },
      { text: "c", font: "Times New Roman", sizePt: 12, bold: true, italic: true, underline: true },
      { text: "d", font: "Arial", sizePt: 14, bold: true, italic: true, underline: false },
    ]);
  });

  test("adjacent runs with the same formatting are merged", async () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r><w:r><w:t>15/BC-STP</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>!</w:t></w:r></w:p>';
    const [p] = paragraphs(await readModel(docxFixture({ body, styles })));
    expect(p?.runs.map((r) => r.text)).toEqual(["Số: 15/BC-STP", "!"]);
    expect(p?.text).toBe("Số: 15/BC-STP!");
  });

  test("theme fonts resolve through the theme part, or to Office defaults without one", async () => {
    const theme =
      '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/><a:ea typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';
    const body = '<w:p><w:r><w:rPr><w:rStyle w:val="Themed"/></w:rPr><w:t>x</w:t></w:r></w:p>';
    const withTheme = await readModel(docxFixture({ body, styles, theme }));
    const without = await readModel(docxFixture({ body, styles }));
    expect(paragraphs(withTheme)[0]?.runs[0]?.font).toBe("Times New Roman");
    expect(paragraphs(without)[0]?.runs[0]?.font).toBe("Calibri");
  });
});

describe("text content", () => {
  test("tabs, breaks and non-breaking hyphens become characters; tab stops do not", async () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t><w:softHyphen/><w:t>f</w:t></w:r></w:p>';
    expect(paragraphs(await readModel(docxFixture({ body })))[0]?.text).toBe("a\tb\nc\nd-ef");
  });

  test("deleted text is left out, inserted text kept", async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Hoàn thành </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>trước 30/6</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>trước 30/9/2024</w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>cũ</w:t></w:r></w:moveFrom></w:p>';
    expect(paragraphs(await readModel(docxFixture({ body })))[0]?.text).toBe("Hoàn thành trước 30/9/2024");
  });

  test("fields show their result, never their instruction, including nested and simple fields", async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t xml:space="preserve"> / </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>NUMPAGES</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> > 1 "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> (28/6/2024)</w:t></w:r></w:fldSimple></w:p>';
    expect(paragraphs(await readModel(docxFixture({ body })))[0]?.text).toBe("Trang 3 / 9 (28/6/2024)");
  });

  test("hyperlinks, smart tags, custom XML and unknown elements pass their text through", async () => {
    const body =
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Sở </w:t></w:r></w:hyperlink><w:smartTag w:element="place"><w:r><w:t>Nội </w:t></w:r></w:smartTag><w:customXml w:element="x"><w:r><w:t>vụ</w:t></w:r></w:customXml><w:futureThing><w:unknown/></w:futureThing><foo:bar xmlns:foo="urn:foo"><w:r><w:t>!</w:t></w:r></foo:bar></w:p>';
    expect(paragraphs(await readModel(docxFixture({ body })))[0]?.text).toBe("Sở Nội vụ!");
  });

  test("a text box is read once (mc:Choice), after the paragraph that anchors it", async () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const body =
      '<w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>' +
      box("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") +
      '</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>' +
      box("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Sau</w:t></w:r></w:p>' +
      para("Tiếp");
    const texts = paragraphs(await readModel(docxFixture({ body }))).map((p) => p.text);
    expect(texts).toEqual(["TrướcSau", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tiếp"]);
  });

  test("a lone mc:Fallback is taken when no mc:Choice precedes it", async () => {
    const body = '<w:p><mc:AlternateContent><mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>';
    expect(paragraphs(await readModel(docxFixture({ body })))[0]?.text).toBe("fallback");
  });
});

describe("alignment", () => {
  test.each([
    ["both", "justify"],
    ["center", "center"],
    ["right", "right"],
    ["end", "right"],
    ["start", "left"],
    ["distribute", "justify"],
  ])("w:jc %s → %s", async (jc, expected) => {
    expect(paragraphs(await readModel(docxFixture({ body: para("x", { jc }) })))[0]?.alignment).toBe(expected);
  });

  test("unspecified alignment is left; a style's alignment is inherited", async () => {
    const styles = style("paragraph", "Title", "Title", '<w:pPr><w:jc w:val="center"/></w:pPr>');
    const [plain, title] = paragraphs(await readModel(docxFixture({ body: para("a") + para("b", { style: "Title" }), styles })));
    expect(plain?.alignment).toBe("left");
    expect(title?.alignment).toBe("center");
  });
});

describe("tables and content controls", () => {
  const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>${inner}</w:tc>`;

  test("a table keeps rows and cells; a nested table is flattened into its cell", async () => {
    const nested = `<w:tbl><w:tr>${cell(para("n1"))}${cell(para("n2"))}</w:tr><w:tr>${cell(para("n3"))}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tblPr><w:jc w:val="center"/></w:tblPr><w:tr>${cell(para("a"))}${cell(para("b") + nested + para("c"))}</w:tr><w:tr>${cell(para("d"))}${cell("")}</w:tr></w:tbl>`;
    const model = await readModel(docxFixture({ body }));
    expect(model.blocks).toHaveLength(1);
    const table = model.blocks[0];
    if (table?.type !== "table") throw new Error("expected a table");
    const texts = table.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text)));
    expect(texts).toEqual([[["a"], ["b", "n1", "n2", "n3", "c"]], [["d"], []]]);
  });

  test("content control tags enclose paragraphs outermost first, at block and run level", async () => {
    const sdt = (tag: string, content: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:tag w:val="${tag}"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const runLevel = `<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r>${sdt("header.number", "<w:r><w:t>15</w:t></w:r>")}</w:p>`;
    const body =
      sdt("header", sdt("header.agency", para("SỞ TƯ PHÁP"))) +
      runLevel +
      sdt("remedies", `<w:tbl><w:tr>${cell(para("Khắc phục"))}</w:tr></w:tbl>`) +
      para("ngoài");
    const model = await readModel(docxFixture({ body }));
    const [agency, number, , outside] = paragraphs(model);
    expect(agency).toMatchObject({ text: "SỞ TƯ PHÁP", contentControls: ["header", "header.agency"] });
    expect(number).toMatchObject({ text: "Số: 15", contentControls: ["header.number"] });
    // The w:rPr inside w:sdtPr styles the control's placeholder, not its content.
    expect(number?.runs).toEqual([expect.objectContaining({ text: "Số: 15", bold: false })]);
    expect(outside?.contentControls).toBeUndefined();
    const table = model.blocks[2];
    expect(table).toMatchObject({ type: "table", contentControls: ["remedies"] });
    expect(paragraphs(model)[2]).toMatchObject({ text: "Khắc phục", contentControls: ["remedies"] });
  });
});

describe("page setup", () => {
  test("the body's sectPr gives page size and margins in twips", async () => {
    const body =
      para("x") +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
    const model = await readModel(docxFixture({ body }));
    expect(model.page).toEqual({ widthTwips: 11906, heightTwips: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 1134 } });
  });

  test("without a body sectPr the first section break's settings are used; none at all leaves page unset", async () => {
    const sect = '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>';
    const body = `<w:p><w:pPr>${sect}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
    expect((await readModel(docxFixture({ body }))).page?.widthTwips).toBe(12240);
    expect((await readModel(docxFixture({ body: para("x") }))).page).toBeUndefined();
  });
});

describe("package shapes", () => {
  test("the main part is found through relationships, wherever it lives", async () => {
    const model = await readModel(docxFixture({ body: para("ở chỗ khác"), mainPath: "content/main.xml", styles: "" }));
    expect(paragraphs(model)[0]?.text).toBe("ở chỗ khác");
  });

  test("Strict OOXML namespaces and relationship types are understood", async () => {
    const strictRels = (type: string, target: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/${type}" Target="${target}"/></Relationships>`;
    const w = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const bytes = zipFiles({
      "_rels/.rels": strictRels("officeDocument", "/word/document.xml"),
      "word/_rels/document.xml.rels": strictRels("styles", "styles.xml"),
      "word/styles.xml": `<w:styles xmlns:w="${w}">${style("paragraph", "H1", "heading 1", '<w:rPr><w:b w:val="true"/></w:rPr>')}</w:styles>`,
      "word/document.xml": documentXml(para("Strict", { style: "H1", jc: "start" }) + '<w:sectPr><w:pgSz w:w="21cm" w:h="297mm"/><w:pgMar w:top="2cm" w:bottom="2cm" w:left="3cm" w:right="1.5cm"/></w:sectPr>', w),
    });
    const model = await readModel(bytes);
    expect(model.blocks[0]).toMatchObject({ text: "Strict", headingLevel: 1, alignment: "left", runs: [{ bold: true }] });
    expect(model.page).toEqual({ widthTwips: 11906, heightTwips: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 850 } });
  });

  test("namespaces are matched by URI whatever the prefix", async () => {
    const xml = `<doc:document xmlns:doc="${W_NS}"><doc:body><doc:p><doc:r><doc:t>prefix</doc:t></doc:r></doc:p><p xmlns="${W_NS}"><r><t>default</t></r></p></doc:body></doc:document>`;
    const bytes = zipFiles({ "_rels/.rels": relsXml([{ id: "r", type: "officeDocument", target: "d.xml" }]), "d.xml": xml });
    expect(paragraphs(await readModel(bytes)).map((p) => p.text)).toEqual(["prefix", "default"]);
  });

  test("a UTF-8 byte order mark is stripped; UTF-16 parts are decoded", async () => {
    const xml = documentXml(para("Báo cáo"));
    const rels = relsXml([{ id: "r", type: "officeDocument", target: "word/document.xml" }]);
    const bom = zipFiles({ "_rels/.rels": `\ufeff${rels}`, "word/document.xml": `\ufeff${xml}` });
    const utf16 = zipFiles({
      "_rels/.rels": rels,
      "word/document.xml": new Uint8Array(Buffer.from(`\ufeff${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, "utf16le")),
    });
    expect(paragraphs(await readModel(bom))[0]?.text).toBe("Báo cáo");
    expect(paragraphs(await readModel(utf16))[0]?.text).toBe("Báo cáo");
  });
});
