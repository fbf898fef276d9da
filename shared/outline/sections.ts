import type { Campaign, OutlineSection, SectionKey } from "../campaign/schema";
import { fold } from "../text/fold";
import { bodyParagraph, centred, paragraph, run, SIZE, TEXT_WIDTH_PT } from "./format";
import type { OutlineBlock, OutlineContent, OutlineParagraph, OutlineRow, OutlineTable, RemedyRow } from "./types";

/** Tag of the writing area of a section; the rule engine and the add-in find sections by it. */
export function sectionTag(key: SectionKey): string {
  return `cchc:section:${key}`;
}

/** "I. KẾT QUẢ ĐẠT ĐƯỢC", "IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)". */
export function headingText(section: OutlineSection): string {
  const note = section.headingNote ? ` ${section.headingNote}` : "";
  return `${section.key}. ${section.heading}${note}`;
}

function headingParagraph(section: OutlineSection): OutlineParagraph {
  return paragraph([run(headingText(section), SIZE.heading, { bold: true })], {
    style: "heading 1",
    alignment: "left",
    firstLineIndentPt: 28.35,
    spaceBeforePt: 6,
    spaceAfterPt: 6,
    keepWithNext: true,
  });
}

const STT_WIDTH_PT = 36;

function cellParagraph(text: string, bold = false): OutlineParagraph {
  const p = centred(text, SIZE.table, { bold });
  // Long remedy text reads better left-aligned; STT, headers and deadlines stay centred.
  return text.length > 24 ? { ...p, alignment: "left" } : p;
}

function tableRowCells(columns: number, hasStt: boolean, index: number, row: RemedyRow | undefined): string[] {
  const values = row ? [row.shortcoming, row.remedy, row.deadline] : [];
  const cells = hasStt ? [row ? String(index + 1) : "", ...values] : values;
  return Array.from({ length: columns }, (_, i) => cells[i] ?? "");
}

/** The section's table (the remedies table): bordered, a repeated header row, the given rows or one empty row. */
function sectionTable(columns: string[], rows: RemedyRow[] | undefined): OutlineTable {
  const hasStt = fold(columns[0] ?? "") === "stt";
  const rest = hasStt ? columns.length - 1 : columns.length;
  const each = (TEXT_WIDTH_PT - (hasStt ? STT_WIDTH_PT : 0)) / Math.max(rest, 1);
  const widths = columns.map((_, i) => (hasStt && i === 0 ? STT_WIDTH_PT : each));
  const bodyRows: (RemedyRow | undefined)[] = rows && rows.length > 0 ? rows : [undefined];
  const tableRows: OutlineRow[] = [
    { header: true, cells: columns.map((c) => ({ paragraphs: [cellParagraph(c, true)] })) },
    ...bodyRows.map((r, i) => ({
      cells: tableRowCells(columns.length, hasStt, i, r).map((text) => ({ paragraphs: [cellParagraph(text)] })),
    })),
  ];
  return { kind: "table", borders: true, columnWidthsPt: widths, rows: tableRows };
}

function writingArea(section: OutlineSection, content: OutlineContent): OutlineBlock {
  const given = content.sections?.[section.key];
  if (given === undefined) {
    return {
      kind: "control",
      tag: sectionTag(section.key),
      title: `Mục ${section.key}`,
      placeholder: true,
      paragraphs: [bodyParagraph(section.guidance)],
    };
  }
  const paragraphs = given.length > 0 ? given.map((t) => bodyParagraph(t)) : [bodyParagraph("")];
  return { kind: "control", tag: sectionTag(section.key), title: `Mục ${section.key}`, placeholder: false, paragraphs };
}

/**
 * One section as the skeleton lays it out: heading, writing area (content control), and the section's table if the
 * campaign gives it one. The add-in's "Thêm mục" inserts exactly these blocks.
 */
export function sectionBlocks(campaign: Campaign, key: SectionKey, content: OutlineContent = {}): OutlineBlock[] {
  const section = campaign.outline.sections.find((s) => s.key === key);
  if (!section) return [];
  const blocks: OutlineBlock[] = [headingParagraph(section), writingArea(section, content)];
  if (section.table) blocks.push(sectionTable(section.table.columns, content.remedyRows));
  return blocks;
}
