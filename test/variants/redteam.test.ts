/**
 * The red-team set (redteam.ts): reports written apart from the catalogue, in other offices' words and layouts, from
 * the 2024 registry and the two-tier [DEMO] campaign's units. Each is rendered to .docx by the project's writer, read
 * back by readDocx, reshaped where the report is about what Word does to text (numbering from Word's lists, pasted
 * NFD), and judged by checkDocument. Same assertions as variants.test.ts: the verdict, the required and forbidden
 * codes, and a located excerpt for every finding.
 *
 * Adding a report: append {id, description, spec, expect} to a round in redteam.ts (spec() fills the header, title
 * and footer from the unit's registry entry; `demo`, `numbered`, `mixedNfd`, `headerRows`, `replace` and `appendix`
 * reshape it). A wrong verdict found this way is fixed in the rules in general terms and the report stays here.
 */
import { HA_TINH_2024 } from "../../shared/campaign/ha-tinh-2024";
import { makeDemoCampaign } from "../../shared/campaign/demo";
import type { Block, DocumentModel, Paragraph } from "../../shared/model/document";
import type { Finding } from "../../shared/model/findings";
import { FONT } from "../../shared/outline/format";
import type { OutlineBlock } from "../../shared/outline/types";
import { checkDocument } from "../../shared/rules";
import { readDocx } from "../../docx/read";
import { writeDocx } from "../../docx/write";
import { listing, unlocated, verdictProblems } from "./verdict";
import { bodyBlock, buildReport } from "./build";
import { REDTEAM, type RedTeamReport } from "./redteam";

// A fixed "today" inside the demo's second half of 2026: the demo campaign is built from it, not from the clock.
const DEMO = makeDemoCampaign({ year: 2026, month: 11, day: 10 });

const HEADING_LABEL = /^([IVX]+\.)\s+/u;
const ANY_LABEL = /^([IVX]+\.|\d+\.|[a-zđ]\)|[-+])\s+/u;

/** What Word's numbering looks like to the reader: the label apart from the text. */
function asListItem(p: Paragraph, label: RegExp): Paragraph {
  const m = label.exec(p.text);
  if (!m || p.listLabel !== undefined) return p;
  const cut = m[0].length;
  const [first, ...rest] = p.runs;
  const runs = first && first.text.length >= cut ? [{ ...first, text: first.text.slice(cut) }, ...rest] : p.runs;
  return { ...p, text: p.text.slice(cut), runs, listLabel: m[1]! };
}

function nfd(p: Paragraph): Paragraph {
  return { ...p, text: p.text.normalize("NFD"), runs: p.runs.map((r) => ({ ...r, text: r.text.normalize("NFD") })) };
}

function edited(p: Paragraph, edits: readonly [string, string][]): Paragraph {
  const edit = (t: string) => edits.reduce((acc, [from, to]) => acc.split(from).join(to), t);
  return { ...p, text: edit(p.text), runs: p.runs.map((r) => ({ ...r, text: edit(r.text) })) };
}

function reshape(r: RedTeamReport, model: DocumentModel): DocumentModel {
  const label = r.numbered === "all" ? ANY_LABEL : r.numbered === "headings" ? HEADING_LABEL : undefined;
  const edits = r.replace ?? [];
  const blocks = model.blocks.map((b0, i): Block => {
    const b: Block =
      edits.length === 0
        ? b0
        : b0.type === "paragraph"
          ? edited(b0, edits)
          : { ...b0, rows: b0.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map((p) => edited(p, edits)) })) })) };
    if (b.type !== "paragraph") return b;
    let p = label ? asListItem(b, label) : b;
    if (r.mixedNfd && i % 2 === 1) p = nfd(p);
    return p;
  });
  return { ...model, blocks };
}

/** A one-row, two-cell layout table as a table of rows, each holding one line of each column. */
function oneLinePerRow(block: OutlineBlock): OutlineBlock {
  if (block.kind !== "table" || block.rows.length !== 1) return block;
  const [left, right] = block.rows[0]!.cells.map((c) => c.paragraphs);
  const n = Math.max(left?.length ?? 0, right?.length ?? 0);
  const rows = Array.from({ length: n }, (_, i) => ({ cells: [{ paragraphs: left?.[i] ? [left[i]!] : [] }, { paragraphs: right?.[i] ? [right[i]!] : [] }] }));
  return { ...block, rows };
}

const judged = new Map<string, Promise<{ doc: DocumentModel; findings: Finding[] }>>();

function judge(r: RedTeamReport): Promise<{ doc: DocumentModel; findings: Finding[] }> {
  let result = judged.get(r.id);
  if (!result) {
    const outline = buildReport(r.spec);
    if (r.headerRows) outline.blocks[0] = oneLinePerRow(outline.blocks[0]!);
    outline.blocks.push(...(r.appendix ?? []).map((b) => bodyBlock(b, FONT)));
    result = readDocx(writeDocx(outline)).then((read) => {
      if (!read.ok) throw new Error(`${r.id}: the reader refused the document (${read.error.code})`);
      const doc = reshape(r, read.model);
      return { doc, findings: checkDocument(doc, r.demo ? DEMO : HA_TINH_2024) };
    });
    judged.set(r.id, result);
  }
  return result;
}


describe("the red-team set", () => {
  it("has at least 40 reports with unique ids, at least half correct, from every kind of unit and the demo campaign", () => {
    expect(REDTEAM.length).toBeGreaterThanOrEqual(40);
    expect(new Set(REDTEAM.map((r) => r.id)).size).toBe(REDTEAM.length);
    expect(REDTEAM.filter((r) => r.expect.ok).length * 2).toBeGreaterThanOrEqual(REDTEAM.length);
    expect(REDTEAM.filter((r) => r.demo).length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(REDTEAM.map((r) => [r.id, r] as const))("%s", (_id, r) => {
  it(`${r.description}: ${r.expect.ok ? "no error" : "an error"}, the expected codes`, async () => {
    const { findings } = await judge(r);
    const problems = verdictProblems(r.expect, findings);
    expect({ problems, findings: problems.length > 0 ? listing(findings) : [] }).toEqual({ problems: [], findings: [] });
  });

  it("locates every finding with an excerpt the clerk can find", async () => {
    const { doc, findings } = await judge(r);
    expect(unlocated(doc, findings)).toEqual([]);
  });
});
