import type { Campaign } from "../campaign/schema";
import { fold } from "../text/fold";
import type { Unit } from "../units/schema";
import { BLANK, caps, centred, paragraph, run, SIZE, TEXT_WIDTH_PT } from "./format";
import type { OutlineBlock, OutlineContent, OutlineParagraph } from "./types";
import { signerTitleFor } from "./unit-kind";

const LEFT_PT = 200;
/** Room for the signature and the seal between the title and the name. */
const SIGNATURE_SPACE_LINES = 3;

function recipientLine(text: string, sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): OutlineParagraph {
  return paragraph([run(text, sizePt, style)], { alignment: "left", spaceAfterPt: 0, lineSpacing: 1 });
}

/** "- Sở Nội vụ;" … "- Lưu: VT, VP." — the archive line ("Lưu: …") always last, as Decree 30 prints it. */
export function recipientLines(campaign: Campaign, content: OutlineContent): string[] {
  const isArchive = (r: string) => fold(r).startsWith("luu");
  const archive = campaign.outline.recipients.find(isArchive) ?? "Lưu: VT";
  const others = [...campaign.outline.recipients.filter((r) => !isArchive(r)), ...(content.extraRecipients ?? [])];
  const note = content.archiveNote?.trim();
  return [...others.map((r) => `- ${r};`), note ? `- ${archive}, ${note}.` : `- ${archive}, ${BLANK}`];
}

/**
 * The footer: a borderless two-column table, recipients left, signer right. The signer's title is the one the unit
 * signs with (from its name); the template's "THỦ TRƯỞNG" only when the name does not tell.
 */
export function footerBlocks(campaign: Campaign, unit: Unit, content: OutlineContent): OutlineBlock[] {
  const left: OutlineParagraph[] = [
    recipientLine("Nơi nhận:", SIZE.recipientsHead, { bold: true, italic: true }),
    ...recipientLines(campaign, content).map((line) => recipientLine(line, SIZE.recipients)),
  ];
  const given = content.signerTitle && content.signerTitle.length > 0 ? content.signerTitle : undefined;
  const titles = given ?? signerTitleFor(unit.name) ?? [campaign.outline.signerPlaceholder];
  const name = content.signerName?.trim() || BLANK.repeat(4);
  const right: OutlineParagraph[] = [
    ...titles.map((t) => centred(caps(t), SIZE.signer, { bold: true })),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => centred("", SIZE.signer)),
    centred(name, SIZE.signer, { bold: true }),
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
