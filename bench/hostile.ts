/**
 * How long the reader takes to refuse hostile input, against reading a genuine 10-page report in the same process.
 * These were wall-clock bounds in the tests (< 0.5–2 s); `npm test` now asserts the work done instead (the bytes
 * actually inflated, see test/support/inflate-meter), and the time is reported here as a ratio. Refusing an attack
 * should cost about what reading a short report costs: the inputs are the ones test/docx/read uses.
 */
import { zipSync } from "fflate";
import { readDocx } from "../docx/read";
import { zipBombDocx } from "../test/docx/read/helpers/bomb";
import { docxFixture, documentXml, relsXml, zipFiles } from "../test/docx/read/helpers/docx-fixture";
import { generateReport } from "./report-gen";
import type { BenchRow } from "./result";
import { median, round, timeRuns } from "./stats";

const RUNS = 11;

function mainPart(xml: string): Uint8Array {
  return zipFiles({
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels": relsXml([{ id: "rId1", type: "officeDocument", target: "word/document.xml" }]),
    "word/document.xml": xml,
  });
}

function attacks(): [string, Uint8Array, string][] {
  const entries: Record<string, Uint8Array> = {};
  for (let i = 0; i < 2001; i++) entries[`junk/${i}.xml`] = new Uint8Array(0);
  const depth = 100_000;
  const lol = Array.from({ length: 10 }, (_, i) => (i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`)).join("");
  return [
    ["1 GiB zip bomb, honest header", zipBombDocx("word/document.xml", 1024 ** 3), "docx.zipBomb"],
    ["1 GiB zip bomb, lying header (2 KiB)", zipBombDocx("word/document.xml", 2048), "docx.zipBomb"],
    ["2,001 empty entries", zipSync(entries), "docx.tooManyEntries"],
    ["1,000,000 empty paragraphs (6 MB of XML)", docxFixture({ body: "<w:p/>".repeat(1_000_000) }), "docx.tooLarge"],
    ["XML nested 100,000 deep", mainPart(documentXml("<w:sdt>".repeat(depth) + "</w:sdt>".repeat(depth))), "docx.xmlTooDeep"],
    ["billion laughs DOCTYPE", mainPart(`<?xml version="1.0"?><!DOCTYPE w:document [${lol}]>${documentXml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>").replace(/^<\?xml[^>]*>/, "")}`), "docx.doctype"],
  ];
}

export async function benchHostile(): Promise<BenchRow[]> {
  const report = generateReport(10);
  const baseline = median(await timeRuns(() => readDocx(report), RUNS));
  const rows: BenchRow[] = [];
  for (const [name, bytes, code] of attacks()) {
    const outcome = await readDocx(bytes);
    const refused = outcome.ok ? "read (not refused!)" : outcome.error.code;
    const ms = median(await timeRuns(() => readDocx(bytes), RUNS));
    rows.push({
      bench: "hostile .docx refused",
      case: `${name} (${Math.round(bytes.length / 1024)} KB)`,
      ours: `${refused} in ${round(ms, 2)} ms`,
      baseline: `reading a 10-page report: ${round(baseline, 1)} ms`,
      ratio: round(ms / baseline, 2),
      target: `refused as ${code}`,
      met: refused === code,
    });
  }
  return rows;
}
