import type { DeadlineMatch, ParseOptions } from "../dates";
import type { Line } from "../rules/analysis/lines";
import { layoutRemedies, type RemedyUnit } from "../rules/analysis/remedy-items";
import { clip, hasPhrase } from "../rules/text";
import { ownText } from "./text";
import type { FieldMatcher } from "./fields";
import type { Remedy } from "./schema";

const TEXT_MAX = 300;
/** A remedies table's column that holds the remedy itself ("Giải pháp khắc phục"). */
const REMEDY_HEADERS = ["giai phap", "bien phap", "nhiem vu", "noi dung khac phuc"];

/**
 * §III's remedies, laid out by the rule engine (remedy-items.ts: list items, table rows, prose) with the deadlines
 * it found. A report that fills a remedies table states its remedies there (the list above it usually repeats
 * them), so table rows win over list items, and list items over prose.
 */
export function readRemedies(lines: readonly Line[], opts: ParseOptions, fieldsOf: FieldMatcher): Remedy[] {
  const { units, deadlines } = layoutRemedies(lines, opts);
  const rows = units.filter((u) => u.structured && u.head.inTable);
  const items = units.filter((u) => u.structured && !u.head.inTable);
  const chosen = rows.length > 0 ? rows : items.length > 0 ? items : units;
  const remedyColumns = remedyColumnByTable(lines);
  const inUnits = new Set(units.flatMap((u) => u.lines.map((l) => l.index)));
  return chosen.map((u) => {
    const own = latest(u.lines.flatMap((l) => deadlines.get(l.index) ?? []));
    const deadline = own ?? (u.inherited ? groupDeadline(lines, u, deadlines, inUnits) : undefined);
    const fields = fieldsOf(u.lines.map((l) => l.text).join(" "));
    const remedy: Remedy = { text: clip(remedyText(u, remedyColumns.get(u.head.block)), TEXT_MAX) };
    if (deadline) {
      remedy.deadlineAt = deadline.instant;
      remedy.deadlineText = deadline.text;
    }
    if (fields[0] !== undefined) remedy.field = fields[0];
    return remedy;
  });
}

function latest(found: readonly DeadlineMatch[]): DeadlineMatch | undefined {
  return found.reduce<DeadlineMatch | undefined>((best, d) => (!best || d.instant > best.instant ? d : best), undefined);
}

/** "Đến hết Quý III/2024, hoàn thành các việc sau:": the nearest line above the item, outside any item, with a deadline. */
function groupDeadline(
  lines: readonly Line[],
  u: RemedyUnit,
  deadlines: Map<number, DeadlineMatch[]>,
  inUnits: ReadonlySet<number>,
): DeadlineMatch | undefined {
  for (let i = lines.findIndex((l) => l.index === u.head.index) - 1; i >= 0; i--) {
    if (inUnits.has(lines[i]!.index)) continue;
    const found = deadlines.get(lines[i]!.index);
    if (found) return latest(found);
  }
  return undefined;
}

/** Per table (block): the column whose header names the remedy. */
function remedyColumnByTable(lines: readonly Line[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const l of lines) {
    if (!l.cellPos || out.has(l.block)) continue;
    if (l.words.split(" ").length <= 6 && REMEDY_HEADERS.some((h) => hasPhrase(l.words, h))) out.set(l.block, l.cellPos.cell);
  }
  return out;
}

/** A table row's remedy cell when the table has one; otherwise the item's own text, continuation lines included. */
function remedyText(u: RemedyUnit, column: number | undefined): string {
  const cell = column === undefined ? [] : u.lines.filter((l) => l.cellPos?.cell === column && !l.isEmpty);
  const parts = cell.length > 0 ? cell : u.lines.filter((l) => !l.isEmpty);
  return parts.map(ownText).join(" ");
}
