import type { Outline, SectionKey } from "../../campaign/schema";
import type { FoldedText } from "../../text/fold";
import type { Line } from "./lines";
import { words } from "../text";

/** Why a line counts as template left-overs rather than report content. */
export type PlaceholderHit =
  | { kind: "guidance"; key: SectionKey }
  | { kind: "token"; start: number; end: number; token: string };

interface Guidance {
  key: SectionKey;
  words: string;
  /** Its distinct word pairs, each as two word ids (see GuidanceIndex.spelled) in one number. */
  pairs: Set<number>;
}

/**
 * Guidance left in, lightly edited: the line repeats most of the guidance's word pairs, or a good part of them while
 * saying little else (a truncated or reworded copy). Real sentences reuse a few pairs ("giải pháp khắc phục"), never
 * this many.
 */
const GUIDANCE_COVERAGE = 0.7;
const PARTIAL_COVERAGE = 0.4;
const PARTIAL_PURITY = 0.8;
/** Lines much shorter than a guidance text cannot be it (raw length first: folding is the costly step). */
const MIN_LENGTH_SHARE = 0.4;

interface GuidanceIndex {
  entries: Guidance[];
  /** Words length of the shortest non-empty guidance (Infinity when none): shorter lines are skipped unfolded. */
  shortest: number;
  /**
   * Every word of any guidance, numbered (a line's pairs are compared as numbers, never built as strings), in an
   * open-addressed table by wordHash (id + 1 per slot, 0 empty; their hashes beside), so a
   * line's words are looked up unsliced, and most of them, in no guidance, end at an empty slot.
   */
  slots: Int32Array;
  hashes: Int32Array;
  /** The words by id. */
  spelled: string[];
  /** Pairs found in any guidance, each with a dense index: most of a line's pairs are not, and are dropped at once. */
  anyPairs: Map<number, number>;
  /** The vocabulary's size: pair ids are first × base + second. */
  base: number;
  /** Per guidance pair (its dense index), the stamp of the last line that had it: no Set per line. */
  seen: Int32Array;
  stamp: number;
}

function guidanceIndex(outline: Outline): GuidanceIndex {
  const vocabulary = new Map<string, number>();
  const anyPairs = new Map<number, number>();
  const numbered = outline.sections.map((s) => {
    const w = words(s.guidance);
    const ids = w ? w.split(" ").map((word) => vocabulary.get(word) ?? vocabulary.set(word, vocabulary.size).get(word)!) : [];
    return { key: s.key, words: w, ids };
  });
  const base = vocabulary.size;
  const entries = numbered.map(({ key, words: w, ids }) => {
    const pairs = new Set<number>();
    for (let i = 1; i < ids.length; i++) pairs.add(pairId(ids[i - 1]!, ids[i]!, base));
    for (const p of pairs) if (!anyPairs.has(p)) anyPairs.set(p, anyPairs.size);
    return { key, words: w, pairs };
  });
  // At most one slot in eight taken: a word outside the vocabulary nearly always lands on an empty one.
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, vocabulary.size * 8)));
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  for (const [word, id] of vocabulary) {
    const h = wordHash(word, 0, word.length);
    let at = h & (size - 1);
    while (slots[at] !== 0) at = (at + 1) & (size - 1);
    slots[at] = id + 1;
    hashes[at] = h;
  }
  const spelled = [...vocabulary.keys()];
  const shortest = Math.min(...entries.map((g) => g.words.length || Infinity));
  return { entries, shortest, slots, hashes, spelled, anyPairs, base, seen: new Int32Array(anyPairs.size), stamp: 0 };
}

/** An outline's index is built once: campaigns are fixed data, and every check of every report asks for it. */
const indexes = new WeakMap<Outline, GuidanceIndex>();

function indexOf(outline: Outline): GuidanceIndex {
  let index = indexes.get(outline);
  if (!index) indexes.set(outline, (index = guidanceIndex(outline)));
  return index;
}

