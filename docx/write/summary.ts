import type { CampaignSummary } from "../../shared/api/summary";
import type { Campaign } from "../../shared/campaign/schema";
import { buildSummaryDoc, type SummaryDocOptions } from "../../shared/summary";
import { writeDocx } from "./index";

/** The province's consolidated report (shared/summary/document.ts) as a .docx, by the same writer as the outline. */
export function writeSummaryDocx(campaign: Campaign, summary: CampaignSummary, options: SummaryDocOptions): Uint8Array {
  return writeDocx(buildSummaryDoc(campaign, summary, options));
}
