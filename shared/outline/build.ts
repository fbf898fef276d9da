import type { Campaign } from "../campaign/schema";
import type { Unit } from "../units/schema";
import { centred, A4_PAGE, FONT, paragraph, run, SIZE } from "./format";
import { footerBlocks } from "./footer";
import { headerBlocks } from "./header";
import { sectionBlocks } from "./sections";
import type { OutlineBlock, OutlineContent, OutlineDoc } from "./types";

function titleBlocks(campaign: Campaign): OutlineBlock[] {
  const typeName = paragraph([run(campaign.outline.typeName, SIZE.typeName, { bold: true })], {
    style: "Title",
    alignment: "center",
    spaceBeforePt: 12,
    spaceAfterPt: 0,
    lineSpacing: 1,
  });
  const subject = { ...centred(campaign.outline.subject, SIZE.subject, { bold: true }), spaceAfterPt: 12 };
  return [typeName, subject];
}

/**
 * The report skeleton for one unit: the one description both renderers use. Without content it is the blank
 * template (placeholders where the clerk writes); with content it is a filled report.
 */
export function buildOutline(campaign: Campaign, unit: Unit, content: OutlineContent = {}): OutlineDoc {
  const blocks: OutlineBlock[] = [
    ...headerBlocks(campaign, unit, content),
    ...titleBlocks(campaign),
    ...campaign.outline.sections.flatMap((s) => sectionBlocks(campaign, s.key, content)),
    ...footerBlocks(campaign, unit, content),
  ];
  return {
    page: A4_PAGE,
    font: { name: FONT, sizePt: SIZE.body },
    blocks,
    meta: { title: `${campaign.outline.typeName} ${campaign.outline.subject}`, author: unit.name },
  };
}
