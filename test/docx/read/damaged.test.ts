/**
 * Damage other readers (mammoth, Word) read through: a lying end-of-central-directory comment length and a damaged
 * optional part are read with a warning; the main part and the hostile-input refusals stay strict.
 */
import { crc32 } from "node:zlib";
import { readDocx, readerWarningText } from "../../../docx/read";
import { docxFixture, documentXml, para, relsXml } from "./helpers/docx-fixture";
import { paragraphs } from "./helpers/read";
import { deflatedEntry, rawZip, zerosDeflated, type RawEntry } from "../../support/raw-zip";

const THEME =
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x">' +
  '<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont>' +
  "</a:fontScheme></a:themeElements></a:theme>";
const BODY = para("Báo cáo kết quả kiểm tra", { runProps: '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>' });

async function read(bytes: Uint8Array) {
  const result = await readDocx(bytes);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.detail ?? ""}`);
  return result;
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const result = await readDocx(bytes);
  if (result.ok) throw new Error("expected a refusal, got a model");
  return result.error.code;
}

/** The end record of a zip written without a comment: its last 22 bytes. */
function withCommentLength(bytes: Uint8Array, declared: number, appended: Uint8Array = new Uint8Array(0)): Uint8Array {
  const out = Buffer.concat([Buffer.from(bytes), Buffer.from(appended)]);
  out.writeUInt16LE(declared, bytes.length - 2);
  return out;
}

/** A package whose parts are given raw, so any one of them can carry a wrong CRC or broken data. */
function packageWith(parts: { theme?: RawEntry; extra?: RawEntry[]; main?: RawEntry }): Uint8Array {
  const rels = [{ id: "rIdT", type: "theme", target: "theme/theme1.xml" }];
  return rawZip([
    deflatedEntry("_rels/.rels", relsXml([{ id: "rId1", type: "officeDocument", target: "word/document.xml" }])),
    deflatedEntry("word/_rels/document.xml.rels", relsXml(rels)),
    parts.main ?? deflatedEntry("word/document.xml", documentXml(BODY)),
    parts.theme ?? deflatedEntry("word/theme/theme1.xml", THEME),
    ...(parts.extra ?? []),
  ]);
}

const badCrc = (name: string, xml: string): RawEntry => {
  const entry = deflatedEntry(name, xml);
  return { ...entry, crc: (crc32(Buffer.from(xml)) ^ 0x5a5a) >>> 0 };
};

describe("end-of-central-directory comment length", () => {
  const sound = docxFixture({ body: para("Nội dung báo cáo") });

  test("a sound file reads without warnings", async () => {
    expect((await read(sound)).warnings).toEqual([]);
  });

  test("bytes appended after the record (comment length 0) are read, with a warning", async () => {
    const result = await read(withCommentLength(sound, 0, new Uint8Array(512)));
    expect(paragraphs(result.model).map((p) => p.text)).toEqual(["Nội dung báo cáo"]);
    expect(result.warnings.map((w) => w.code)).toEqual(["reader.zipComment"]);
  });

  test("a comment length longer than the bytes present is read, with a warning", async () => {
    const result = await read(withCommentLength(sound, 300, Buffer.from("cắt ngắn")));
    expect(paragraphs(result.model).map((p) => p.text)).toEqual(["Nội dung báo cáo"]);
    expect(result.warnings.map((w) => w.code)).toEqual(["reader.zipComment"]);
  });

  test("an end signature inside appended junk is not taken for the record", async () => {
    const junk = Buffer.alloc(64);
    junk.writeUInt32LE(0x06054b50, 10);
    const result = await read(withCommentLength(sound, 0, junk));
    expect(result.warnings.map((w) => w.code)).toEqual(["reader.zipComment"]);
  });

  test("the caller's bytes are not modified", async () => {
    const bytes = withCommentLength(sound, 300);
    const before = Buffer.from(bytes);
    await read(bytes);
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });

  test("a file cut inside its central directory is still corrupt", async () => {
    expect(await refusal(sound.slice(0, sound.length - 30))).toBe("docx.corrupt");
  });
});

describe("damaged optional parts", () => {
  test("the theme with a CRC mismatch is skipped: the text is read, theme fonts fall back, a warning names it", async () => {
    const sound = await read(packageWith({}));
    expect(paragraphs(sound.model)[0]?.runs[0]?.font).toBe("Times New Roman");

    const result = await read(packageWith({ theme: badCrc("word/theme/theme1.xml", THEME) }));
    expect(paragraphs(result.model).map((p) => p.text)).toEqual(["Báo cáo kết quả kiểm tra"]);
    expect(paragraphs(result.model)[0]?.runs[0]?.font).toBe("Calibri");
    expect(result.warnings).toEqual([expect.objectContaining({ code: "reader.partSkipped", part: "word/theme/theme1.xml" })]);
    expect(readerWarningText(result.warnings[0]!, "vi")).toMatch(/Bỏ qua phần “word\/theme\/theme1\.xml” bị hỏng/);
    expect(readerWarningText(result.warnings[0]!, "en")).toMatch(/Skipped the damaged part/);
  });

  test.each([
    ["broken deflate data", { name: "word/theme/theme1.xml", data: new Uint8Array([0xff, 0xff, 0xff]), uncompressedSize: 40, crc: 0 }],
    ["malformed XML", deflatedEntry("word/theme/theme1.xml", "<a:theme><a:themeElements></a:theme")],
    ["a part shorter than declared", { ...deflatedEntry("word/theme/theme1.xml", THEME), uncompressedSize: THEME.length + 10 }],
  ])("the theme with %s is skipped", async (_, theme) => {
    const result = await read(packageWith({ theme }));
    expect(result.warnings.map((w) => w.code)).toEqual(["reader.partSkipped"]);
  });

  test.each(["word/fontTable.xml", "word/settings.xml", "word/webSettings.xml", "docProps/core.xml", "docProps/app.xml"])(
    "%s with a CRC mismatch or broken data never stops the read",
    async (name) => {
      const broken = { name: `${name}.bin`, data: new Uint8Array([0xff, 0xfe, 0x00]), uncompressedSize: 99, crc: 1 };
      const result = await read(packageWith({ extra: [badCrc(name, "<x/>"), broken] }));
      expect(paragraphs(result.model).map((p) => p.text)).toEqual(["Báo cáo kết quả kiểm tra"]);
    },
  );

  test("the main document part stays strict", async () => {
    const main = badCrc("word/document.xml", documentXml(BODY));
    expect(await refusal(packageWith({ main }))).toBe("docx.corrupt");
  });

  test("styles stay strict: a damaged styles part is corrupt, not silently dropped", async () => {
    const bytes = docxFixture({ body: BODY, styles: "<w:style" });
    expect(await refusal(bytes)).toBe("docx.corrupt");
  });

  test("hostile content in an optional part is still refused with its own code", async () => {
    const bomb: RawEntry = { name: "word/theme/theme1.xml", data: zerosDeflated(64), uncompressedSize: 64 * 1024 * 1024, crc: 0 };
    expect(await refusal(packageWith({ theme: bomb }))).toBe("docx.zipBomb");
    const doctype = deflatedEntry("word/theme/theme1.xml", '<!DOCTYPE a [<!ENTITY x "y">]><a:theme/>');
    expect(await refusal(packageWith({ theme: doctype }))).toBe("docx.doctype");
  });
});
