/**
 * Dates in running text that are not deadlines, although they read like one: the date of a cited document
 * ("Quyết định số 54/2019/QĐ-UBND ngày 27/9/2019", "theo Công văn số 123/SNV-CCHC của Sở Nội vụ ngày 05/3/2024") and
 * the date of something already done ("Ngày 15/3/2024, Sở đã tổ chức…", "đã hoàn thành ngày 20/5/2024"). A deadline
 * is a date tied to finishing something: a cue word in front ("trước ngày", "chậm nhất", "hoàn thành trong", "thời
 * hạn", "đến ngày"), or the deadline column of a table, or a date after the report's own.
 */
import type { FoldedText } from "../text/fold";
import { compareDates } from "./calendar";
import { originalSpan, wordKey } from "./lexicon";
import type { CalendarDate } from "./types";

export type NotDeadline = "citation" | "event";

/** Document types cited with a number and a date. */
const DOC_TYPES = [
  "quyet dinh", "ke hoach", "cong van", "van ban", "thong tu lien tich", "thong tu", "nghi dinh", "nghi quyet", "chi thi",
  "thong bao", "huong dan", "bao cao", "to trinh", "chuong trinh", "de an", "bo luat", "luat", "phap lenh", "quy dinh",
  "quy che", "bien ban", "ket luan", "cong dien", "giay moi",
].join("|");
/** The types also cited by name alone ("Quyết định ngày …", "Luật Tổ chức chính quyền địa phương ngày …"). */
const NAMED_TYPES = "quyet dinh|nghi dinh|thong tu|nghi quyet|chi thi|cong van|ke hoach|quy dinh|bo luat|luat|phap lenh";
/** A document's number and code as folded: "54/2019/qd-ubnd", "123/snv-cchc&pc", "15/kh-ubnd". */
const CODE = "\\d{1,5}(?: ?\\/ ?\\d{4})? ?\\/ ?[a-z][a-z0-9&.]*(?:-[a-z0-9&.]+)*";
/** "của UBND tỉnh", "do Sở Nội vụ": the issuer between the number and the date. */
const ISSUER = "(?: (?:cua|do) [a-z0-9 ,&.-]{1,60}?)?";

/** Folded text right before an uncued date that makes it the date of a cited document or of its signing. */
const CITED_BEFORE = new RegExp(
  `(?:(?:^|[^a-z0-9])(?:(?:${DOC_TYPES})(?: so)?(?: ?:)? ?${CODE}|so ?${CODE}|${CODE})${ISSUER}` +
    `|(?:^|[^a-z0-9])(?:${NAMED_TYPES})(?: [a-z]+){0,10}?${ISSUER}` +
    `|(?:^|[^a-z0-9])(?:ban hanh|duoc ky|hieu luc(?: thi hanh)?(?: ke)?(?: tu)?))` +
    `,? (?:(?:duoc )?(?:ban hanh|ky) )?$`,
);

/** Cue words that tie the date to finishing something; the others ("vào", "trong", "đến", "từ", "sáng") only place it in time. */
const STRONG_CUE = /\b(?:truoc|cham nhat|muon nhat|han|thoi han|han chot|han cuoi|hoan thanh|xong|ket thuc|tien do|du kien|thoi gian|het|cuoi)\b/;

/** Sentence ends: ";", "!", "?", a line break, or a full stop followed by a space or the end (not "30.6.2024"). */
const SENTENCE_END = /[;!?\n]|\.(?= |$)/g;

export interface DateInText {
  /** Folded offsets: the whole expression (cue included), and where the date itself starts after its cue. */
  start: number;
  body: number;
  end: number;
  lastDay: CalendarDate;
}

export interface RoleOptions {
  /** The report's own date: a date after it was not done yet, an uncued date on or before it is an event recounted. */
  reportDate?: CalendarDate;
}

/** Why the date is not a deadline, or null when it may be one. */
export function notDeadline(text: string, folded: FoldedText, d: DateInText, opts: RoleOptions): NotDeadline | null {
  const f = folded.text;
  const cue = f.slice(d.start, d.body);
  const strong = STRONG_CUE.test(cue);
  if (!cue.trim() && CITED_BEFORE.test(clauseBefore(f, d.start))) return "citation";
  const after = opts.reportDate ? compareDates(d.lastDay, opts.reportDate) : undefined;
  if (after !== undefined && after > 0) return null;
  if (after !== undefined && !strong) return "event";
  const [from, to] = sentenceAround(f, d.start, d.end);
  const before = wordsOf(text, folded, from, d.start);
  // "đã hoàn thành trước ngày …", "đã được kiểm tra ngày …": the cue itself is in the past; and a date gone by the
  // report's day in a sentence told in the past ("Đơn vị đã hoàn thành việc rà soát trước ngày 30/4/2024").
  if (before.slice(-2).some(isDa) || (after !== undefined && before.some(isDa) && !looksAhead(before))) return "event";
  if (strong && !opensSentence(f, from, d.start)) return null;
  // "Ngày 15/3/2024, Sở đã tổ chức …", "Sở đã tổ chức hội nghị vào ngày 15/3/2024"; but "Những hạn chế đã nêu sẽ
  // được khắc phục trong Quý III/2024" looks ahead.
  const sentence = [...before, ...wordsOf(text, folded, d.end, to)];
  return sentence.some(isDa) && !looksAhead(sentence) ? "event" : null;
}

function clauseBefore(f: string, start: number): string {
  const from = Math.max(0, start - 160);
  const head = f.slice(from, start);
  const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf("\n"), head.lastIndexOf("("));
  return head.slice(cut + 1);
}

function sentenceAround(f: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = f.length;
  for (const m of f.matchAll(SENTENCE_END)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** Nothing but a list mark before the date in its sentence: "Ngày 15/3/2024, …", "- Đến hết ngày 15/6/2024, …". */
function opensSentence(f: string, from: number, start: number): boolean {
  return /^\s*(?:[-+*\u2022]|[a-z0-9]{1,2}[.)])?\s*$/.test(f.slice(from, start));
}

/** The original words of a folded span, so tone marks can tell "đã" (already) from "đa" (multi-). */
function wordsOf(text: string, folded: FoldedText, from: number, to: number): string[] {
  if (to <= from) return [];
  const [s, e] = originalSpan(folded, text, from, to);
  return text.slice(s, e).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

const DA = wordKey("đã");
const isDa = (w: string) => wordKey(w) === DA;
/** Words that put a sentence in the future whatever else it says. */
const FUTURE = ["sẽ", "dự kiến", "phấn đấu"].map((p) => p.split(" ").map(wordKey));

function looksAhead(ws: readonly string[]): boolean {
  const keys = ws.map(wordKey);
  return keys.some((_, i) => FUTURE.some((p) => p.every((k, n) => keys[i + n] === k)));
}
