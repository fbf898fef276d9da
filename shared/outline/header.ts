import type { Campaign } from "../campaign/schema";
import { formatFormalDate } from "../dates";
import type { Unit } from "../units/schema";
import { BLANK, caps, centred, SIZE, TEXT_WIDTH_PT } from "./format";
import type { OutlineBlock, OutlineContent, OutlineParagraph } from "./types";

/** Left column: parent body, unit, number. Wide enough for "UBND TỈNH HÀ TĨNH" and long department names. */
const LEFT_PT = 184.25;

/** Decree 30: a number below 10 gets a leading zero ("05"). */
function documentNumber(number: string | undefined): string {
  if (number === undefined || number.trim() === "") return BLANK;
  const n = number.trim();
  return /^\d$/.test(n) ? `0${n}` : n;
}

export function numberLine(campaign: Campaign, unit: Unit, number?: string): string {
  return `Số: ${documentNumber(number)}/${campaign.outline.typeCode}-${unit.shortCode}`;
}

export function dateLine(campaign: Campaign, unit: Unit, content: OutlineContent): string {
  const place = unit.place || campaign.place;
  if (content.date) return `${place}, ${formatFormalDate(content.date)}`;
  return `${place}, ngày ${BLANK} tháng ${BLANK} năm ${campaign.year}`;
}

/** The Decree 30 header: a borderless two-column table (issuing body left, national title right). */
export function headerBlocks(campaign: Campaign, unit: Unit, content: OutlineContent): OutlineBlock[] {
  const left: OutlineParagraph[] = [];
  if (unit.parentName) left.push(centred(caps(unit.parentName), SIZE.parent));
  left.push(centred(caps(unit.name), SIZE.agency, { bold: true }));
  left.push(centred(numberLine(campaign, unit, content.number), SIZE.number));

  const right: OutlineParagraph[] = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SIZE.national, { bold: true }),
    centred("Độc lập - Tự do - Hạnh phúc", SIZE.motto, { bold: true, underline: true }),
    centred(dateLine(campaign, unit, content), SIZE.dateLine, { italic: true }),
  ];

  return [
    {
      kind: "table",
      borders: false,
      columnWidthsPt: [LEFT_PT, TEXT_WIDTH_PT - LEFT_PT],
      rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }],
    },
  ];
}
