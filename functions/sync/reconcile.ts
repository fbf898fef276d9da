/**
 * One reconcile of one campaign: a single read of per-unit state, the shared status aggregation (the same numbers
 * as GET …/status), the two tabs, one write through the sink.
 */
import { dueFor } from "../../shared/campaign/deadline";
import type { Campaign } from "../../shared/campaign/schema";
import { CodedError } from "../../shared/errors/codes";
import { computeStatus } from "../../shared/status/aggregate";
import type { Unit } from "../../shared/units/schema";
import type { UnitRegistry } from "../../shared/units/registry";
import { readProgress, type ProgressStore } from "../app/progress";
import type { ReconcileReport, SheetSink } from "./port";
import { sheetTabs } from "./sheet-model";

export interface ReconcileDeps {
  store: ProgressStore;
  campaigns: { get(id: string): Campaign | undefined };
  units: UnitRegistry;
  sink: SheetSink;
  now: () => Date;
  publicUrl: string;
}

export async function reconcileCampaign(d: ReconcileDeps, campaignId: string): Promise<ReconcileReport> {
  const campaign = d.campaigns.get(campaignId);
  if (!campaign) throw new CodedError("campaign.notFound", campaignId);
  const units = d.units.list();
  const read = await readProgress(d.store, campaign.id);
  const status = computeStatus({ campaign, units, ...read, now: d.now() });
  return d.sink.reconcile(campaign.id, sheetTabs({ campaign, status, units, heads: read.progress, publicUrl: d.publicUrl }));
}

/**
 * The distinct instants at which some unit of the campaign becomes overdue (a handful: one per deadline rule).
 * A unit no rule covers is skipped here: the status itself reports that data error, the scheduler must not.
 */
export function dueInstants(campaign: Campaign, units: readonly Unit[]): number[] {
  const byCount = new Map<number | null, number | undefined>();
  for (const u of units) {
    if (byCount.has(u.subordinateCount)) continue;
    let at: number | undefined;
    try {
      at = Date.parse(dueFor(campaign, u).dueAt);
    } catch {
      at = undefined;
    }
    byCount.set(u.subordinateCount, at);
  }
  const instants = [...byCount.values()].filter((t): t is number => t !== undefined);
  return [...new Set(instants)].sort((a, b) => a - b);
}
