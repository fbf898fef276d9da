import type { Outline, SectionKey } from "../campaign/schema";
import type { Line } from "./lines";
import { isCaps } from "./lines";
import { numberingOf, type Numbering } from "./numbering";
import { words, wordCount } from "./text";

/** Words a real heading may carry before the outline's wording: "NHỮNG TỒN TẠI…", "MỘT SỐ GIẢI PHÁP…". */
const LEAD_FILLERS = ["nhung", "mot so", "cac", "ve"];
/** Extra words allowed after the wording: "… ĐẠT ĐƯỢC TRONG 6 THÁNG ĐẦU NĂM 2024". */
const MAX_EXTRA_WORDS = 10;
/** Longer lines are body text. */
const MAX_HEADING_CHARS = 160;

export interface SectionPhrases {
  key: SectionKey;
  /** Heading and aliases through words(), longest first. */
  phrases: string[];
}

export function sectionPhrases(outline: Outline): SectionPhrases[] {
  return outline.sections.map((s) => ({
    key: s.key,
    phrases: [s.heading, ...s.aliases].map(words).filter(Boolean).sort((a, b) => b.length - a.length),
  }));
}

export interface HeadingCandidate {
  line: Line;
  key: SectionKey;
  numbering?: Numbering;
  /** Built-in heading style or outline level: 1-based level. */
  level?: number;
  caps: boolean;
  bold: boolean;
}

/** The line's outline level as 1-based heading level, from the built-in style or the paragraph's outline level. */
export function levelOf(line: Line): number | undefined {
  const p = line.para;
  if (p.headingLevel !== undefined) return p.headingLevel;
  return p.outlineLevel !== undefined ? p.outlineLevel + 1 : undefined;
}

/**
 * Is this line a heading of one of the outline's sections? Text must open with the heading or an alias (after the
 * numeral and a filler word) or be its first words, stay short, and look like a heading: numbered, heading style,
 * caps or bold. A body sentence that merely contains "kết quả đạt được" fails at least one of these.
 */
export function matchSectionHeading(line: Line, sections: readonly SectionPhrases[]): HeadingCandidate | undefined {
  if (line.length > MAX_HEADING_CHARS || line.isEmpty) return undefined;
  const { numbering, rest, restOffset } = numberingOf(line.text, line.para.listLabel);
  if (numbering && numbering.kind !== "roman" && numbering.kind !== "arabic") return undefined;
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
  for (const s of sections) {
    const phrase = s.phrases.find((p) => text === p || text.startsWith(`${p} `) || isShortened(text, p));
    if (!phrase) continue;
    if (wordCount(text) - wordCount(phrase) > MAX_EXTRA_WORDS) return undefined;
    return { line, key: s.key, numbering, level, caps, bold };
  }
  return undefined;
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
