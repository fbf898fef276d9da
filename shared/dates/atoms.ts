/**
 * The building blocks of a deadline, each read at one position of folded text: a day, a month, a quarter, a run of
 * months of a year ("6 tháng đầu năm"), a span of years, a year. Cue words and ranges are combined in deadline.ts.
 */
import { MAX_YEAR, MIN_YEAR, isRealDate, lastDayOfMonth } from "./calendar";
import { QUARTER_NUMERAL, SPELLED_COUNTS, isWordChar, quarterNumber } from "./lexicon";
import type { CalendarDate, DeadlineKind } from "./types";

export interface Atom {
  /** Folded offset just past the atom. */
  end: number;
  kind: DeadlineKind;
  /** The year as written, if any. */
  year?: number;
  /** Last day of the period in a given year; null when that year makes it impossible (29/2 in 2023). */
  lastDayIn(year: number): CalendarDate | null;
  /** Only meaningful after a cue word or standing alone ("30/6" could be a ratio, "năm 2024" a mere label). */
  needsCue: boolean;
  /** Bare digits with a slash or dash: a count noun after it makes it a ratio ("08/12 phòng"). */
  numeric: boolean;
}

type AtomReader = (f: string, i: number) => Atom | null;

function sticky(re: RegExp, f: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(f);
}

