/**
 * The Decree 30 place-and-date line under the national motto: "Hà Tĩnh, ngày 05 tháng 01 năm 2024". Templates leave
 * it blank ("ngày ... tháng ... năm 2024", "ngày    tháng    năm"), people write "ngày 5 tháng 1" or "ngày 28/6/2024",
 * forget the comma, or paste decomposed Unicode. The same words inside a sentence ("Kế hoạch số 12/KH-UBND ngày 05
 * tháng 01 năm 2024 của …") are a citation, not the date line: the line must hold only a place and the date.
 */
import { foldWithMap, tidy, type FoldedText } from "../text/fold";
import { isPlausibleDate } from "./calendar";
import { isWordStart, originalSpan } from "./lexicon";
import type { CalendarDate, DateLine } from "./types";

/** A slot the writer filled with a number, or left as dots, underscores or spaces. */
const SLOT = "(\\d{1,2}|[._][._ ]*)?";
const YEAR_SLOT = "(\\d{4}|\\d{0,3}[._][._ \\d]*)?";
const WORDED = new RegExp(`ngay ?${SLOT} ?thang ?${SLOT} ?nam ?${YEAR_SLOT}`, "y");
const NUMERIC = /ngay ?(\d{1,2}|[._]+) ?[/.-] ?(\d{1,2}|[._]+) ?[/.-] ?(\d{4}|\d{0,3}[._]+)/y;

/** A place name: a few words, no digits ("Hà Tĩnh", "TP. Hà Tĩnh", "Can Lộc", "Thành phố Hà Tĩnh"). */
const PLACE = /^[a-z][a-z .'-]*$/;
const MAX_PLACE_WORDS = 6;

/** Line breaks, Word's vertical tab (soft break) and tabs between header columns all end a line. */
const LINE_BREAK = /[\n\r\u000b\t\u2028\u2029]/;

function slotNumber(s: string | undefined): number | null {
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : null;
}

/** Every way the text at i reads as a date: dots can pass for numeric separators ("ngày ..... tháng"), so both forms are tried. */
function readDatesAt(f: string, i: number): { end: number; parts: (string | undefined)[] }[] {
  const hits: { end: number; parts: (string | undefined)[] }[] = [];
  for (const re of [NUMERIC, WORDED]) {
    re.lastIndex = i;
    const m = re.exec(f);
    if (m) hits.push({ end: re.lastIndex, parts: [m[1], m[2], m[3]] });
  }
  return hits;
}

/** Folding turns line breaks into spaces, so the original decides where the line around folded position i ends. */
function lineBounds(folded: FoldedText, text: string, i: number): [number, number] {
  const breaks = (k: number) => LINE_BREAK.test(text.charAt(folded.map[k] ?? -1));
  let s = i;
  while (s > 0 && !breaks(s - 1)) s--;
  let e = i;
  while (e < folded.text.length && !breaks(e)) e++;
  return [s, e];
}

/** The first place-and-date line in the text, or null. */
export function findDateLine(text: string): DateLine | null {
  const folded = foldWithMap(text);
  const f = folded.text;
  for (let i = f.indexOf("ngay"); i >= 0; i = f.indexOf("ngay", i + 1)) {
    if (!isWordStart(f, i)) continue;
    const [lineStart, lineEnd] = lineBounds(folded, text, i);
    const hit = readDatesAt(f, i).find((h) => /^[\s.,;)]*$/.test(f.slice(h.end, lineEnd)));
    if (!hit) continue;
    const prefix = f.slice(lineStart, i).replace(/[\s,]+$/, "").trimStart();
    if (prefix && (!PLACE.test(prefix) || prefix.split(" ").length > MAX_PLACE_WORDS)) continue;
    const placeStart = prefix ? f.indexOf(prefix, lineStart) : i;
    const [start, end] = originalSpan(folded, text, placeStart, hit.end);
    const dateStart = originalSpan(folded, text, i, hit.end)[0];
    const [day, month, year] = hit.parts.map(slotNumber);
    const blank = hit.parts.some((p) => slotNumber(p) === null);
    const candidate: CalendarDate | null = day && month && year ? { year, month, day } : null;
    const date = candidate && isPlausibleDate(candidate) ? candidate : undefined;
    const line: DateLine = { start, end, blank, valid: date !== undefined };
    if (prefix) line.place = tidy(text.slice(start, dateStart).replace(/[\s,]+$/u, ""));
    if (date) line.date = date;
    return line;
  }
  return null;
}
