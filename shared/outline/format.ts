import type { PageSetup } from "../model/document";
import type { OutlineAlignment, OutlineParagraph, OutlineRun, OutlineStyle } from "./types";

/** Decree 30/2020/NĐ-CP, Appendix I, as the skeleton applies it (see ../shared/domain/decree-30-format.md). */
export const FONT = "Times New Roman";

/** A4 portrait; margins at the low end of each Decree 30 range (top/bottom 20 mm, left 30 mm, right 15 mm). */
export const A4_PAGE: PageSetup = {
  widthTwips: 11906,
  heightTwips: 16838,
  // 1 mm = 56.7 twips; 15 mm rounds up to 851 so that it never falls under the 15 mm floor.
  margins: { top: 1134, bottom: 1134, left: 1701, right: 851 },
};

/** Text width between the margins, in points: (11906 − 1701 − 851) / 20. */
export const TEXT_WIDTH_PT = (A4_PAGE.widthTwips - A4_PAGE.margins.left - A4_PAGE.margins.right) / 20;

/** Sizes in pt per element; each inside the Decree 30 range for that element. */
export const SIZE = {
  parent: 13,
  agency: 13,
  number: 13,
  national: 12, // 12–13; 12 keeps the line on one row in the right column
  motto: 13,
  dateLine: 14,
  typeName: 14,
  subject: 14,
  heading: 14,
  body: 14,
  table: 13,
  signer: 14,
  recipientsHead: 12,
  recipients: 11,
} as const;

/** Blank the template leaves for the clerk (number, date, signer's name). */
export const BLANK = "…";
/** 1 cm first-line indent for body text. */
export const BODY_INDENT_PT = 28.35;

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export function run(text: string, sizePt: number, style: RunStyle = {}): OutlineRun {
  return { text, font: FONT, sizePt, ...style };
}

export interface ParagraphOptions {
  style?: OutlineStyle;
  alignment?: OutlineAlignment;
  firstLineIndentPt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineSpacing?: number;
  keepWithNext?: boolean;
}

export function paragraph(runs: OutlineRun[], options: ParagraphOptions = {}): OutlineParagraph {
  const { style = "Normal", alignment = "left", ...rest } = options;
  return { kind: "paragraph", style, alignment, runs, ...rest };
}

/** One centred line, the building block of the header and footer columns. */
export function centred(text: string, sizePt: number, style: RunStyle = {}): OutlineParagraph {
  return paragraph([run(text, sizePt, style)], { alignment: "center", spaceAfterPt: 0, lineSpacing: 1 });
}

/** Body text: justified, 1 cm first-line indent, 6 pt after, 1.15 lines. */
export function bodyParagraph(text: string, style: RunStyle = {}): OutlineParagraph {
  return paragraph([run(text, SIZE.body, style)], {
    alignment: "justify",
    firstLineIndentPt: BODY_INDENT_PT,
    spaceAfterPt: 6,
    lineSpacing: 1.15,
  });
}

/** Decree 30 names are printed in capitals in the header; "UBND huyện Can Lộc" → "UBND HUYỆN CAN LỘC". */
export function caps(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi");
}
