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

/** Folding is per character, so a small cache turns it into one lookup for the few hundred letters a text uses. */
const cache = new Map<number, string>();

function foldCode(code: number, c: string): string {
  if (code < 0x80 && code > 0x20) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  let f = cache.get(code);
  if (f === undefined) {
    f = foldChar(c);
    if (cache.size < 4096) cache.set(code, f);
  }
  return f;
}

/** Folds and collapses runs of spaces, keeping a map back to the original offsets. */
export function foldWithMap(s: string): FoldedText {
  const parts: string[] = [];
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i), s.charAt(i));
    for (let j = 0; j < f.length; j++) {
      const ch = f.charAt(j);
      const space = ch === " ";
      if (space && lastSpace) continue;
      lastSpace = space;
      parts.push(ch);
      map.push(i);
    }
  }
  return { text: parts.join(""), map };
}

/** Folded text for comparisons: lower case, no diacritics, đ → d, single spaces, trimmed. */
export function fold(s: string): string {
  return foldWithMap(s).text.trim();
}

/** NFC with canonical spacing: what we store and display. */
export function tidy(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
}
