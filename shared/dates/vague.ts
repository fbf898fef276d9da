/**
 * Vague or recurring time words that a remedy may offer instead of a deadline: "thường xuyên", "ngay",
 * "trong thời gian tới", "định kỳ hằng quý", "trước ngày 20 tháng 12 hằng năm". They are matched on folded text and
 * then checked against the original's diacritics, because folding makes "ngay" (at once) equal to "ngày" (day).
 */
import { fold, foldWithMap } from "../text/fold";
import { isWordChar, isWordStart, originalSpan, wordAt, wordKey } from "./lexicon";
import type { VagueMatch } from "./types";

/** "a/b c" → [["a", "b"], ["c"]]: spellings per word. */
function slotsOf(phrase: string): string[][] {
  return phrase.split(" ").map((w) => w.split("/"));
}

/** "hằng năm", "hàng tháng", "mỗi quý": a recurrence, never one date. */
const EVERY = "hằng/hàng/mỗi ngày/tuần/tháng/quý/năm";

/** Words separated by spaces; "a/b" offers spellings for one word. */
const PHRASES = [
  "thường xuyên",
  "liên tục",
  "kịp thời",
  "ngay",
  "ngay lập tức",
  "lập tức",
  "sớm",
  "sớm nhất",
  "càng sớm càng tốt",
  "trong thời gian sớm nhất",
  "thời gian tới",
  "trong thời gian tới",
  "sắp tới",
  "thời gian sắp tới",
  "trong thời gian sắp tới",
  "thời gian tiếp theo",
  "trong thời gian tiếp theo",
  "lâu dài",
  "trước mắt",
  "từng bước",
  "khi có yêu cầu",
  "định kỳ/kì",
  `định kỳ/kì ${EVERY}`,
  EVERY,
];
const LEAD_WORDS = ["truoc", "cham nhat", "muon nhat", "den", "han", "vao", "la"];
const LEAD = `(?:(?:${LEAD_WORDS.join("|")}) )*`;

/**
 * Day-of-period forms: "trước ngày 20 tháng 12 hằng năm", "ngày 25 hằng tháng", "chậm nhất là ngày 20 của tháng
 * cuối kỳ". The trailing words named in `tail` are checked for diacritics.
 */
const PATTERNS: { re: RegExp; tail?: string[][] }[] = [
  {
    re: new RegExp(`${LEAD}(?:ngay )?\\d{1,2}(?: ?\\/ ?\\d{1,2}| thang \\d{1,2})? ?,? (?:hang|moi) (?:ngay|tuan|thang|quy|nam)`, "y"),
    tail: slotsOf(EVERY),
  },
  { re: new RegExp(`${LEAD}ngay \\d{1,2} (?:cua )?(?:thang|quy) (?:cuoi|dau) (?:ky|ki|quy|nam)`, "y") },
];

interface Phrase {
  re: RegExp;
  slots: string[][];
}

function compile(phrase: string): Phrase {
  const slots = slotsOf(phrase);
  const source = slots.map((alts) => `(?:${alts.map((a) => fold(a)).join("|")})`).join(" ");
  return { re: new RegExp(source, "y"), slots };
}

const COMPILED = PHRASES.map(compile);

/** Words a vague expression can start with (numbers aside): other positions are skipped without running a regex. */
const FIRST_WORDS = new Set([
  ...COMPILED.flatMap((p) => (p.slots[0] ?? []).map((w) => fold(w).split(" ")[0] ?? "")),
  ...LEAD_WORDS.map((w) => w.split(" ")[0] ?? w),
  "ngay",
]);

/** The original words carry exactly the diacritics of one accepted spelling per slot. */
function wordsFit(original: string, slots: string[][]): boolean {
  const words = original.split(/[\s\u200b]+/).filter(Boolean);
  if (words.length < slots.length) return false;
  const tail = words.slice(words.length - slots.length);
  return slots.every((alts, k) => alts.some((a) => wordKey(a) === wordKey(tail[k] ?? "")));
}

function longestAt(text: string, folded: ReturnType<typeof foldWithMap>, i: number): [number, number] | null {
  const f = folded.text;
  let best: [number, number] | null = null;
  const consider = (end: number, slots?: string[][]) => {
    if (isWordChar(f[end]) || (best && best[1] >= end)) return;
    const [s, e] = originalSpan(folded, text, i, end);
    if (slots && !wordsFit(text.slice(s, e), slots)) return;
    // Unaccented "ngay 30/6" is "ngày", whatever the typist dropped.
    if (/^ ?\d/.test(f.slice(end)) && f.slice(i, end) === "ngay") return;
    best = [i, end];
  };
  for (const p of COMPILED) {
    p.re.lastIndex = i;
    if (p.re.exec(f)) consider(p.re.lastIndex, p.slots);
  }
  for (const p of PATTERNS) {
    p.re.lastIndex = i;
    if (p.re.exec(f)) consider(p.re.lastIndex, p.tail);
  }
  return best;
}

/** Vague or recurring time expressions, in order, never overlapping. Word-bounded: "ngay" never matches "ngày". */
export function findVagueDeadlines(text: string): VagueMatch[] {
  const folded = foldWithMap(text);
  const found: VagueMatch[] = [];
  for (let i = 0; i < folded.text.length; i++) {
    if (!isWordStart(folded.text, i)) continue;
    const word = wordAt(folded.text, i);
    if (!FIRST_WORDS.has(word) && !/^\d/.test(word)) continue;
    const hit = longestAt(text, folded, i);
    if (!hit) continue;
    const [start, end] = originalSpan(folded, text, hit[0], hit[1]);
    found.push({ start, end, text: text.slice(start, end) });
    i = hit[1] - 1;
  }
  return found;
}
