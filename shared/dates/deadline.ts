/**
 * Deadlines in free Vietnamese text: an optional cue ("trước ngày", "chậm nhất là", "trong"), then a range or one
 * atom (atoms.ts). The result is the latest instant that satisfies the expression: the end of its last day in
 * Asia/Ho_Chi_Minh. Matching runs on folded text; offsets are mapped back to the caller's string.
 */
import { foldWithMap, type FoldedText } from "../text/fold";
import { ATOM_READERS, readDay, readMonth, type Atom } from "./atoms";
import { MAX_YEAR, MIN_YEAR, compareDates, endOfDayInstant } from "./calendar";
import { notDeadline } from "./date-role";
import { COUNT_NOUN_AFTER, CUE, CUE_FIRST_WORDS, RECURRING_AFTER, SPELLED_COUNTS, isWordStart, originalSpan } from "./lexicon";
import type { CalendarDate, DeadlineKind, DeadlineMatch, ParseOptions } from "./types";

interface Candidate {
  /** Where the date itself starts, after its cue words. */
  body: number;
  end: number;
  kind: DeadlineKind;
  lastDay: CalendarDate;
}

interface Context {
  f: string;
  opts: ParseOptions;
  /** Whole-text mode: the expression must end exactly here (parseDeadline). */
  mustEnd?: number;
}

const RANGE_JOIN = / ?(?:-|den|toi) ?(?:het )?/y;

function sticky(re: RegExp, f: string, i: number): number | null {
  re.lastIndex = i;
  return re.exec(f) ? re.lastIndex : null;
}

/** Nothing before the expression but a list mark ("- ", "a) ", "2. "): a table cell or list item holding only it. */
const LIST_MARK = /^\s*(?:[-+*\u2022]|[a-z0-9]{1,2}[.)])?\s*/;
const LIST_MARK_ONLY = new RegExp(`${LIST_MARK.source}$`);

/** Nothing but spaces and closing punctuation until the end: the expression stands alone. */
function restIsEmpty(f: string, from: number): boolean {
  return /^[\s.;,:)]*$/.test(f.slice(from));
}

/** Year-less forms take the reader's year; everything must land inside 1990–2100. */
function resolve(atom: Atom, opts: ParseOptions, year = atom.year ?? opts.referenceYear): CalendarDate | null {
  if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) return null;
  return atom.lastDayIn(year);
}

/** A day and a month read at one position once: the range and then the atom loop both ask for them. */
class AtomsAt {
  private dayAt: Atom | null | undefined;
  private monthAt: Atom | null | undefined;

  constructor(
    private readonly f: string,
    private readonly i: number,
  ) {}

  day(): Atom | null {
    if (this.dayAt === undefined) this.dayAt = readDay(this.f, this.i);
    return this.dayAt;
  }

  month(): Atom | null {
    if (this.monthAt === undefined) this.monthAt = readMonth(this.f, this.i);
    return this.monthAt;
  }
}

/** "từ ngày 15/10 đến 15/12/2024", "15/10 - 15/12/2024": the end counts; a year written only at the end holds for both. */
function readRange(ctx: Context, i: number, at: AtomsAt): (Candidate & { atom: Atom; cued: boolean }) | null {
  const { f, opts } = ctx;
  // An optional "từ " (a string test: a regex that always matches would allocate a match at every candidate).
  const afterTu = f.startsWith("tu ", i) ? i + 3 : i;
  const first = afterTu === i ? (at.day() ?? at.month()) : (readDay(f, afterTu) ?? readMonth(f, afterTu));
  if (!first) return null;
  const join = sticky(RANGE_JOIN, f, first.end);
  if (join === null || join === first.end) return null;
  const last = readDay(f, join) ?? readMonth(f, join);
  if (!last) return null;
  const lastDay = resolve(last, opts);
  if (!lastDay) return null;
  let from = resolve(first, opts, first.year ?? lastDay.year);
  // "từ 15/12 đến 15/01/2025": a year-less start after the end belongs to the year before.
  if (from && first.year === undefined && compareDates(from, lastDay) > 0) from = resolve(first, opts, lastDay.year - 1);
  if (!from || compareDates(from, lastDay) > 0) return null;
  return { body: i, end: last.end, kind: "range", lastDay, atom: last, cued: afterTu > i };
}

function acceptable(ctx: Context, start: number, end: number, atom: Atom, cued: boolean): boolean {
  const { f, mustEnd } = ctx;
  if (mustEnd !== undefined && end !== mustEnd) return false;
  const after = f.slice(end, end + 40);
  // "06/2024/QĐ-UBND", "15/12/2024/NQ-HĐND", "30/6-": part of a number or code, not a date.
  if (/^[/.-][0-9a-z]/.test(after)) return false;
  if (atom.year === undefined && RECURRING_AFTER.test(after)) return false;
  if (atom.numeric && atom.year === undefined && COUNT_NOUN_AFTER.test(after)) return false;
  const standsAlone = LIST_MARK_ONLY.test(f.slice(0, start)) && restIsEmpty(f, end);
  return !atom.needsCue || cued || standsAlone;
}

