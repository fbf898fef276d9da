import { unzipSync, strFromU8 } from "fflate";
import { SaxesParser } from "saxes";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { buildOutline } from "../../../shared/outline/build";
import type { OutlineDoc } from "../../../shared/outline/types";
import { HA_TINH_2024_REGISTRY } from "../../../shared/units/ha-tinh-2024";
import { writeDocx } from "../../../docx/write";
import { readDocx } from "../../../docx/read";
import type { Block, Paragraph } from "../../../shared/model/document";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const outline = buildOutline(HA_TINH_2024, HA_TINH_2024_REGISTRY.get("stp")!);
const parts = unzipSync(writeDocx(outline));
const xml = (name: string) => strFromU8(parts[name]!);

/** Element children in document order, as [parent local name, child local names] pairs, via a real XML parser. */
function childOrders(source: string): Map<string, string[][]> {
  const parser = new SaxesParser({ xmlns: true });
  const stack: { name: string; children: string[] }[] = [];
  const orders = new Map<string, string[][]>();
  parser.on("opentag", (tag) => {
    stack[stack.length - 1]?.children.push(tag.local);
    stack.push({ name: tag.local, children: [] });
  });
  parser.on("closetag", () => {
    const done = stack.pop()!;
    orders.set(done.name, [...(orders.get(done.name) ?? []), done.children]);
  });
  parser.write(source).close();
  return orders;
}

/** True when `children` follows `order` (each child's rank never decreases); unknown names fail. */
function inSchemaOrder(children: string[], order: string[]): boolean {
  const ranks = children.map((c) => order.indexOf(c));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]!));
}

describe("writeDocx package", () => {
  test("has exactly the parts of a minimal WordprocessingML package", () => {
    expect(Object.keys(parts).sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/settings.xml", "word/styles.xml"].sort(),
    );
    expect(xml("[Content_Types].xml")).toContain('PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"');
    expect(xml("_rels/.rels")).toContain('relationships/officeDocument" Target="word/document.xml"');
  });

  test("every part is well-formed, namespaced XML", () => {
    for (const name of Object.keys(parts)) expect(() => childOrders(xml(name))).not.toThrow();
  });

  test("is deterministic", () => {
    expect(writeDocx(outline)).toEqual(writeDocx(outline));
  });

  test("styles: Normal is Times New Roman 14, 'heading 1' is outline level 0 bold based on Normal, Title exists", () => {
    const styles = xml("word/styles.xml");
    expect(styles).toMatch(/<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"\/>.*?w:ascii="Times New Roman".*?<w:sz w:val="28"\/>/);
    expect(styles).toMatch(/<w:name w:val="heading 1"\/><w:basedOn w:val="Normal"\/>.*?<w:outlineLvl w:val="0"\/>.*?<w:b\/>.*?<w:sz w:val="28"\/>.*?<\/w:style>/);
    expect(styles).toContain('<w:name w:val="Title"/>');
  });

  test("elements appear in the order the schema requires", () => {
    const orders = childOrders(xml("word/document.xml"));
    const check = (parent: string, order: string[]) => {
      for (const children of orders.get(parent) ?? []) expect({ parent, children, ok: inSchemaOrder(children, order) }).toMatchObject({ ok: true });
    };
    check("pPr", ["pStyle", "keepNext", "spacing", "ind", "jc", "rPr"]);
    check("rPr", ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "lang"]);
    check("p", ["pPr", "r"]);
    check("r", ["rPr", "t", "tab", "br"]);
    check("tbl", ["tblPr", "tblGrid", "tr"]);
    check("tblPr", ["tblW", "tblBorders", "tblLayout", "tblLook"]);
    check("tr", ["trPr", "tc"]);
    check("tc", ["tcPr", "p"]);
    check("sdt", ["sdtPr", "sdtContent"]);
    check("sdtPr", ["alias", "tag", "id", "showingPlcHdr", "richText"]);
    check("sectPr", ["pgSz", "pgMar", "cols", "docGrid"]);
    const body = orders.get("body")![0]!;
    expect(body[body.length - 1]).toBe("sectPr");
    expect(body[body.length - 2]).toBe("p");
    for (const cell of orders.get("tc")!) expect(cell[cell.length - 1]).toBe("p");
  });

  test("layout tables are borderless, the remedies table has borders", () => {
    const doc = xml("word/document.xml");
    expect(doc.match(/<w:tblBorders><w:top w:val="none"/g)).toHaveLength(2);
    expect(doc.match(/<w:tblBorders><w:top w:val="single"/g)).toHaveLength(1);
  });

  test("content controls carry their tag, a unique id and the placeholder flag", () => {
    const doc = xml("word/document.xml");
    const tags = [...doc.matchAll(/<w:tag w:val="([^"]+)"\/><w:id w:val="(\d+)"\/>(<w:showingPlcHdr\/>)?/g)];
    expect(tags.map((m) => m[1])).toEqual(["cchc:section:I", "cchc:section:II", "cchc:section:III", "cchc:section:IV"]);
    expect(new Set(tags.map((m) => m[2])).size).toBe(4);
    expect(tags.every((m) => m[3] !== undefined)).toBe(true);
  });

  test("placeholder text uses Word's 'Placeholder Text' style (dropped when typed over), real text does not", () => {
    const doc = xml("word/document.xml");
    expect(xml("word/styles.xml")).toContain('<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>');
    const sdts = doc.match(/<w:sdt>.*?<\/w:sdt>/g)!;
    for (const sdt of sdts) expect(sdt).toContain('<w:rStyle w:val="PlaceholderText"/>');
    const outside = doc.replace(/<w:sdt>.*?<\/w:sdt>/g, "");
    expect(outside).not.toContain("PlaceholderText");
  });

  test("text is XML-escaped, invalid XML characters dropped, tabs and breaks become elements", () => {
    const tricky: OutlineDoc = {
      ...outline,
      blocks: [{ kind: "paragraph", style: "Normal", alignment: "left", runs: [{ text: 'a < b & "c"\tx\ny\u0001z', font: "Times New Roman", sizePt: 14 }] }],
    };
    const doc = strFromU8(unzipSync(writeDocx(tricky))["word/document.xml"]!);
    expect(doc).toContain('<w:t xml:space="preserve">a &lt; b &amp; "c"</w:t><w:tab/><w:t xml:space="preserve">x</w:t><w:br/><w:t xml:space="preserve">yz</w:t>');
    expect(() => childOrders(doc)).not.toThrow();
  });
});

