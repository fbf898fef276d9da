import type { SectionKey } from "../campaign/schema";
import type { CalendarDate } from "../dates/types";
import type { PageSetup } from "../model/document";

/**
 * The report skeleton as plain data: no Word, no XML. The .docx writer (docx/write) and the Word adapter
 * (addin/word) both render exactly this, so `cchc outline` and "Chèn đề cương" give the same document.
 * Lengths are in points (what Office.js uses) except page setup, which is in twips like the document model.
 */
export interface OutlineRun {
  text: string;
  font: string;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** An external address (https://…): the run is a hyperlink to it. */
  link?: string;
}

export type OutlineAlignment = "left" | "center" | "right" | "justify";

/** Built-in styles the skeleton uses, by their built-in names (Word maps them across UI languages). */
export type OutlineStyle = "Normal" | "heading 1" | "Title";

export interface OutlineParagraph {
  kind: "paragraph";
  style: OutlineStyle;
  alignment: OutlineAlignment;
  runs: OutlineRun[];
  firstLineIndentPt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Line spacing as a multiple of single (1 = single). */
  lineSpacing?: number;
  /** Keep with the next paragraph (headings). */
  keepWithNext?: boolean;
}

/** A block-level content control around paragraphs: the per-section writing area. */
export interface OutlineControl {
  kind: "control";
  /** "cchc:section:I" … */
  tag: string;
  /** Title shown by Word on the control. */
  title: string;
  /**
   * true: the paragraphs are placeholder text that disappears when the clerk types. Renderers show it in Word's
   * built-in "Placeholder Text" character style (grey), which Word drops as soon as the clerk types over it.
   */
  placeholder: boolean;
  paragraphs: OutlineParagraph[];
}

export interface OutlineCell {
  paragraphs: OutlineParagraph[];
}

export interface OutlineRow {
  cells: OutlineCell[];
  /** Repeat as header row on each page. */
  header?: boolean;
}

export interface OutlineTable {
  kind: "table";
  /** false: the layout tables of the header and footer (no visible borders). */
  borders: boolean;
  columnWidthsPt: number[];
  rows: OutlineRow[];
}

export type OutlineBlock = OutlineParagraph | OutlineControl | OutlineTable;

export interface OutlineDoc {
  page: PageSetup;
  /** Document default font (styles.xml Normal / docDefaults). */
  font: { name: string; sizePt: number };
  blocks: OutlineBlock[];
  /** Document properties (title, author) for the package metadata. */
  meta: { title: string; author: string };
}

export interface RemedyRow {
  shortcoming: string;
  remedy: string;
  deadline: string;
}

/** What a filled report adds to the skeleton; every field optional (absent → the template placeholder). */
export interface OutlineContent {
  /** Number part of "Số: 15/BC-STP" ("15"). */
  number?: string;
  date?: CalendarDate;
  /** Body paragraphs per section; a section given here replaces its guidance placeholder. */
  sections?: Partial<Record<SectionKey, string[]>>;
  /** Rows of the remedies table (the section whose outline has a table). */
  remedyRows?: RemedyRow[];
  /** Signer title lines, e.g. ["GIÁM ĐỐC"] or ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  signerTitle?: string[];
  signerName?: string;
  /** Recipients added after the campaign's own, before "Lưu: VT". */
  extraRecipients?: string[];
  /** What follows "Lưu: VT, " (drafting office, copies), e.g. "VP". */
  archiveNote?: string;
}
