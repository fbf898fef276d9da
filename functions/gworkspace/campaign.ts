import type { Deps } from "../app/deps";
import { dueFor } from "../../shared/campaign/deadline";
import type { Campaign } from "../../shared/campaign/schema";
import { CodedError } from "../../shared/errors/codes";
import type { Unit } from "../../shared/units/schema";

/**
 * The campaign a sidebar opens on: the one named by the action (so "Kiểm tra" and "Nộp báo cáo" act on the campaign
 * the card showed), else the one whose deadline for this unit comes next, else the one that closed last.
 */
export function openCampaign(deps: Deps, unit: Unit | undefined, requested: string | undefined): Campaign {
  if (requested) {
    const c = deps.campaigns.get(requested);
    if (!c) throw new CodedError("campaign.notFound", requested);
    return c;
  }
  const nowMs = deps.now().getTime();
  const dated = deps.campaigns.list().map((c) => {
    const dueMs = unit ? Date.parse(dueFor(c, unit).dueAt) : Math.max(...c.deadlines.rules.map((r) => Date.parse(r.due)));
    return { c, dueMs };
  });
  const upcoming = dated.filter((d) => d.dueMs >= nowMs).sort((a, b) => a.dueMs - b.dueMs)[0];
  const latest = [...dated].sort((a, b) => b.dueMs - a.dueMs)[0];
  const chosen = upcoming ?? latest;
  if (!chosen) throw new CodedError("campaign.notFound", "no campaign configured");
  return chosen.c;
}
