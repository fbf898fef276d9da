/** List labels as Word displays them, computed in document order from numbering.xml. */
import { docxFixture, para, style } from "../helpers/docx-fixture";
import { paragraphs, readModel } from "../helpers/read";

const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="720"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>`;

/** Abstract 0: report outline (I. / 1. / a)); abstract 1: legal "1.1."; abstract 2: bullets. */
const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "lowerLetter", "%3)")}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${lvl(0, "bullet", "\uf0b7")}${lvl(1, "none", "")}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>' +
  '<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>';

async function labels(body: string, numbering = NUMBERING, styles?: string): Promise<(string | undefined)[]> {
  return paragraphs(await readModel(docxFixture({ body, numbering, styles }))).map((p) => p.listLabel);
}

const item = (numId: number, ilvl = 0) => para("x", { numId, ilvl });

test("upper roman sections with decimal and letter sub-items; a higher level resets the lower ones", async () => {
  const body = [item(1), item(1, 1), item(1, 1), item(1, 2), item(1, 2), item(1, 1), item(1, 2), item(1), item(1, 1)].join("");
  expect(await labels(body)).toEqual(["I.", "1.", "2.", "a)", "b)", "3.", "a)", "II.", "1."]);
});

test("a list continues across body text and across num instances without overrides", async () => {
  const body = item(1) + para("đoạn văn") + item(1) + item(2);
  expect(await labels(body)).toEqual(["I.", undefined, "II.", "III."]);
});

test("a num with a startOverride restarts and then counts on its own", async () => {
  const body = item(1) + item(1) + item(3) + item(3) + item(6) + item(6);
  expect(await labels(body)).toEqual(["I.", "II.", "I.", "II.", "4.", "5."]);
});

test("multi-level decimal labels and bullets; numId 0 and unknown nums have no label", async () => {
  const body = item(4) + item(4, 1) + item(4, 1) + item(4) + item(4, 1) + item(5) + item(5, 1) + item(0) + item(99);
  expect(await labels(body)).toEqual(["1.", "1.1.", "1.2.", "2.", "2.1.", "•", undefined, undefined, undefined]);
});

test("numbering inherited from the paragraph style; list labels count in table cells too", async () => {
  const styles = style("paragraph", "Muc", "Mục La Mã", '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>');
  const cell = `<w:tbl><w:tr><w:tc>${para("trong bảng", { style: "Muc" })}</w:tc></w:tr></w:tbl>`;
  const body = para("KẾT QUẢ", { style: "Muc" }) + cell + para("TỒN TẠI", { style: "Muc" });
  expect(await labels(body, NUMBERING, styles)).toEqual(["I.", "II.", "III."]);
});

test("lvlRestart 0 keeps a lower level counting across higher-level items; isLgl shows decimals", async () => {
  const numbering =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%1.%2", '<w:lvlRestart w:val="0"/><w:isLgl/>')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  const body = item(1) + item(1, 1) + item(1) + item(1, 1);
  expect(await labels(body, numbering)).toEqual(["I.", "1.1", "II.", "2.2"]);
});

test("lists defined through a numbering style (numStyleLink) use the linked definition", async () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>' +
    `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="OutlineList"/>${lvl(0, "lowerLetter", "%1)")}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>';
  const styles = style("numbering", "OutlineList", "Outline List", '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>');
  expect(await labels(item(2) + item(2), numbering, styles)).toEqual(["a)", "b)"]);
});

test("a Word 2010 custom format inside mc:AlternateContent is read from the first choice", async () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  expect(await labels(item(1) + item(1), numbering)).toEqual(["01.", "02."]);
});
