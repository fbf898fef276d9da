import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import type { Analysis } from "../analysis/structure";
import { firstFigure, inspectedUnitCounts, namesUnits, speaksOfInspection } from "../analysis/counts";
import { at, finding, say } from "../finding";
import { isHeadingLike } from "../analysis/headings";
import { numberingOf } from "../analysis/numbering";
import type { Line } from "../analysis/lines";
import { headingOf, judgedLines } from "../analysis/section-content";
import { clip } from "../text";

/**
 * results.count: section I must state how many (or what share of) units were inspected or self-inspected. A number
 * counts when it is tied to units and to inspecting (counts.ts); the inspecting may be said by the sentence itself,
 * by a lead-in ("Kết quả kiểm tra cụ thể như sau:"), a sub-heading or the section heading ("KẾT QUẢ KIỂM TRA, TỰ KIỂM
 * TRA"), or a table's header row or caption. When §I has numbers about other things only, the message quotes one, so
 * the clerk sees why "100% TTHC được công khai" is not enough.
 */
export function resultsRule(ctx: RuleContext): Finding[] {
  const { analysis: a } = ctx;
  const lines = judgedLines(a, "I");
  const heading = headingOf(a, "I");
  if (lines.length === 0 || inspectedStatement(a)) return [];
  const other = numberAboutSomethingElse(lines);
  const text = other
    ? say("results.count/other", { section: "I", text: other })
    : say("results.count", { section: "I" });
  const where = heading ?? lines[0];
  return [finding("results.count", text, { section: "I", ...(where ? at(where) : {}) })];
}

/**
 * Where the report states how many units it inspected, as the rule engine reads it: the sentence, or a results
 * table's row with each value behind its column header ("Số lượng: 08/12"), or a table listing the inspected units
 * (`listedUnits` rows). The province's summary reads its figure from here (shared/summary/inspected.ts).
 */
export interface InspectedStatement {
  text: string;
  listedUnits?: number;
}

export function inspectedStatement(a: Analysis): InspectedStatement | undefined {
  const found = statesInspectedUnits(judgedLines(a, "I"), headingOf(a, "I"));
  if (found) return found;
  // "Thực hiện Kế hoạch …, Sở đã kiểm tra 08/12 phòng, báo cáo như sau:": the count said once, in the introduction.
  const preamble = a.lines.slice(a.preamble.from, a.preamble.to).filter((l) => !a.placeholders.has(l.index));
  return statesInspectedUnits(preamble, undefined);
}

function statesInspectedUnits(lines: readonly Line[], heading: Line | undefined): InspectedStatement | undefined {
  const inSection = heading !== undefined && speaksOfInspection(heading.text);
  // A ratio of units is a coverage figure: a section that speaks of inspecting anywhere ties it.
  const ratios = inSection || lines.some((l) => speaksOfInspection(l.text));
  let sub = false;
  let lead = false;
  let previous: Line | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const item = numberingOf(line.text, line.para.listLabel).numbering !== undefined;
    // A lead-in ("Kết quả kiểm tra như sau:") speaks for the list items and tables under it, not for the prose after.
    if (!item && !line.cellPos) lead = false;
    const context = inSection || sub || lead;
    if (line.cellPos) {
      let j = i;
      while (lines[j + 1]?.block === line.block) j++;
      const caption = previous !== undefined && speaksOfInspection(previous.text);
      const stated = tableStates(lines.slice(i, j + 1), context || caption, ratios);
      if (stated) return stated;
      i = j;
      continue;
    }
    if (inspectedUnitCounts(line.text, context, ratios).length > 0) return { text: line.text };
    if (isHeadingLike(line)) {
      sub = speaksOfInspection(line.text);
      lead = false;
    } else if (/:\s*$/.test(line.text)) lead = speaksOfInspection(line.text);
    previous = line;
  }
  return undefined;
}

/**
 * A table states the count when a row does, each value read with its column's header ("Số đơn vị được kiểm tra:
 * 05"), or when its header names the inspected units and rows list them ("STT | Đơn vị được kiểm tra | Thời gian").
 */
function tableStates(cells: readonly Line[], context: boolean, ratios: boolean): InspectedStatement | undefined {
  const rows = new Map<number, Line[]>();
  for (const c of cells) {
    const r = c.cellPos!.row;
    const row = rows.get(r);
    if (row) row.push(c);
    else rows.set(r, [c]);
  }
  const [headerRow = [], ...body] = [...rows.entries()].sort((x, y) => x[0] - y[0]).map(([, r]) => r);
  const headerText = headerRow.map((l) => l.text).join(" | ");
  const inspected = context || speaksOfInspection(headerText);
  const headerOf = (cell: number) => headerRow.filter((l) => l.cellPos!.cell === cell).map((l) => l.text).join(" ");
  for (const row of body) {
    const text = row.map((l) => (l.isEmpty ? "" : `${headerOf(l.cellPos!.cell)}: ${l.text}`)).join(" | ");
    if (inspectedUnitCounts(text, inspected, ratios).length > 0) return { text };
  }
  const listsUnits = speaksOfInspection(headerText) && namesUnits(headerText);
  const listed = body.filter((row) => row.some((l) => !l.isEmpty)).length;
  return listsUnits && listed > 0 ? { text: headerText, listedUnits: listed } : undefined;
}

/** A sentence of §I with a number that is not a count of inspected units, to quote. */
function numberAboutSomethingElse(lines: readonly Line[]): string | undefined {
  for (const line of lines) {
    if (line.isEmpty || !firstFigure(line.text)) continue;
    const sentence = line.text.split(/[;.](?=\s|$)/).find((s) => firstFigure(s)) ?? line.text;
    return clip(sentence.replace(/^\s*(?:[-+*•]|\d{1,2}[.)]|[a-zđ][.)])\s*/u, ""), 70);
  }
  return undefined;
}
