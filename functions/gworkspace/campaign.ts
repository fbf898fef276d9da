import type { Deps } from "../app/deps";
import { requireCampaign, requireUnit } from "../app/lookup";
import { dueFor } from "../../shared/campaign/deadline";
import type { Campaign } from "../../shared/campaign/schema";
import { CodedError } from "../../shared/errors/codes";
import type { Unit } from "../../shared/units/schema";

/**
 * The campaign a clerk's sidebar opens on, with the unit as that campaign knows it: the one named by the action (so
 * "Kiểm tra" and "Nộp báo cáo" act on the campaign the card showed), else among the campaigns the unit reports in,
 * the one whose deadline comes next, else the one that closed last.
 */
export function clerkCampaign(deps: Deps, unitId: string, requested: string | undefined): { campaign: Campaign; unit: Unit } {
  if (requested) {
    const campaign = requireCampaign(deps, requested);
    return { campaign, unit: requireUnit(deps, campaign.id, unitId) };
  }
  const nowMs = deps.now().getTime();
  const dated = deps.campaigns.campaignsOf(unitId).map((id) => {
    const campaign = requireCampaign(deps, id);
    const unit = requireUnit(deps, id, unitId);
    return { campaign, unit, dueMs: Date.parse(dueFor(campaign, unit).dueAt) };
  });
  const upcoming = dated.filter((d) => d.dueMs >= nowMs).sort((a, b) => a.dueMs - b.dueMs)[0];
  const chosen = upcoming ?? [...dated].sort((a, b) => b.dueMs - a.dueMs)[0];
  if (!chosen) throw new CodedError("unit.notFound", unitId);
  return { campaign: chosen.campaign, unit: chosen.unit };
}

/** Sở Nội vụ's sidebar: the campaign picked, else the one closing next, else the one that closed last. */
export function secretariatCampaign(deps: Deps, requested: string | undefined): Campaign {
  if (requested) return requireCampaign(deps, requested);
  const nowMs = deps.now().getTime();
  const dated = deps.campaigns.list().map((c) => ({ c, dueMs: Math.max(...c.deadlines.rules.map((r) => Date.parse(r.due))) }));
  const upcoming = dated.filter((d) => d.dueMs >= nowMs).sort((a, b) => a.dueMs - b.dueMs)[0];
  const chosen = upcoming ?? [...dated].sort((a, b) => b.dueMs - a.dueMs)[0];
  if (!chosen) throw new CodedError("campaign.notFound", "no campaign configured");
  return chosen.c;
}
