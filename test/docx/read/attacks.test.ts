/**
 * Hostile input catalogue for the reader: each attack is refused with its specific typed error, without throwing,
 * and after little work: the bytes actually inflated are counted (test/support/inflate-meter), so "refused early"
 * is asserted as work not done rather than as time. The 1 GiB bomb is also run in a fresh process (peak RSS) in
 * zip-bomb.test.ts; how long refusals take is measured in bench/.
 */
import { zipSync, strToU8 } from "fflate";
import { crc32 } from "node:zlib";
import { readDocx } from "../../../docx/read";
import { docxFixture, documentXml, para, relsXml, zipFiles } from "./helpers/docx-fixture";
import { zipBombDocx } from "./helpers/bomb";
import { meterInflation, type InflateMeter } from "../../support/inflate-meter";
import { deflatedEntry, rawZip } from "../../support/raw-zip";

let meter: InflateMeter;
beforeEach(() => {
  meter = meterInflation();
});
afterEach(() => meter.restore());
const KiB = 1024;

async function refusal(bytes: Uint8Array, limits = {}): Promise<string> {
  const result = await readDocx(bytes, limits);
  if (result.ok) throw new Error("expected a refusal, got a model");
  expect(result.error.message).not.toBe("");
  expect(result.error.messageEn).not.toBe("");
  return result.error.code;
}

const minimalParts = (main = "word/document.xml"): Record<string, string> => ({
  "[Content_Types].xml":
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  "_rels/.rels": relsXml([{ id: "rId1", type: "officeDocument", target: main }]),
});

describe("not a Word package", () => {
  test("plain text is not a zip", async () => {
    expect(await refusal(strToU8("Báo cáo kết quả kiểm tra CCHC"))).toBe("docx.notZip");
  });

  test("an empty file is not a zip", async () => {
    expect(await refusal(new Uint8Array(0))).toBe("docx.notZip");
  });

  test("an OLE compound file (what Word writes for a password-protected document) is encrypted", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole)).toBe("docx.encrypted");
  });

  test("a zip without package relationships has no Word document", async () => {
    expect(await refusal(zipFiles({ "word/document.xml": documentXml(para("x")) }))).toBe("docx.notWordDocument");
  });

  test("a presentation renamed to .docx is not a Word document", async () => {
    const bytes = zipFiles({
      "[Content_Types].xml":
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
      "_rels/.rels": relsXml([{ id: "rId1", type: "officeDocument", target: "ppt/presentation.xml" }]),
      "ppt/presentation.xml": '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    });
    expect(await refusal(bytes)).toBe("docx.notWordDocument");
  });

  test("a main part whose root is not w:document is refused", async () => {
    const bytes = zipFiles({ ...minimalParts(), "word/document.xml": "<html><body>hi</body></html>" });
    expect(await refusal(bytes)).toBe("docx.notWordDocument");
  });
});

