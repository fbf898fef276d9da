import type { CalendarDate } from "../dates/types";
import { HA_TINH_2024_UNITS } from "../units/ha-tinh-2024";
import { HA_TINH_TWO_TIER_UNITS } from "../units/ha-tinh-two-tier";
import type { Unit } from "../units/schema";
import { makeDemoCampaign } from "./demo";
import { HA_TINH_2024 } from "./ha-tinh-2024";
import type { Campaign } from "./schema";

/** A campaign with the units that report in it: a 2024 campaign and a two-tier one each bring their own. */
export interface CampaignBundle {
  campaign: Campaign;
  units: readonly Unit[];
}

/** Built-in campaigns; a new campaign is one more bundle (or an entry of the campaigns file). */
export const BUILT_IN_BUNDLES: readonly CampaignBundle[] = [{ campaign: HA_TINH_2024, units: HA_TINH_2024_UNITS }];

/**
 * A demo unit's contact address. The .invalid top-level domain is reserved never to resolve (RFC 2606), so nothing
 * can reach a real office; the outbox of `npm start` still gets reminder .eml files a newcomer can open.
 */
export const demoEmailOf = (unitId: string): string => `vanthu@${unitId}.demo.invalid`;

/**
 * The present-day [DEMO] campaign of `today` (see demo.ts) with the two-tier sample registry, each unit with a fake
 * address (demoEmailOf). The registry itself stays without addresses: real ones come from the units CSV.
 */
export function demoBundle(today: CalendarDate): CampaignBundle {
  return { campaign: makeDemoCampaign(today), units: HA_TINH_TWO_TIER_UNITS.map((u) => ({ ...u, emails: [demoEmailOf(u.id)] })) };
}
