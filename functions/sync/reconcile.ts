/**
 * One reconcile of one campaign: a single read of per-unit state, the shared status aggregation (the same numbers
 * as GET …/status), the two tabs, one write through the sink.
 */
import { dueFor } from "../../shared/campaign/deadline";
import type { Campaign } from "../../shared/campaign/schema";
import { CodedError } from "../../shared/errors/codes";
import type { CampaignCatalog } from "../../shared/campaign/catalog";
import type { Unit } from "../../shared/units/schema";
import type { DocumentBlobStore } from "../blob/port";
import { loadSummary, type SummaryDeps } from "../summary/load";
import type { ReconcileReport, SheetSink } from "./port";
import { documentLinkOf, sheetTabs } from "./sheet-model";
import { remediesTab, shortcomingsTab } from "./summary-tabs";

export interface ReconcileDeps {
  store: SummaryDeps["store"];
  /** To read a report again when its extract is missing (see functions/summary/load.ts). */
  blobs?: Pick<DocumentBlobStore, "get">;
  /** Each campaign with its own units. */
  campaigns: Pick<CampaignCatalog, "get" | "unitsFor">;
  sink: SheetSink;
  now: () => Date;
  publicUrl: string;
  openUrl?: string;
}

export async function reconcileCampaign(d: ReconcileDeps, campaignId: string): Promise<ReconcileReport> {
  const campaign = d.campaigns.get(campaignId);
  if (!campaign) throw new CodedError("campaign.notFound", campaignId);
  const units = d.campaigns.unitsFor(campaign.id).list();
  // One read of the heads serves the status tabs and the content tabs alike.
  const { status, heads, summary } = await loadSummary(d, campaign);
  const links = { publicUrl: d.publicUrl, ...(d.openUrl ? { openUrl: d.openUrl } : {}) };
  const link = documentLinkOf(links);
  return d.sink.reconcile(campaign.id, {
    ...sheetTabs({ campaign, status, units, heads, ...links }),
    shortcomings: shortcomingsTab(summary, link),
    remedies: remediesTab(summary, link),
  });
}

/**
 * The distinct instants at which some unit of the campaign becomes overdue (a handful: one per deadline rule).
 * A unit no rule covers is skipped here: the status itself reports that data error, the scheduler must not.
 */
export function dueInstants(campaign: Campaign, units: readonly Unit[]): number[] {
  const byKey = new Map<string, number | undefined>();
  for (const u of units) {
    const key = `${u.level} ${u.subordinateCount}`;
    if (byKey.has(key)) continue;
    let at: number | undefined;
    try {
      at = Date.parse(dueFor(campaign, u).dueAt);
    } catch {
      at = undefined;
    }
    byKey.set(key, at);
  }
  const instants = [...byKey.values()].filter((t): t is number => t !== undefined);
  return [...new Set(instants)].sort((a, b) => a - b);
}
