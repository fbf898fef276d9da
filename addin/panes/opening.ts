import { currentCampaign } from "../../shared/campaign/open";
import type { Campaign } from "../../shared/campaign/schema";

/**
 * The campaign the pane opens on: the one the configuration names, else the one open now (due dates ahead; never a
 * past one while another is open), among `allowed` when the clerk's unit reports only in some campaigns.
 */
export function openingCampaign(campaigns: readonly Campaign[], configured: string | undefined, nowIso: string, allowed?: readonly string[]): Campaign | undefined {
  const named = campaigns.find((c) => c.id === configured);
  if (named) return named;
  const candidates = allowed?.length ? campaigns.filter((c) => allowed.includes(c.id)) : campaigns;
  return currentCampaign(candidates.length ? candidates : campaigns, nowIso);
}
