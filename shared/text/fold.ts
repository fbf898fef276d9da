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
  map: ArrayLike<number>;
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

/**
 * The same folding as numbers, for the code units that fold to one unit or to nothing (nearly all): 0 not known yet,
 * folded unit + 1, EMPTY (a combining mark), or MULTI (look in `cache`: "…" → "...").
 */
const ONE = new Int32Array(0x10000);
const EMPTY = -1;
const MULTI = -2;

function foldUnit(code: number): number {
  const f = foldCode(code);
  const known = f.length === 0 ? EMPTY : f.length === 1 ? f.charCodeAt(0) + 1 : MULTI;
  ONE[code] = known;
  return known;
}

const SPACE = 32;

/** ASCII folds without a lookup: whitespace → space, A–Z → a–z, the rest unchanged. */
function foldAscii(code: number): number {
  if ((code >= 9 && code <= 13) || code === SPACE) return SPACE;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Folded code units of the text being folded, and their offsets; reused (folding never calls back out). */
let units = new Uint16Array(4096);
let offsets = new Int32Array(4096);
/** The same units as bytes while they are all ASCII (Vietnamese folds to ASCII): see unitsText. */
let bytes = new Uint8Array(4096);
/** Whether the last fold's units are all below 0x80, so `bytes` holds them exactly. */
let ascii = true;
/** Whether the last fold dropped or expanded a unit: if not, folded unit i came from original unit i. */
let shifted = false;
/** 0, 1, 2, …: the map of every fold that shifted nothing (nearly every NFC line), shared instead of built. */
let identity = new Int32Array(0);

function identityMap(n: number): Int32Array {
  if (identity.length < n) identity = Int32Array.from({ length: Math.max(n, 2 * identity.length) }, (_, i) => i);
  return identity.subarray(0, n);
}

function grow(size: number): void {
  units = new Uint16Array(size);
  offsets = new Int32Array(size);
  bytes = new Uint8Array(size);
}

/**
 * TextDecoder is a web standard (every browser, Node, Deno), not a Node API, but ES2022 does not declare it; it turns
 * ASCII bytes into a string ~5× faster than String.fromCharCode.apply over a typed array, and every line is folded.
 */
interface Decoder {
  decode(input: Uint8Array): string;
}
const DecoderClass = (globalThis as { TextDecoder?: new () => Decoder }).TextDecoder;
const decoder: Decoder | undefined = DecoderClass ? new DecoderClass() : undefined;

/**
 * Folds and collapses runs of spaces into `units` (and each unit's original offset into `offsets` when `withMap`);
 * returns how many units. Hot: every line of every report is folded, so it works on char codes alone.
 */
function foldUnits(s: string, withMap: boolean): number {
  // "…" → "..." is the longest expansion.
  if (units.length < s.length * 3) grow(s.length * 3);
  const out = units;
  const out8 = bytes;
  let high = 0;
  let n = 0;
  let lastSpace = false;
  shifted = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let c: number;
    if (code < 0x80) {
      c = foldAscii(code);
    } else {
      let known = ONE[code]!;
      if (known === 0) known = foldUnit(code);
      if (known === EMPTY) {
        shifted = true;
        continue;
      }
      if (known === MULTI) {
        shifted = true;
        const f = foldCode(code);
        for (let j = 0; j < f.length; j++) {
          const fc = f.charCodeAt(j);
          const space = fc === SPACE;
          if (space && lastSpace) continue;
          lastSpace = space;
          if (withMap) offsets[n] = i;
          high |= fc;
          out8[n] = fc;
          out[n++] = fc;
        }
        continue;
      }
      c = known - 1;
    }
    const space = c === SPACE;
    if (space && lastSpace) {
      shifted = true;
      continue;
    }
    lastSpace = space;
    if (withMap) offsets[n] = i;
    high |= c;
    out8[n] = c;
    out[n++] = c;
  }
  ascii = high < 0x80;
  return n;
}