function textOf(b: Block): string[] {
  if (b.type === "paragraph") return [b.text];
  return b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text)));
}

describe("writeDocx → readDocx", () => {
  test("the reader gets back the paragraphs, headings, tags, formatting and page setup", async () => {
    const read = await readDocx(writeDocx(outline));
    if (!read.ok) throw new Error(read.error.code);
    const model = read.model;
    expect(model.page).toEqual({ widthTwips: 11906, heightTwips: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 851 } });

    const expected = outline.blocks.flatMap((b) =>
      b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : b.kind === "control" ? b.paragraphs.map((p) => p.runs.map((r) => r.text).join("")) : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.runs.map((x) => x.text).join("")))),
    );
    // The writer closes a body that ends with a table with an empty paragraph, as Word does.
    expect(model.blocks.flatMap(textOf)).toEqual([...expected, ""]);

    const paragraphs = model.blocks.filter((b): b is Paragraph => b.type === "paragraph");
    const headings = paragraphs.filter((p) => p.headingLevel === 1);
    expect(headings.map((p) => p.text)).toEqual(["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. GIẢI PHÁP KHẮC PHỤC", "IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)"]);
    for (const h of headings) expect(h.outlineLevel).toBe(0);
    expect(paragraphs.filter((p) => p.contentControls?.length).map((p) => p.contentControls)).toEqual([
      ["cchc:section:I"],
      ["cchc:section:II"],
      ["cchc:section:III"],
      ["cchc:section:IV"],
    ]);
    const title = paragraphs.find((p) => p.text === "BÁO CÁO")!;
    expect(title).toMatchObject({ styleName: "Title", alignment: "center" });
    expect(title.runs[0]).toMatchObject({ font: "Times New Roman", sizePt: 14, bold: true });
    expect(model.defaults).toMatchObject({ font: "Times New Roman", sizePt: 14 });
  });
});
