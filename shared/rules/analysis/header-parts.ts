import type { Outline } from "../../campaign/schema";
import { findDateLine, type DateLine } from "../../dates";
import type { Line } from "./lines";
import { segmentsOf, type Segment } from "./segments";
import { compact, wordCount } from "../text";

export interface NumberPart extends Segment {
  /** What follows "Số:", NFC, trimmed: "45/BC-STP", "…/BC-STP". */
  value: string;
  /** No number written yet ("Số: …/BC-STP", "Số:   /BC-"). */
  blank: boolean;
  /** "<digits>/<typeCode>-<CODE>" exactly, as Decree 30 writes it. */
  standard: boolean;
}

export interface DatePart extends Segment {
  found: DateLine;
}

export interface HeaderParts {
  parent?: Segment;
  agency?: Segment;
  agencyPlaceholder: boolean;
  number?: NumberPart;
  national?: Segment;
  motto?: Segment;
  dateLine?: DatePart;
}

const NATIONAL = compact("Cộng hòa xã hội chủ nghĩa Việt Nam");
const MOTTO = compact("Độc lập - Tự do - Hạnh phúc");
/**
 * The unit's part of a number: official codes are mixed case and come from the unit registry ("TTr", "SNgV",
 * "BCĐ389", "UBND", "STNMT", "CCHC&PC"), so it opens with a capital or a digit and goes on with letters of either case.
 */
export const UNIT_CODE = "[\\p{Lu}\\d][\\p{L}\\d&.]*(?:-[\\p{Lu}\\d][\\p{L}\\d&.]*)*";
/** "Số:" or "Số" directly followed by the number or template dots; "Số lượng…" is not a number line. */
const NUMBER_LINE = /^s[ốỐ]\s*(?::|(?=[\d._…/]))\s*(.*)$/iu;

/** Reads the parts of the header area (the lines above the title). */
export function readHeader(lines: readonly Line[], outline: Outline): HeaderParts {
  const parts: HeaderParts = { agencyPlaceholder: false };
  const others: Segment[] = [];
  for (const line of lines) {
    const date = parts.dateLine ? null : findDateLine(line.text);
    if (date) {
      parts.dateLine = { line, start: date.start, end: date.end, text: line.text.slice(date.start, date.end), found: date };
    }
    for (const seg of segmentsOf(line)) {
      if (date && seg.start < date.end && seg.end > date.start) continue;
      const c = compact(seg.text);
      if (c.includes(NATIONAL)) parts.national ??= seg;
      if (c.includes(MOTTO)) parts.motto ??= seg;
      if (c.includes(NATIONAL) || c.includes(MOTTO)) continue;
      const number = readNumber(seg, outline.typeCode);
      if (number) {
        parts.number ??= number;
        continue;
      }
      if (/\p{L}.*\p{L}/u.test(seg.text)) others.push(seg);
    }
  }
  pickAgency(parts, others, outline.agencyPlaceholder);
  return parts;
}

function readNumber(seg: Segment, typeCode: string): NumberPart | undefined {
  const m = NUMBER_LINE.exec(seg.text.normalize("NFC"));
  if (!m) return undefined;
  const value = (m[1] ?? "").trim().replace(/[.;,]+$/u, "");
  const standard = new RegExp(`^\\d+/${escapeRegExp(typeCode)}-${UNIT_CODE}$`, "u").test(value);
  return { ...seg, value, blank: !/^\d/.test(value), standard };
}

/**
 * The unit's name is the last name-like line before "Số:" (a parent body may stand above it); with no number line,
 * the last such line in the header's first column.
 */
function pickAgency(parts: HeaderParts, others: Segment[], placeholder: string) {
  const before = parts.number ? others.filter((s) => s.line.index < parts.number!.line.index) : others;
  const firstColumn = before.filter((s) => (s.line.cellPos?.cell ?? 0) === 0 && !isNote(s) && wordCount(s.text) <= 15);
  const agency = firstColumn.at(-1);
  if (!agency) return;
  parts.agency = agency;
  parts.parent = firstColumn.at(-2);
  const p = compact(placeholder);
  const c = compact(agency.text);
  parts.agencyPlaceholder = c.includes(p) || c.includes(compact("Tên cơ quan"));
}

/** "(Kèm theo …)" style notes are not names. */
function isNote(s: Segment): boolean {
  return s.text.startsWith("(");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