function unitsText(from: number, to: number): string {
  if (ascii && decoder) return decoder.decode(bytes.subarray(from, to));
  let text = "";
  for (let k = from; k < to; k += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(to, k + 8192)) as unknown as number[]);
  }
  return text;
}

/** Folds and collapses runs of spaces, keeping a map back to the original offsets. */
export function foldWithMap(s: string): FoldedText {
  const n = foldUnits(s, true);
  return { text: unitsText(0, n), map: shifted ? offsets.slice(0, n) : identityMap(n) };
}

/** A line's folding as the rules share it: also its words (wordsOfFolded of its text). */
export interface FoldedLine extends FoldedText {
  readonly words: string;
}

/**
 * The same folding, its map built only if read (and never when the fold moved nothing: the map is then 0, 1, 2…): most lines are matched on their folded text alone, and a map per
 * character of every line is most of what the rules would otherwise allocate. The words are taken from the folded
 * units still in hand (nearly every line's words are asked for), not by reading the folded string again.
 */
export function foldLazily(s: string): FoldedLine {
  const n = foldUnits(s, false);
  const text = unitsText(0, n);
  const aligned = !shifted;
  return new LazyFold(s, text, wordsOfUnits(n), aligned ? n : -1);
}

/** foldLazily's answer: a class, not a literal with a getter, so a line's fold is one small object and no closure. */
class LazyFold implements FoldedLine {
  private mapCache: ArrayLike<number> | undefined;

  constructor(
    private readonly original: string,
    readonly text: string,
    readonly words: string,
    /** The folded length when folding moved nothing (the map is then 0, 1, 2…), else -1. */
    private readonly alignedLength: number,
  ) {}

  get map(): ArrayLike<number> {
    this.mapCache ??=
      this.alignedLength >= 0 ? identityMap(this.alignedLength) : offsets.slice(0, foldUnits(this.original, true));
    return this.mapCache;
  }
}

/**
 * Folded text (from `from` on) reduced to its words: runs of anything but a–z and 0–9 become one space, trimmed —
 * `f.slice(from).replace(/[^a-z0-9]+/g, " ").trim()` without a regex pass and its per-match garbage. With `limit`,
 * only about that many characters of it (enough for a startsWith test).
 */
export function wordsOfFolded(f: string, from = 0, limit = Infinity): string {
  if (units.length < f.length) grow(f.length * 3);
  const out = bytes;
  let state = 0;
  for (let i = from; i < f.length && state >> 1 < limit; i++) state = wordUnit(out, f.charCodeAt(i), state);
  return asciiText(state >> 1);
}

/** wordsOfFolded of the folded units [0, n) still in `units`: the same reduction, written into `bytes`. */
function wordsOfUnits(n: number): string {
  const from = units;
  const out = bytes;
  let state = 0;
  for (let i = 0; i < n; i++) state = wordUnit(out, from[i]!, state);
  return asciiText(state >> 1);
}

/**
 * One step of the words reduction: unit `c` onto `out` (`bytes`). The state is the length written so far, shifted
 * left, with bit 0 set when a non-word unit has come since the last word unit (one number the loops keep in a register).
 */
function wordUnit(out: Uint8Array, c: number, state: number): number {
  let k = state >> 1;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
    if (state & 1 && k > 0) out[k++] = SPACE;
    out[k++] = c;
    return k << 1;
  }
  return state | 1;
}

/** `bytes` [0, k), all a–z, 0–9 and spaces, as a string. */
function asciiText(k: number): string {
  ascii = true;
  if (decoder) return decoder.decode(bytes.subarray(0, k));
  for (let i = 0; i < k; i++) units[i] = bytes[i]!;
  return unitsText(0, k);
}

/** Folded text for comparisons: lower case, no diacritics, đ → d, single spaces, trimmed. */
export function fold(s: string): string {
  return unitsText(0, foldUnits(s, false)).trim();
}

/** NFC with canonical spacing: what we store and display. */
export function tidy(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim();
}