/** The deadline starting at folded position i (cue included), or null. */
function matchAt(ctx: Context, i: number): Candidate & { start: number } | null {
  const { f, opts } = ctx;
  // Cue words start with a letter: a number is read as the date itself without running the cue regex.
  const first = f.charCodeAt(i);
  const body = first >= 97 && first <= 122 ? (sticky(CUE, f, i) ?? i) : i;
  const cued = body > i;
  if (!mayOpenAtom(f, body)) return null;
  const at = new AtomsAt(f, body);
  const range = readRange(ctx, body, at);
  if (range && acceptable(ctx, i, range.end, range.atom, cued || range.cued)) return { ...range, start: i };
  for (const read of ATOM_READERS) {
    const atom = read === readDay ? at.day() : read === readMonth ? at.month() : read(f, body);
    if (!atom) continue;
    const lastDay = resolve(atom, opts);
    if (lastDay && acceptable(ctx, i, atom.end, atom, cued)) return { body, end: atom.end, kind: atom.kind, lastDay, start: i };
  }
  return null;
}

/**
 * Whether a date can start at i, by what every atom and range opens with (atoms.ts): a digit, "ngày ", "tháng ",
 * "quý ", "năm", "giai đoạn", "các năm", a spelled count before "tháng", or "từ " before one of these. Most cue
 * words of running text ("trong", "đến", "các") are followed by none of them, and are ruled out here before the
 * readers' regexes run. A superset of what the readers accept, so it never loses a date.
 */
function mayOpenAtom(f: string, i: number): boolean {
  switch (f.charCodeAt(i)) {
    case 110: // n
      return f.startsWith("ngay ", i) || f.startsWith("nam", i);
    case 116: // t
      return f.startsWith("thang ", i) || (f.startsWith("tu ", i) && mayOpenAtom(f, i + 3));
    case 113: // q
      return f.startsWith("quy ", i);
    case 103: // g
      return f.startsWith("giai doan", i);
    case 99: // c
      return f.startsWith("cac nam", i) || f.startsWith("chin thang", i);
    case 98: // b
      return f.startsWith("ba thang", i);
    case 115: // s
      return f.startsWith("sau thang", i);
    default:
      return isDigitCode(f.charCodeAt(i));
  }
}

function toMatch(text: string, folded: FoldedText, c: Candidate & { start: number }): DeadlineMatch {
  const [start, end] = originalSpan(folded, text, c.start, c.end);
  return { start, end, text: text.slice(start, end), kind: c.kind, lastDay: c.lastDay, instant: endOfDayInstant(c.lastDay) };
}

/** Words an expression can start with besides cues and numbers; anything else is skipped without running a regex. */
const FIRST_WORDS = new Set([...CUE_FIRST_WORDS, "tu", "ngay", "thang", "quy", "giai", "nam", "cac", ...Object.keys(SPELLED_COUNTS)]);
/**
 * Their lengths, by first letter, as bits (bit n: some first word of length n, bit 31: of 31 or more): most words of
 * a line are ruled out by one array read before being sliced out for the set.
 */
const FIRST_WORD_LENGTHS = new Int32Array(128);
for (const w of FIRST_WORDS) FIRST_WORD_LENGTHS[w.charCodeAt(0)]! |= 1 << Math.min(w.length, 31);

function isFirstWord(f: string, start: number, end: number): boolean {
  const first = f.charCodeAt(start);
  // Atoms that open with digits ("30/6", "20 tháng 12", "6 tháng đầu năm") take one or two and then a separator or a
  // space: a longer run of word characters ("2024", "3b") opens nothing.
  if (isDigitCode(first)) return end - start === 1 || (end - start === 2 && isDigitCode(f.charCodeAt(start + 1)));
  return (FIRST_WORD_LENGTHS[first]! & (1 << Math.min(end - start, 31))) !== 0 && FIRST_WORDS.has(f.slice(start, end));
}

/**
 * Every concrete deadline in free text, in order, never overlapping. `folded`: the text's folding when the caller
 * already has it (the rules fold each line once and share it). Only word starts are tried, one regex hop each.
 * Dates of cited documents and of things already done are read (so their digits are not read again) but not returned.
 */
export function findDeadlines(text: string, opts: ParseOptions = {}, folded: FoldedText = foldWithMap(text)): DeadlineMatch[] {
  const f = folded.text;
  const ctx: Context = { f, opts };
  const found: DeadlineMatch[] = [];
  // Runs of [a-z0-9] found by char code (a regex exec per word allocated a match per word of every line).
  let at = 0;
  while (at < f.length) {
    const i = nextWordChar(f, at);
    if (i < 0) break;
    let end = i + 1;
    while (end < f.length && isWordCode(f.charCodeAt(end))) end++;
    at = end;
    // After a match the scan resumes at its end, which may fall inside a word: that is no word start.
    if (!isWordStart(f, i)) continue;
    if (!isFirstWord(f, i, end)) continue;
    const c = matchAt(ctx, i);
    if (!c) continue;
    if (!notDeadline(text, folded, c, opts)) found.push(toMatch(text, folded, c));
    at = c.end;
  }
  return found;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigitCode(code);
}

function nextWordChar(f: string, from: number): number {
  for (let i = from; i < f.length; i++) if (isWordCode(f.charCodeAt(i))) return i;
  return -1;
}

/** The whole text read as one deadline expression ("Trước ngày 30/6/2024", "Quý IV"), or null. */
export function parseDeadline(text: string, opts: ParseOptions = {}): DeadlineMatch | null {
  const folded = foldWithMap(text);
  const f = folded.text;
  const mustEnd = f.replace(/[\s.;,:]+$/, "").length;
  const start = f.length - f.trimStart().length;
  // "30.6.2024" starts like the list mark "30." does, so the mark is skipped only when reading from the start fails.
  const afterMark = LIST_MARK.exec(f)?.[0].length ?? start;
  for (const from of new Set([start, afterMark])) {
    const c = from < mustEnd ? matchAt({ f, opts, mustEnd }, from) : null;
    if (c) return toMatch(text, folded, c);
  }
  return null;
}