/** The atom must end at a word boundary: "quý IV" but not "quý Ixx", "30/6" but not "30/61". */
function ended(f: string, end: number): boolean {
  return !isWordChar(f[end]);
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const yearOf = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const plausibleYear = (y: number | undefined) => y === undefined || (y >= MIN_YEAR && y <= MAX_YEAR);

function dayIn(day: number, month: number) {
  return (year: number): CalendarDate | null => {
    const d = { year, month, day };
    return isRealDate(d) ? d : null;
  };
}

const NGAY = /ngay /y;
const NUMERIC_DAY = /(\d{1,2})( ?\/ ?|-|\.)(\d{1,2})/y;
const YEAR_AFTER: Record<string, RegExp> = { "/": / ?\/ ?(\d{4})/y, "-": /-(\d{4})/y, ".": /\.(\d{4})/y };
const WORDED_DAY = /(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?/y;

/** "30/6/2024", "30-6-2024", "30.6.2024", "30/6", "ngày 15/12/2024", "ngày 20 tháng 12 năm 2024", "20 tháng 12". */
export const readDay: AtomReader = (f, i) => {
  const ngay = sticky(NGAY, f, i);
  const j = ngay ? NGAY.lastIndex : i;
  // Both forms open with a digit: most positions are ruled out before any more regex runs.
  if (!isDigit(f.charCodeAt(j))) return null;
  if (j > 0 && /[0-9/.]/.test(f.charAt(j - 1))) return null;
  const worded = sticky(WORDED_DAY, f, j);
  if (worded) {
    const end = WORDED_DAY.lastIndex;
    const year = yearOf(worded[3]);
    if (!ended(f, end) || !plausibleYear(year)) return null;
    const lastDayIn = dayIn(Number(worded[1]), Number(worded[2]));
    return { end, kind: "day", year, lastDayIn, needsCue: false, numeric: false };
  }
  const m = sticky(NUMERIC_DAY, f, j);
  if (!m) return null;
  const sep = (m[2] ?? "").trim();
  let end = NUMERIC_DAY.lastIndex;
  const y = sticky(YEAR_AFTER[sep] ?? YEAR_AFTER["/"]!, f, end);
  // A dotted pair without a year is a decimal or a section number ("12.5", "2.3"), never a date.
  if (!y && sep === ".") return null;
  if (y) end = y.index + y[0].length;
  const year = yearOf(y?.[1]);
  if (!ended(f, end) || !plausibleYear(year)) return null;
  const lastDayIn = dayIn(Number(m[1]), Number(m[3]));
  return { end, kind: "day", year, lastDayIn, needsCue: !ngay && year === undefined, numeric: !ngay };
};

const MONTH = /thang (\d{1,2})(?: ?\/ ?(\d{4})|-(\d{4})|,? nam (\d{4}))?/y;

/** "tháng 9/2024", "tháng 01/2025", "tháng 9 năm 2024", "tháng 9" → its last day. */
export const readMonth: AtomReader = (f, i) => {
  const m = sticky(MONTH, f, i);
  if (!m || !ended(f, MONTH.lastIndex)) return null;
  const month = Number(m[1]);
  const year = yearOf(m[2] ?? m[3] ?? m[4]);
  if (month < 1 || month > 12 || !plausibleYear(year)) return null;
  const lastDayIn = (y: number) => lastDayOfMonth(y, month);
  return { end: MONTH.lastIndex, kind: "month", year, lastDayIn, needsCue: year === undefined, numeric: false };
};

const QUARTER = new RegExp(
  `quy (${QUARTER_NUMERAL})((?:(?: ?, ?| va | ?- ?| den )(?:quy )?${QUARTER_NUMERAL}\\b)*)` +
    `(?: ?\\/ ?(\\d{4})|-(\\d{4})|,? nam (\\d{4}))?`,
  "y",
);

/** "Quý III/2024", "quý 3 năm 2024", "Quý IV", "quý I, II năm 2024" (the last one listed counts). */
export const readQuarter: AtomReader = (f, i) => {
  const m = sticky(QUARTER, f, i);
  if (!m || !ended(f, QUARTER.lastIndex)) return null;
  const listed = (m[2] ?? "").match(new RegExp(`${QUARTER_NUMERAL}\\b`, "g")) ?? [];
  const quarter = quarterNumber(listed[listed.length - 1] ?? m[1] ?? "");
  const year = yearOf(m[3] ?? m[4] ?? m[5]);
  if (!plausibleYear(year)) return null;
  const lastDayIn = (y: number) => lastDayOfMonth(y, quarter * 3);
  return { end: QUARTER.lastIndex, kind: "quarter", year, lastDayIn, needsCue: year === undefined, numeric: false };
};

const MONTHS_OF_YEAR = /(\d{1,2}|ba|sau|chin) thang (?:(dau|cuoi) )?nam(?: (\d{4}))?/y;

/**
 * "6 tháng đầu năm 2024" → 30/6, "9 tháng đầu năm" → 30/9, "6 tháng cuối năm 2024" → 31/12, and the report-title
 * form "6 tháng năm 2024" (the first six months). A bare "N tháng" is a duration and is not read here.
 */
export const readMonthsOfYear: AtomReader = (f, i) => {
  const m = sticky(MONTHS_OF_YEAR, f, i);
  if (!m || !ended(f, MONTHS_OF_YEAR.lastIndex)) return null;
  const count = SPELLED_COUNTS[m[1] ?? ""] ?? Number(m[1]);
  const year = yearOf(m[3]);
  if (count < 1 || count > 12 || !plausibleYear(year) || (m[2] === undefined && year === undefined)) return null;
  const lastMonth = m[2] === "cuoi" ? 12 : count;
  const lastDayIn = (y: number) => lastDayOfMonth(y, lastMonth);
  return { end: MONTHS_OF_YEAR.lastIndex, kind: "half", year, lastDayIn, needsCue: year === undefined, numeric: false };
};

const YEAR_SPAN = /(giai doan|nam|cac nam)(?: tu)?(?: nam)? (\d{4}) ?(?:-|den|toi) ?(?:nam )?(\d{4})/y;

/** "giai đoạn 2022 - 2025" → 31/12/2025 (a named period stands on its own); "năm 2024 - 2025" needs a cue. */
export const readYearSpan: AtomReader = (f, i) => {
  const m = sticky(YEAR_SPAN, f, i);
  if (!m || !ended(f, YEAR_SPAN.lastIndex)) return null;
  const from = Number(m[2]);
  const year = Number(m[3]);
  if (!plausibleYear(from) || !plausibleYear(year) || from > year) return null;
  const lastDayIn = () => lastDayOfMonth(year, 12);
  return { end: YEAR_SPAN.lastIndex, kind: "range", year, lastDayIn, needsCue: m[1] !== "giai doan", numeric: false };
};

const YEAR = /nam (?:(\d{4})|(nay))/y;

/**
 * "năm 2024" → 31/12/2024; "năm nay" and "(đến) cuối năm", "hết năm" → the reader's year. So common as a label
 * ("Kế hoạch CCHC năm 2024") that it needs a cue.
 */
export const readYear: AtomReader = (f, i) => {
  // Every form starts with "nam": anything else is ruled out before the look-behind is sliced and tested.
  if (!f.startsWith("nam", i)) return null;
  const m = sticky(YEAR, f, i);
  const before = f.slice(Math.max(0, i - 11), i);
  // "6 tháng cuối năm" without a year is a period of an unknown year, not the end of the reader's year.
  const endOfYear = /(?:cuoi|het) $/.test(before) && !/thang cuoi $/.test(before);
  const end = m ? YEAR.lastIndex : i + 3;
  if (!(m || (endOfYear && f.startsWith("nam", i))) || !ended(f, end)) return null;
  const year = yearOf(m?.[1]);
  if (!plausibleYear(year)) return null;
  const lastDayIn = (y: number) => lastDayOfMonth(y, 12);
  return { end, kind: "year", year, lastDayIn, needsCue: true, numeric: false };
};

/** Tried in this order at each position: the first whose whole expression validates wins. */
export const ATOM_READERS: readonly AtomReader[] = [readDay, readMonth, readQuarter, readMonthsOfYear, readYearSpan, readYear];
