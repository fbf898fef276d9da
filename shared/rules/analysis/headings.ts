import type { Outline, SectionKey } from "../../campaign/schema";
import type { Line } from "./lines";
import { isCaps } from "./lines";
import { numberingOf, type Numbering } from "./numbering";
import { words, wordCount } from "../text";

/** Words a real heading may carry before the outline's wording: "NHỮNG TỒN TẠI…", "MỘT SỐ GIẢI PHÁP…". */
const LEAD_FILLERS = ["nhung", "mot so", "cac", "ve"];
/** Extra words allowed beside the concept's: "… ĐẠT ĐƯỢC TRONG 6 THÁNG ĐẦU NĂM 2024". */
const MAX_EXTRA_WORDS = 10;
/** Words allowed before the first concept word: "TÌNH HÌNH VÀ KẾT QUẢ…", "KHÓ KHĂN, TỒN TẠI…". */
const MAX_LEAD_WORDS = 3;
/** Longer lines are body text. */
const MAX_HEADING_CHARS = 160;
/** What separates the parts of a combined heading: "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN". */
const PART_SEPARATOR = /\s*(?:[,;/&]|\s-\s|\s–\s|\svà\s|\sVÀ\s)\s*/u;

/** One concept of a section, as words: "ton tai". Core terms name the section; others only support it. */
export interface ConceptTerm {
  words: string[];
  core: boolean;
}

export interface SectionConcepts {
  key: SectionKey;
  /** 1-based place in the outline: the numeral a heading of this section carries. */
  rank: number;
  terms: ConceptTerm[];
  /** Heading and aliases through words(), for headings cut short ("I. KẾT QUẢ"). */
  phrases: string[];
  /**
   * The outline's own vocabulary (every section's words and the report's subject): not "extra" beside a concept, so
   * "KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA, TỰ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024" is section I.
   */
  vocabulary?: ReadonlySet<string>;
}

/**
 * The concepts of each section, from the campaign's outline data only: the heading and each alias are core terms,
 * and so is each part of the heading ("TỒN TẠI", "HẠN CHẾ" of "TỒN TẠI, HẠN CHẾ"); the parts of a combined alias
 * ("NGUYÊN NHÂN" of "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN") and the section's concept words support a heading but do not
 * name the section alone.
 */
export function sectionConcepts(outline: Outline): SectionConcepts[] {
  const vocabulary = new Set(
    [outline.subject, ...outline.sections.flatMap((s) => [s.heading, ...s.aliases, ...(s.concepts ?? [])])].flatMap((t) => words(t).split(" ")).filter(Boolean),
  );
  return outline.sections.map((s, i) => {
    const core = new Set([s.heading, ...s.aliases, ...s.heading.split(PART_SEPARATOR)].map(words).filter(Boolean));
    const support = new Set(
      [...s.aliases.flatMap((a) => a.split(PART_SEPARATOR)), ...(s.concepts ?? [])].map(words).filter((w) => w && !core.has(w)),
    );
    const terms = [
      ...[...core].map((w) => ({ words: w.split(" "), core: true })),
      ...[...support].map((w) => ({ words: w.split(" "), core: false })),
    ];
    const phrases = [s.heading, ...s.aliases].map(words).filter(Boolean);
    return { key: s.key, rank: i + 1, terms, phrases, vocabulary };
  });
}

export interface HeadingCandidate {
  line: Line;
  key: SectionKey;
  numbering?: Numbering;
  /** Built-in heading style or outline level: 1-based level. */
  level?: number;
  caps: boolean;
  bold: boolean;
  /** Recognised only through supporting words and its numeral: yields to a heading that names the section. */
  weak: boolean;
  /** Other sections the heading also carries a concept of, numeral-confirmed ones first. */
  alternatives: SectionKey[];
}

/** The line's outline level as 1-based heading level, from the built-in style or the paragraph's outline level. */
export function levelOf(line: Line): number | undefined {
  const p = line.para;
  if (p.headingLevel !== undefined) return p.headingLevel;
  return p.outlineLevel !== undefined ? p.outlineLevel + 1 : undefined;
}

/**
 * Is this line a heading of one of the outline's sections? It must look like a heading (numbered, heading style,
 * caps or bold), stay short, and carry a section's concept near its start: "KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA",
 * "KHÓ KHĂN, TỒN TẠI, HẠN CHẾ", "NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI" and "KIẾN NGHỊ, ĐỀ XUẤT" are all
 * recognised, whatever the order of their words. A heading made only of supporting words ("II. KHÓ KHĂN, VƯỚNG
 * MẮC") counts when its numeral is the section's. Between sections the most covered concept wins, then the numeral,
 * then the concept that comes first. A body sentence that merely contains "kết quả đạt được" fails the shape tests.
 */
