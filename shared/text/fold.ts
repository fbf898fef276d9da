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

function foldCode(code: number): string {
  let f = cache.get(code);
  if (f === undefined) {
    f = foldChar(String.fromCharCode(code));
    if (cache.size < 4096) cache.set(code, f);
  }
  return f;
}

const SPACE = 32;

/** ASCII folds without a lookup: whitespace → space, A–Z → a–z, the rest unchanged. */
function foldAscii(code: number): number {
  if ((code >= 9 && code <= 13) || code === SPACE) return SPACE;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Folds and collapses runs of spaces, keeping a map back to the original offsets. Hot: every line of every report
 * is folded, so it works on char codes and builds the string once at the end.
 */
export function foldWithMap(s: string): FoldedText {
  const codes: number[] = [];
  const map: number[] = [];
  let lastSpace = false;
  const emit = (c: number, i: number) => {
    const space = c === SPACE;
    if (space && lastSpace) return;
    lastSpace = space;
    codes.push(c);
    map.push(i);
  };
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      emit(foldAscii(code), i);
      continue;
    }
    const f = foldCode(code);
    for (let j = 0; j < f.length; j++) emit(f.charCodeAt(j), i);
  }
  let text = "";
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
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
