import fc from "fast-check";
import type { Block, DocumentModel, Paragraph } from "../../../shared/model/document";
import { FindingSchema } from "../../../shared/model/findings";
import { analyseReport, checkDocument, RULE_SEVERITY } from "../../../shared/rules";
import { campaign, goodParts, toNfd } from "./builder";
import { bareTemplate, districtReport } from "./reports";

/** Lines of real reports and templates, so random documents look like reports often enough to reach every rule. */
function realLines(): string[] {
  const texts: string[] = [];
  const collect = (blocks: Block[]) =>
    blocks.forEach((bl) => (bl.type === "paragraph" ? texts.push(bl.text) : bl.rows.forEach((r) => r.cells.forEach((c) => c.paragraphs.forEach((p) => texts.push(p.text))))));
  collect(Object.values(goodParts()).flat());
  collect(districtReport().blocks);
  collect(bareTemplate().blocks);
  return texts;
}

const LINES = realLines();
const CHARS = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯIVX0123456789 ,.;:/%-–()[]…_\t\n\u0301\u0303\u0309xàảãáạ"];
const text = fc.oneof(
  fc.constantFrom(...LINES),
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 60 }),
  fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...LINES)).map(([x, y]) => `${x}\t\t${y}`),
);
const paragraph: fc.Arbitrary<Paragraph> = fc
  .record({
    text,
    bold: fc.boolean(),
    sizePt: fc.option(fc.constantFrom(11, 12, 13, 14, 16), { nil: undefined }),
    font: fc.option(fc.constantFrom("Times New Roman", "Arial"), { nil: undefined }),
    headingLevel: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    listLabel: fc.option(fc.constantFrom("I.", "II.", "III.", "1.", "a)", "-", "•"), { nil: undefined }),
  })
  .map(({ text: t, bold, sizePt, font, headingLevel, listLabel }) => {
    const p: Paragraph = { type: "paragraph", text: t, runs: [{ text: t, bold, sizePt, font }] };
    if (headingLevel !== undefined) p.headingLevel = headingLevel;
    if (listLabel !== undefined) p.listLabel = listLabel;
    return p;
  });
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.array(fc.array(paragraph, { maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map((rows): Block => ({ type: "table", rows: rows.map((cells) => ({ cells: cells.map((paragraphs) => ({ paragraphs })) })) })),
  },
);
const documentArb: fc.Arbitrary<DocumentModel> = fc.record({
  blocks: fc.array(block, { maxLength: 40 }),
  page: fc.option(
    fc.record({
      widthTwips: fc.integer({ min: 0, max: 20000 }),
      heightTwips: fc.integer({ min: 0, max: 20000 }),
      margins: fc.record({ top: fc.nat(3000), bottom: fc.nat(3000), left: fc.nat(3000), right: fc.nat(3000) }),
    }),
    { nil: undefined },
  ),
});

function locationExists(d: DocumentModel, l: NonNullable<ReturnType<typeof checkDocument>[number]["location"]>): boolean {
  const b = d.blocks[l.block];
  if (!b) return false;
  let p: Paragraph | undefined = b.type === "paragraph" ? b : undefined;
  if (b.type === "table") p = b.rows[l.row ?? -1]?.cells[l.cell ?? -1]?.paragraphs[l.paragraph ?? -1];
  if (!p) return false;
  return (l.start ?? 0) <= (l.end ?? p.text.length) && (l.end ?? 0) <= p.text.length;
}

describe("the engine on arbitrary documents", () => {
  it("never throws and returns well-formed findings that point into the document", () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const findings = checkDocument(d, campaign);
        for (const f of findings) {
          FindingSchema.parse(f);
          expect(RULE_SEVERITY[f.code as keyof typeof RULE_SEVERITY]).toBe(f.severity);
          if (f.location) expect(locationExists(d, f.location)).toBe(true);
        }
        const firstFormat = findings.findIndex((f) => f.section === "format");
        if (firstFormat >= 0) expect(findings.slice(firstFormat).every((f) => f.section === "format")).toBe(true);
        for (const m of analyseReport(d, campaign).missingSections) {
          if (m.beforeBlock !== undefined) expect(m.beforeBlock).toBeLessThan(d.blocks.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("judges decomposed (NFD) text exactly like precomposed text", () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const nfc = checkDocument(d, campaign).map((f) => f.code);
        expect(checkDocument(toNfd(d), campaign).map((f) => f.code)).toEqual(nfc);
      }),
      { numRuns: 100 },
    );
  });
});