export function matchSectionHeading(line: Line, sections: readonly SectionConcepts[]): HeadingCandidate | undefined {
  if (line.length > MAX_HEADING_CHARS || line.isEmpty) return undefined;
  const { numbering, rest, restOffset } = numberingOf(line.text, line.para.listLabel);
  if (numbering && numbering.kind !== "roman" && numbering.kind !== "arabic" && !isCapitalLettered(numbering, rest)) return undefined;
  // In a table, a heading fills its row alone (or carries its numeral): a column header such as "Giải pháp khắc
  // phục" of a remedies table is not section III.
  if (line.cellPos && line.cellPos.filledCells > 1 && !numbering) return undefined;
  const body = stripNote(rest);
  const level = levelOf(line);
  const caps = isCaps(body);
  const bold = line.format.bold;
  if (!numbering && level === undefined && !caps && !bold) return undefined;
  let text = line.wordsFrom(restOffset);
  const note = words(rest.slice(body.length));
  if (note && text.endsWith(note)) text = text.slice(0, text.length - note.length).trimEnd();
  for (const filler of LEAD_FILLERS) {
    if (text.startsWith(`${filler} `)) {
      text = text.slice(filler.length + 1);
      break;
    }
  }
  if (!text) return undefined;
  let best: { key: SectionKey; score: number; numeral: boolean; first: number; weak: boolean } | undefined;
  const matched: { key: SectionKey; numeral: boolean }[] = [];
  for (const s of sections) {
    const numeral = numbering?.value === s.rank;
    const m = scoreConcept(text, s, numeral);
    if (!m) continue;
    matched.push({ key: s.key, numeral });
    const tie = best !== undefined && m.score === best.score;
    const better =
      !best || m.score > best.score || (tie && numeral && !best.numeral) || (tie && numeral === best.numeral && m.first < best.first);
    if (better) best = { key: s.key, ...m, numeral };
  }
  if (!best) return undefined;
  const key = best.key;
  const alternatives = matched.filter((m) => m.key !== key).sort((x, y) => Number(y.numeral) - Number(x.numeral)).map((m) => m.key);
  return { line, key, numbering, level, caps, bold, weak: best.weak, alternatives };
}

/** "A. KẾT QUẢ ĐẠT ĐƯỢC": a capital letter before a caps heading numbers a part like a Roman numeral does. */
function isCapitalLettered(numbering: Numbering, rest: string): boolean {
  return numbering.kind === "letter" && numbering.value !== undefined && isCaps(rest);
}

/**
 * How much of the heading's wording is this section's concept: core words count twice, supporting words once.
 * Undefined when the heading does not carry the concept near its start, or says too much else.
 */
function scoreConcept(text: string, s: SectionConcepts, numeral: boolean): { score: number; first: number; weak: boolean } | undefined {
  const have = text.split(" ");
  if (s.phrases.some((p) => isShortened(text, p))) return { score: have.length * 2, first: 0, weak: false };
  const weight = new Array<number>(have.length).fill(0);
  let firstCore = Infinity;
  let firstAny = Infinity;
  for (const term of s.terms) {
    const n = term.words.length;
    for (let i = 0; i + n <= have.length; i++) {
      if (!term.words.every((w, k) => have[i + k] === w)) continue;
      for (let k = 0; k < n; k++) weight[i + k] = Math.max(weight[i + k]!, term.core ? 2 : 1);
      firstAny = Math.min(firstAny, i);
      if (term.core) firstCore = Math.min(firstCore, i);
    }
  }
  const strong = firstCore <= MAX_LEAD_WORDS || (firstAny <= MAX_LEAD_WORDS && firstCore < Infinity);
  if (!strong && !(numeral && firstAny <= MAX_LEAD_WORDS)) return undefined;
  const extra = have.filter((w, i) => weight[i] === 0 && !s.vocabulary?.has(w)).length;
  if (extra > MAX_EXTRA_WORDS) return undefined;
  return { score: weight.reduce((a, w) => a + w, 0), first: Math.min(firstCore, firstAny), weak: !strong };
}

/** "I. KẾT QUẢ" for "KẾT QUẢ ĐẠT ĐƯỢC": the opening words (two at least) of a heading stand for it. */
function isShortened(text: string, phrase: string): boolean {
  return text.includes(" ") && phrase.startsWith(`${text} `);
}

/** Drops a trailing "(Nếu có)"-style note and closing punctuation, which do not change what the heading is. */
function stripNote(s: string): string {
  return s.replace(/\([^)]*\)\s*$/u, "").replace(/[\s:.;,]+$/u, "");
}

/**
 * A line that structures the text rather than saying something: heading style, or short, bold or caps, and not a
 * finished sentence unless numbered ("1. Cải cách thể chế."). Content of a section is its non-heading text.
 */
export function isHeadingLike(line: Line): boolean {
  if (line.inTable || line.isEmpty) return false;
  if (levelOf(line) !== undefined) return true;
  if (!line.format.bold && !line.format.caps) return false;
  if (wordCount(line.text) > 15) return false;
  const numbered = numberingOf(line.text, line.para.listLabel).numbering !== undefined;
  return numbered || !/[.;!?]\s*$/.test(line.text);
}

/** A line shaped like a top-level section heading whose wording is not one of the outline's: "V. NHIỆM VỤ …". */
export function isOtherSectionHeading(line: Line, style: "roman" | "arabic" | "none", level?: number): boolean {
  if (line.isEmpty || line.length > MAX_HEADING_CHARS) return false;
  const lineLevel = levelOf(line);
  if (level !== undefined && lineLevel !== undefined) return lineLevel <= level;
  const { numbering, rest } = numberingOf(line.text, line.para.listLabel);
  if (!numbering || numbering.kind !== style) return false;
  const short = wordCount(rest) <= MAX_EXTRA_WORDS + 4;
  return short && (isCaps(stripNote(rest)) || (style === "roman" && line.format.bold));
}
