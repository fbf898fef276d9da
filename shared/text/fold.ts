/**
 * Folding for matching Vietnamese text written by many hands: NFC or NFD, "hòa"/"hoà" tone placement, upper or
 * lower case, non-breaking spaces and dash variants all fold to the same plain ASCII-ish string. Matching on folded
 * text is what makes the rules tolerant; offsets map back to the original through FoldedText.map.
 */
const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/;
const DASHES = /[\u2010-\u2015\u2212]/;

export interface FoldedText {
  text: string;
  /** map[i] = index in the original string of folded character i. */
  map: number[];
}

function foldChar(c: string): string {
  if (SPACES.test(c)) return " ";
  if (DASHES.test(c)) return "-";
  if (c === "đ" || c === "Đ") return "d";
  if (c === "\u2026") return "...";
  return c.normalize("NFD").replace(COMBINING, "").toLowerCase();
}

/** Folds and collapses runs of spaces, keeping a map back to the original offsets. */
export function foldWithMap(s: string): FoldedText {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldChar(s.charAt(i));
    for (const ch of f) {
      if (ch === " " && text.endsWith(" ")) continue;
      text += ch;
      map.push(i);
    }
  }
  return { text, map };
}

/** Folded text for comparisons: lower case, no diacritics, đ → d, single spaces, trimmed. */
export function fold(s: string): string {
  return foldWithMap(s).text.trim();
}

/** NFC with canonical spacing: what we store and display. */
export function tidy(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
}
