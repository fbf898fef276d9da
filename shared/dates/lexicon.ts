/**
 * Words the date parsers match, written in folded form (shared/text/fold: lower case, no diacritics, đ → d, single
 * spaces, dashes → "-"). Folding loses tones, so words whose meaning hangs on a tone ("ngay" now vs "ngày" day) are
 * checked again against the original with wordKey().
 */
import type { FoldedText } from "../text/fold";

/** Words that announce a deadline in front of a date: "trước ngày", "chậm nhất là", "thời hạn:", "đến hết". */
const CUE_WORDS = [
  "thoi han hoan thanh",
  "thoi gian hoan thanh",
  "thoi gian thuc hien",
  "thoi gian",
  "du kien",
  "tu nay den het",
  "tu nay den",
  "thoi han",
  "han chot",
  "han cuoi",
  "tien do",
  "cham nhat",
  "muon nhat",
  "hoan thanh",
  "ket thuc",
  "den het",
  "xong",
  "truoc",
  "den",
  "toi",
  "trong",
  "vao",
  "cuoi",
  "het",
  "han",
  // News style ("Sáng 17/4", "Chiều 13-3"): a time of day in front makes a bare day/month a date.
  "sang",
  "chieu",
  "trua",
];

/** First words of the cue phrases: a cheap test before any regex runs at a position. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(CUE_WORDS.map((w) => w.split(" ")[0] ?? w));

/** One or more cue words, each optionally followed by ":" or "là", ending before the date itself. */
export const CUE = new RegExp(`(?:(?:${CUE_WORDS.join("|")})(?: ?:)?(?: la)? )+`, "y");

/**
 * Nouns that follow a count or a ratio: "08/12 phòng", "12/15 đơn vị", "10/12 xã". A bare day/month followed by one
 * of them is a count, not a date.
 */
const COUNT_NOUNS = [
  "don vi",
  "co quan",
  "phong",
  "ban",
  "nganh",
  "so",
  "xa",
  "phuong",
  "thi tran",
  "huyen",
  "thon",
  "to dan pho",
  "dia phuong",
  "truong",
  "ho so",
  "thu tuc",
  "tthc",
  "van ban",
  "bao cao",
  "ke hoach",
  "de an",
  "du an",
  "cong trinh",
  "cuoc",
  "lan",
  "trang",
  "nguoi",
  "can bo",
  "cong chuc",
  "vien chuc",
  "doanh nghiep",
  "chi tieu",
  "tieu chi",
  "nhiem vu",
  "kien nghi",
  "noi dung",
  "linh vuc",
];
export const COUNT_NOUN_AFTER = new RegExp(`^ ?(?:%|phan tram\\b|(?:${COUNT_NOUNS.join("|")})\\b)`);

/** "hằng năm", "hàng tháng", "mỗi quý" right after a day: the date recurs, it is not one deadline. */
export const RECURRING_AFTER = /^ ?,? ?(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\b/;

/** Roman or Arabic quarter numbers: longest first so "iii" is not read as "i". */
export const QUARTER_NUMERAL = "(?:iv|iii|ii|i|[1-4])";
export function quarterNumber(s: string): number {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  return roman[s] ?? Number(s);
}

/** Month counts spelled out in "sáu tháng đầu năm". */
export const SPELLED_COUNTS: Record<string, number> = { ba: 3, sau: 6, chin: 9 };

/** Folded word characters: a–z and 0–9 (folding has already lower-cased and stripped marks). */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The folded word (letters and digits) starting at i. */
export function wordAt(f: string, i: number): string {
  let j = i;
  while (isWordChar(f[j])) j++;
  return f.slice(i, j);
}

/** A folded position where a word starts (start of text, or after a non-word character). */
export function isWordStart(f: string, i: number): boolean {
  // By char code: this runs at every word of every line the deadline scan reads.
  return isWordCode(f.charCodeAt(i)) && !isWordCode(f.charCodeAt(i - 1));
}

/** isWordChar for a char code (NaN, outside the string, is no word character). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Maps a folded span back to the original string. Folding drops combining marks, so the end is pushed past any
 * marks that belong to the last character of an NFD original.
 */
export function originalSpan(folded: FoldedText, original: string, start: number, end: number): [number, number] {
  const s = folded.map[start] ?? original.length;
  let e = end > start ? (folded.map[end - 1] ?? original.length - 1) + 1 : s;
  while (e < original.length && /[\u0300-\u036f]/.test(original.charAt(e))) e++;
  return [s, e];
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's identity with its tone but without where the tone mark sits: "hoà" and "hòa" agree, "ngay" and "ngày" do
 * not. Base letters keep their shape marks (â, ă, ơ, ư, ê, ô) so "mỗi" and "mới" differ too.
 */
export function wordKey(w: string): string {
  const nfd = w.normalize("NFD").toLowerCase();
  const tone = (nfd.match(TONES) ?? []).join("");
  return `${nfd.replace(TONES, "").normalize("NFC")}|${tone}`;
}
