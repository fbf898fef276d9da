import { toIsoDate } from "../dates";
import type { CalendarDate } from "../dates/types";
import type { Campaign } from "./schema";

/** Days from `today` to each deadline of the demo, by rank of the base deadline: a few days, then a few weeks. */
const DEMO_OFFSETS_DAYS = [5, 21, 42, 63];

function addDays(d: CalendarDate, days: number): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return toIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/**
 * A demo copy of a campaign whose deadlines lie just ahead of `today`, so a demonstration shows live countdowns
 * instead of everything overdue. Same outline and rules; clearly named and flagged demo.
 */
export function makeDemoCampaign(base: Campaign, today: CalendarDate): Campaign {
  const ranked = [...new Set(base.deadlines.rules.map((r) => r.due))].sort();
  const offset = (due: string) => DEMO_OFFSETS_DAYS[Math.min(ranked.indexOf(due), DEMO_OFFSETS_DAYS.length - 1)] ?? 5;
  return {
    ...base,
    id: `demo-${today.year}`,
    year: today.year,
    name: `[DEMO] ${base.name}`,
    demo: true,
    deadlines: {
      ...base.deadlines,
      rules: base.deadlines.rules.map((r) => ({ ...r, due: addDays(today, offset(r.due)) })),
    },
  };
}