function wordHash(s: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The guidance word id of s[start, end), or -1. */
function wordId(index: GuidanceIndex, s: string, start: number, end: number): number {
  const { slots, hashes } = index;
  const mask = slots.length - 1;
  const h = wordHash(s, start, end);
  for (let at = h & mask; slots[at] !== 0; at = (at + 1) & mask) {
    if (hashes[at] !== h) continue;
    const id = slots[at]! - 1;
    const word = index.spelled[id]!;
    if (word.length === end - start && s.startsWith(word, start)) return id;
  }
  return -1;
}

/**
 * Two word ids (each below `base`) in one number. Scaled by the vocabulary's size, not a fixed 2^26: the ids of a
 * few hundred guidance words stay small integers, which sets hash and compare far faster than heap numbers.
 */
function pairId(a: number, b: number, base: number): number {
  return a * base + b;
}

/**
 * Guidance match: the whole text, a long prefix of it (the rest deleted), the text with additions, or most of its
 * word pairs (light edits). Cheap length checks first: most lines are far shorter than any guidance.
 */
function matchGuidance(line: Line, index: GuidanceIndex): Guidance | undefined {
  if (line.length < index.shortest * MIN_LENGTH_SHARE) return undefined;
  const w = line.words;
  let pairs: LinePairs | undefined;
  for (const g of index.entries) {
    if (!g.words || w.length < g.words.length * MIN_LENGTH_SHARE) continue;
    if (w === g.words || (g.words.startsWith(w) && w.length >= g.words.length / 2)) return g;
    pairs ??= guidancePairs(w, index);
    // A line holding the whole text holds every pair of it but the first and the last (their outer words may be
    // glued to others), so the substring search, which reads the whole line, runs only when that many are shared.
    const needed = Math.min(g.pairs.size - 2, g.pairs.size * PARTIAL_COVERAGE);
    if (pairs.size < needed) continue;
    let shared = 0;
    for (let k = 0; k < pairs.size; k++) if (g.pairs.has(pairs.ids[k]!)) shared++;
    if (shared >= g.pairs.size - 2 && w.includes(g.words)) return g;
    if (shared >= g.pairs.size * GUIDANCE_COVERAGE) return g;
    if (shared >= g.pairs.size * PARTIAL_COVERAGE && shared >= pairs.count * PARTIAL_PURITY) return g;
  }
  return undefined;
}

interface LinePairs {
  /** Word pairs of the line. */
  count: number;
  /** Its distinct pairs that occur in some guidance: ids[0, size). */
  size: number;
  ids: Int32Array;
}

/** guidancePairs' answer, reused: it is read before the next line is looked at. */
const linePairs: LinePairs = { count: 0, size: 0, ids: new Int32Array(64) };

/** How many word pairs `w` has, and which of its distinct pairs occur in some guidance. */
function guidancePairs(w: string, index: GuidanceIndex): LinePairs {
  const out = linePairs;
  const seen = index.seen;
  if (index.stamp === 0x7fffffff) {
    seen.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  out.count = 0;
  out.size = 0;
  let prev = -2;
  for (let start = 0; start <= w.length; ) {
    let end = w.indexOf(" ", start);
    if (end < 0) end = w.length;
    const id = wordId(index, w, start, end);
    if (prev !== -2) {
      out.count++;
      if (prev >= 0 && id >= 0) {
        const p = pairId(prev, id, index.base);
        const dense = index.anyPairs.get(p);
        if (dense !== undefined && seen[dense] !== stamp) {
          seen[dense] = stamp;
          if (out.size === out.ids.length) {
            const ids = new Int32Array(out.size * 2);
            ids.set(out.ids);
            out.ids = ids;
          }
          out.ids[out.size++] = p;
        }
      }
    }
    prev = id;
    start = end + 1;
  }
  return out;
}

/**
 * Fill-in blanks: "[...]", "[nội dung]", "(nội dung)", "xxx", a run of five or more dots, or "..."/"…" standing
 * alone where a word should be. "thể chế, TTHC, …" (an "and so on" after a comma) and "TTHC..." are not blanks.
 */
function findBlank(text: string, folded: FoldedText): { start: number; end: number; token: string } | undefined {
  const f = folded.text;
  if (!mayHoldBlank(f)) return undefined;
  const span = (s: number, e: number) => {
    // The map only for a hit: reading it makes one.
    const map = folded.map;
    const start = map[s] ?? 0;
    const end = (map[e - 1] ?? start) + 1;
    return { start, end, token: text.slice(start, end) };
  };
  const bracket = FILL_IN.exec(f);
  if (bracket) return span(bracket.index, bracket.index + bracket[0].length);
  for (const m of f.matchAll(/\.{3,}|_{3,}/g)) {
    const s = m.index;
    const e = s + m[0].length;
    if (isBlankRun(f, s, e, m[0])) return span(s, e);
  }
  return undefined;
}

/**
 * Fill-in forms on folded text: bracketed blanks, "xxx", and Word's content-control prompt left showing ("Click or
 * tap here to enter text.", "Bấm hoặc nhấn vào đây để nhập văn bản.").
 */
const FILL_IN =
  /\[\s*(?:\.{2,}|_+|noi dung[^\]]{0,40}|)\s*\]|\(\s*(?:\.{3,}|noi dung)\s*\)|<\s*noi dung[^>]{0,40}>|\bx{3,}\b|(?:click|tap)(?: or tap)? here to enter (?:text|a date)\.?|(?:bam|nhan|nhap|go)(?: hoac (?:nhan|go|cham))? vao day de nhap(?: van ban| ngay)?\.?/;
/** Every blank form above holds one of these (folded: "…" is "...", "XXX" is "xxx"); most lines hold none. */
const BLANK_MARKS = ["...", "___", "[", "(", "<", "xxx", "here to enter", "vao day"];

function mayHoldBlank(f: string): boolean {
  for (const mark of BLANK_MARKS) if (f.includes(mark)) return true;
  return false;
}

function isBlankRun(f: string, s: number, e: number, run: string): boolean {
  const hasWords = /[a-z0-9]/.test(f);
  if (run.startsWith("_")) return hasWords;
  if (run.length >= 5 || !hasWords) return true;
  const before = f.slice(0, s).trimEnd();
  const prev = f.charAt(s - 1);
  const next = f.charAt(e);
  const standalone = (prev === "" || /[\s(:/]/.test(prev)) && (next === "" || /[\s),;:/]/.test(next));
  return standalone && !/[,;]$/.test(before);
}

/** Placeholder hits of the given lines, by line index: guidance first, else the first blank. */
export function findPlaceholders(lines: Iterable<Line>, outline: Outline): Map<number, PlaceholderHit> {
  const index = indexOf(outline);
  const hits = new Map<number, PlaceholderHit>();
  for (const line of lines) {
    if (line.isEmpty && !/[.…_]/.test(line.text)) continue;
    const g = matchGuidance(line, index);
    if (g) {
      hits.set(line.index, { kind: "guidance", key: g.key });
      continue;
    }
    const blank = findBlank(line.text, line.folded);
    if (blank) hits.set(line.index, { kind: "token", ...blank });
  }
  return hits;
}