describe("size and entry caps", () => {
  test("a file over the size cap is refused before unzipping", async () => {
    const bytes = docxFixture({ body: para("x") });
    expect(await refusal(bytes, { maxFileBytes: bytes.length - 1 })).toBe("docx.tooLarge");
  });

  test("thousands of tiny entries are refused", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2001; i++) files[`junk/${i}.xml`] = new Uint8Array(0);
    expect(await refusal(zipSync(files))).toBe("docx.tooManyEntries");
    expect(meter.streams()).toBe(0);
  });

  test("a part inflating past the per-part cap is refused", async () => {
    const bytes = docxFixture({ body: para("x".repeat(5000)) });
    expect(await refusal(bytes, { maxPartInflatedBytes: 2000 })).toBe("docx.zipBomb");
  });

  test("a small zip expanding into a million empty paragraphs is refused before it eats memory", async () => {
    const body = "<w:p/>".repeat(1_000_000);
    const bytes = docxFixture({ body });
    expect(bytes.length).toBeLessThan(100_000);
    expect(await refusal(bytes)).toBe("docx.tooLarge");
    // Stopped at the object budget (500,000), about half-way through the part: the rest was never inflated.
    expect(meter.bytes()).toBeLessThan(body.length * 0.6);
  });

  test("styles and list definitions draw on the same object budget as paragraphs", async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="s"/>'.repeat(600);
    const numbering = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'.repeat(600);
    expect((await readDocx(docxFixture({ body: para("x"), styles }), { maxObjects: 1000 })).ok).toBe(true);
    expect(await refusal(docxFixture({ body: para("x"), styles, numbering }), { maxObjects: 1000 })).toBe("docx.tooLarge");
  });

  test("parts that together inflate past the total cap are refused, counting actual bytes", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="S"><w:name w:val="${"s".repeat(3000)}"/></w:style>`;
    const bytes = docxFixture({ body: para("y".repeat(3000)), styles });
    const ok = await readDocx(bytes, { maxTotalInflatedBytes: 20_000 });
    expect(ok.ok).toBe(true);
    expect(await refusal(bytes, { maxPartInflatedBytes: 5000, maxTotalInflatedBytes: 6000 })).toBe("docx.zipBomb");
  });
});

describe("zip bombs", () => {
  test.each([
    ["honest header (declares 1 GiB)", 1024 * 1024 * 1024],
    ["lying header (declares 2 KiB)", 2048],
  ])("a 1 GiB-inflating main part with an %s is refused after inflating at most a few KiB of it", async (_, declared) => {
    const bytes = zipBombDocx("word/document.xml", declared);
    expect(await refusal(bytes)).toBe("docx.zipBomb");
    // An honest header is refused before a byte of the bomb is inflated; a lying one one chunk past its claim.
    expect(meter.bytes()).toBeLessThan(declared > 32 * KiB * KiB ? 4 * KiB : 256 * KiB);
  });

  test("a bomb in a part the reader never needs is never inflated", async () => {
    const bytes = zipBombDocx("word/media/image1.png", 2048);
    const result = await readDocx(bytes);
    expect(result.ok).toBe(true);
    expect(meter.bytes()).toBeLessThan(4 * KiB);
  });
});

describe("damaged zips", () => {
  test("a truncated file is corrupt", async () => {
    const bytes = docxFixture({ body: para("Nội dung báo cáo") });
    expect(await refusal(bytes.slice(0, Math.floor(bytes.length * 0.6)))).toBe("docx.corrupt");
  });

  test("a CRC mismatch is corrupt", async () => {
    const xml = documentXml(para("Nội dung"));
    const good = deflatedEntry("word/document.xml", xml);
    const bytes = rawZip([
      deflatedEntry("_rels/.rels", minimalParts()["_rels/.rels"] as string),
      { ...good, crc: (crc32(Buffer.from(xml)) ^ 0xff) >>> 0 },
    ]);
    expect(await refusal(bytes)).toBe("docx.corrupt");
  });

  test("deflate data that is not deflate is corrupt", async () => {
    const bad = { name: "word/document.xml", data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), uncompressedSize: 10, crc: 0 };
    const bytes = rawZip([deflatedEntry("_rels/.rels", minimalParts()["_rels/.rels"] as string), bad]);
    expect(await refusal(bytes)).toBe("docx.corrupt");
  });

  test("two entries with one name are refused (tools would disagree on which is the document)", async () => {
    const part = deflatedEntry("word/document.xml", documentXml(para("a")));
    const bytes = rawZip([deflatedEntry("_rels/.rels", minimalParts()["_rels/.rels"] as string), part, part]);
    expect(await refusal(bytes)).toBe("docx.corrupt");
  });
});

describe("unsafe paths and relationships", () => {
  test("a main part reached through ../../etc/passwd is refused", async () => {
    const bytes = zipFiles({ ...minimalParts("../../etc/passwd"), "word/document.xml": documentXml(para("x")) });
    expect(await refusal(bytes)).toBe("docx.unsafePath");
  });

  test.each(["../evil.xml", "/abs/evil.xml", "word\\evil.xml", "C:/evil.xml"])(
    "a package holding an entry named %s is refused",
    async (name) => {
      const bytes = zipFiles({ ...minimalParts(), "word/document.xml": documentXml(para("x")), [name]: "<x/>" });
      expect(await refusal(bytes)).toBe("docx.unsafePath");
    },
  );

  test("a relationship target with a URI scheme is refused when it would be followed", async () => {
    const bytes = zipFiles({ ...minimalParts("file:///etc/passwd"), "word/document.xml": documentXml(para("x")) });
    expect(await refusal(bytes)).toBe("docx.unsafePath");
  });

  test("an external officeDocument relationship is never followed", async () => {
    const bytes = zipFiles({
      "_rels/.rels": relsXml([{ id: "rId1", type: "officeDocument", target: "http://evil.example/doc.xml", external: true }]),
      "word/document.xml": documentXml(para("x")),
    });
    expect(await refusal(bytes)).toBe("docx.notWordDocument");
  });

  test("an external styles relationship is ignored and the document still reads", async () => {
    const bytes = docxFixture({
      body: para("Nội dung"),
      files: {
        "word/_rels/document.xml.rels": relsXml([
          { id: "rId1", type: "styles", target: "file:///etc/passwd", external: true },
          { id: "rId2", type: "hyperlink", target: "http://example.com/", external: true },
        ]),
      },
    });
    const result = await readDocx(bytes);
    expect(result.ok && result.model.blocks.map((b) => b.type === "paragraph" && b.text)).toEqual(["Nội dung"]);
  });
});

describe("hostile XML", () => {
  const withMain = (xml: string) => zipFiles({ ...minimalParts(), "word/document.xml": xml });

  test("a DOCTYPE with billion-laughs entities is refused before any expansion", async () => {
    const entities = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join("");
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${entities}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await refusal(withMain(xml))).toBe("docx.doctype");
    // Nothing was expanded: no more bytes than the part itself (about 400) went through the reader.
    expect(meter.bytes()).toBeLessThan(4 * KiB);
  });

  test("an external entity DOCTYPE (XXE) is refused", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await refusal(withMain(xml))).toBe("docx.doctype");
  });

  test("a DOCTYPE in the styles part is refused too", async () => {
    const bytes = docxFixture({ body: para("x"), files: { "word/styles.xml": '<!DOCTYPE s><w:styles xmlns:w="x"/>' } });
    const withStylesRel = docxFixture({
      body: para("x"),
      styles: "",
      files: { "word/styles.xml": '<?xml version="1.0"?><!DOCTYPE s []><w:styles xmlns:w="x"/>' },
    });
    expect((await readDocx(bytes)).ok).toBe(true);
    expect(await refusal(withStylesRel)).toBe("docx.doctype");
  });

  test("deeply nested XML is refused at the depth cap, early", async () => {
    const depth = 100_000;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${"<w:sdt>".repeat(depth)}${"</w:sdt>".repeat(depth)}</w:body></w:document>`;
    expect(await refusal(withMain(xml))).toBe("docx.xmlTooDeep");
    // Torn down at depth 256, in the first chunk of a 1.5 MB part.
    expect(meter.bytes()).toBeLessThan(256 * KiB);
  });

  test("malformed XML is corrupt", async () => {
    const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body>';
    expect(await refusal(withMain(xml))).toBe("docx.corrupt");
  });
});
