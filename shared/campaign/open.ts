import { campaignDueDates } from "./deadline";
import { endOfDayInstant, parseIsoDate } from "../dates/calendar";
import type { Campaign } from "./schema";

function lastDueMs(c: Campaign): number {
  const last = campaignDueDates(c).at(-1);
  const d = last ? parseIsoDate(last) : null;
  return d ? Date.parse(endOfDayInstant(d)) : -Infinity;
}

function nextDueMs(c: Campaign, nowMs: number): number {
  const ahead = campaignDueDates(c)
    .map((s) => parseIsoDate(s))
    .filter((d) => d !== null)
    .map((d) => Date.parse(endOfDayInstant(d)))
    .filter((ms) => ms >= nowMs);
  return ahead.length ? Math.min(...ahead) : Infinity;
}

/**
 * The campaign to open now: of those with a due date still ahead, the one whose next due date is nearest; when all
 * are past, the one that closed last. A past campaign is never preferred to an open one.
 */
export function currentCampaign<C extends Campaign>(campaigns: readonly C[], nowIso: string): C | undefined {
  const nowMs = Date.parse(nowIso);
  const open = campaigns.filter((c) => lastDueMs(c) >= nowMs);
  if (open.length > 0) return open.reduce((best, c) => (nextDueMs(c, nowMs) < nextDueMs(best, nowMs) ? c : best));
  return campaigns.reduce<C | undefined>((best, c) => (!best || lastDueMs(c) > lastDueMs(best) ? c : best), undefined);
}
