import { toIsoDate } from "../dates";
import type { CalendarDate } from "../dates/types";
import { halfYearOf } from "./period";
import type { Campaign } from "./schema";
import { twoTierCampaign } from "./two-tier";

/** Days from `today` to the demo's deadlines: < 15 subordinate units in a few days, ≥ 15 in a few weeks. */
const DEMO_OFFSETS_DAYS = [5, 21];

function addDays(d: CalendarDate, days: number): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return toIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/**
 * A present-day demo campaign: the half-year `today` falls in, worded for that period, two-tier levels, and
 * deadlines just ahead of `today` so a demonstration shows live countdowns instead of everything overdue. Clearly
 * named and flagged demo.
 */
export function makeDemoCampaign(today: CalendarDate): Campaign {
  const [soon, later] = DEMO_OFFSETS_DAYS.map((days) => addDays(today, days));
  return twoTierCampaign({
    id: `demo-${today.year}`,
    span: halfYearOf(today),
    rules: [
      { maxSubordinates: 15, due: soon!, label: "Dưới 15 đơn vị trực thuộc" },
      { minSubordinates: 15, due: later!, label: "Từ 15 đơn vị trực thuộc trở lên" },
    ],
    demo: true,
  });
}
