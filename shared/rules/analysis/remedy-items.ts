import { findDeadlines, parseDeadline, type DeadlineMatch, type ParseOptions } from "../../dates";
import { isHeadingLike } from "./headings";
import type { Line } from "./lines";
import { numberingOf } from "./numbering";
import { hasPhrase } from "../text";

/** One remedy as the text lays it out: a list item or a table row (structured), or a paragraph of prose. */
export interface RemedyUnit {
  /** The item's line (or first line), where findings point. */
  head: Line;
  /** Its own text: the item and its continuation lines, or the row's cells. */
  lines: Line[];
  structured: boolean;
  /** A deadline stated by the group it belongs to ("Đến hết Quý III/2024, hoàn thành các việc sau:"). */
  inherited: boolean;
}

export interface RemedyLayout {
  units: RemedyUnit[];
  /** Concrete deadlines per line index; deadline-column cells also read as "tháng 9/2024" when written "9/2024". */
  deadlines: Map<number, DeadlineMatch[]>;
}

/** Column headers that mark a remedies table's deadline column. */
const DEADLINE_HEADERS = ["thoi han", "thoi gian hoan thanh", "han hoan thanh", "thoi gian thuc hien", "tien do"];
/** An item's own line that only states the previous item's deadline ("- Thời hạn: Quý III/2024"). */
const DEADLINE_LEADS = ["thoi han", "han hoan thanh", "thoi gian hoan thanh"];
/** Enough of a line's words to tell whether it starts with a lead. */
const LEAD_CHARS = Math.max(...DEADLINE_LEADS.map((d) => d.length));

export function layoutRemedies(lines: readonly Line[], opts: ParseOptions): RemedyLayout {
  const deadlines = new Map<number, DeadlineMatch[]>();
  const deadlineColumns = tableDeadlineColumns(lines);
  for (const line of lines) {
    const col = deadlineColumns.get(line.block);
    const pos = line.cellPos;
    const inColumn = col !== undefined && pos !== undefined && pos.cell === col.cell && pos.row > col.row;
    const found = inColumn ? cellDeadlines(line, opts) : findDeadlines(line.text, opts, line.folded);
    if (found.length > 0) deadlines.set(line.index, found);
  }
  const has = (l: Line) => deadlines.has(l.index);
  const units = [...listUnits(lines, has), ...rowUnits(lines, deadlineColumns, has)];
  return { units: units.sort((x, y) => x.head.index - y.head.index), deadlines };
}

interface DeadlineColumn {
  /** Header row and column of the deadline column. */
  row: number;
  cell: number;
  /** Cells in the header row. */
  cells: number;
}

/** Does any of these lines head a table's deadline column ("Thời hạn khắc phục")? */
export function hasDeadlineColumn(lines: readonly Line[]): boolean {
  return tableDeadlineColumns(lines).size > 0;
}

/** For each table (by block) with a deadline column: that column and its header row. */
function tableDeadlineColumns(lines: readonly Line[]): Map<number, DeadlineColumn> {
  const out = new Map<number, DeadlineColumn>();
  for (const line of lines) {
    if (!line.cellPos || out.has(line.block)) continue;
    if (line.words.split(" ").length <= 8 && DEADLINE_HEADERS.some((h) => hasPhrase(line.words, h))) {
      out.set(line.block, { row: line.cellPos.row, cell: line.cellPos.cell, cells: line.cellPos.cells });
    }
  }
  return out;
}

/**
 * A deadline cell often reads "9/2024" or "Quý III": parse those as a month / quarter. The column is the cue: a date
 * in it is a deadline even when it lies before the report's date (remedies.deadlinePast says so).
 */
function cellDeadlines(line: Line, opts: ParseOptions): DeadlineMatch[] {
  const { text } = line;
  const found = findDeadlines(text, { referenceYear: opts.referenceYear }, line.folded);
  if (found.length > 0) return found;
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  const month = m ? parseDeadline(`tháng ${m[1]}/${m[2]}`, opts) : null;
  return month ? [{ ...month, start: 0, end: text.length, text }] : [];
}

/**
 * Table rows under a deadline column's header. A row whose text sits in one merged or emphasised cell is a group
 * row ("1. Lĩnh vực TTHC"), not a remedy; a row with only its remedy filled in is a remedy missing its deadline.
 */
function rowUnits(lines: readonly Line[], cols: Map<number, DeadlineColumn>, has: (l: Line) => boolean): RemedyUnit[] {
  const rows = new Map<string, Line[]>();
  for (const line of lines) {
    const col = cols.get(line.block);
    if (!line.cellPos || !col || line.cellPos.row <= col.row) continue;
    const k = `${line.block}:${line.cellPos.row}`;
    const row = rows.get(k);
    if (row) row.push(line);
    else rows.set(k, [line]);
  }
  const out: RemedyUnit[] = [];
  let group: { block: number; deadline: boolean } | undefined;
  for (const row of rows.values()) {
    const first = row.find((l) => !l.isEmpty);
    if (!first) continue;
    const pos = first.cellPos;
    const header = cols.get(first.block);
    const merged = pos !== undefined && header !== undefined && pos.cells < header.cells;
    if (pos && pos.filledCells <= 1 && (merged || first.format.bold || first.format.caps)) {
      group = { block: first.block, deadline: row.some(has) };
      continue;
    }
    out.push({ head: first, lines: row, structured: true, inherited: group?.block === first.block && group.deadline });
  }
  return out;
}

/**
 * Paragraph layout: numbered or bulleted lines are items, a short emphasised line or one ending in ":" opens a
 * group, and plain paragraphs continue the item above (or stand alone as prose before any item).
 */
function listUnits(lines: readonly Line[], has: (l: Line) => boolean): RemedyUnit[] {
  const out: RemedyUnit[] = [];
  let current: RemedyUnit | undefined;
  let groupDeadline = false;
  for (const line of lines) {
    if (line.inTable || line.isEmpty) continue;
    const { numbering, restOffset } = numberingOf(line.text, line.para.listLabel);
    const opensGroup = isHeadingLike(line) || /:\s*$/.test(line.text);
    if (opensGroup) {
      groupDeadline = has(line);
      current = undefined;
      continue;
    }
    if (numbering && numbering.kind !== "roman") {
      const rest = current ? line.wordsFrom(restOffset, LEAD_CHARS) : "";
      if (current && DEADLINE_LEADS.some((d) => rest.startsWith(d))) current.lines.push(line);
      else out.push((current = { head: line, lines: [line], structured: true, inherited: groupDeadline }));
      continue;
    }
    if (current) current.lines.push(line);
    else out.push({ head: line, lines: [line], structured: false, inherited: groupDeadline });
  }
  return out;
}
