import { HA_TINH_2024 } from "./ha-tinh-2024";
import { LEVELS_TWO_TIER } from "./levels";
import { periodWording, type PeriodSpan } from "./period";
import type { Campaign, DeadlineRule } from "./schema";
import { campaignName, reportSubject, resultsGuidance } from "./wording";

export interface TwoTierCampaignInput {
  id: string;
  span: PeriodSpan;
  rules: DeadlineRule[];
  demo?: boolean;
}

/**
 * A Hà Tĩnh inspection campaign after the 2025 reform: the plan's outline, fields and wording for its own period,
 * and the two-tier levels (no districts). Only the period-bearing sentences differ from 2024.
 */
export function twoTierCampaign({ id, span, rules, demo }: TwoTierCampaignInput): Campaign {
  const period = periodWording(span);
  const outline = HA_TINH_2024.outline;
  return {
    ...HA_TINH_2024,
    id,
    year: Number(span.from.slice(0, 4)),
    name: `${demo ? "[DEMO] " : ""}${campaignName(period)}`,
    period,
    periodSpan: span,
    outline: {
      ...outline,
      subject: reportSubject(period),
      sections: outline.sections.map((s) => (s.key === "I" ? { ...s, guidance: resultsGuidance(period) } : s)),
    },
    deadlines: { ...HA_TINH_2024.deadlines, rules },
    levels: LEVELS_TWO_TIER.map((l) => ({ ...l })),
    ...(demo ? { demo } : {}),
  };
}
