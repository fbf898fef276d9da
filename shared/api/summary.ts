import { z } from "zod";
import { StatusTotalsSchema, UnitStatusSchema } from "./status";
import { UnitLevelSchema } from "../units/schema";

/** Where a statement comes from: the unit, and its submission when it came through the API. */
const SourceSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** Absent for reports compiled from files (`cchc summary FILES…`). */
  submissionId: z.string().optional(),
});

/**
 * GET /api/campaigns/{campaignId}/summary (secretariat): the province's picture from the latest report of every
 * unit that has submitted (shared/summary/compile.ts).
 */
export const CampaignSummarySchema = z.object({
  campaignId: z.string(),
  asOf: z.string(),
  /** units: in the campaign; submitted: have a report; the rest as in the status. */
  reporting: StatusTotalsSchema,
  /**
   * units: units inspected or self-inspected, summed over the reports that state a count. total: units planned,
   * summed over the reports that state both ("08/12"); unitsOfTotal: the inspected units of those same reports,
   * so unitsOfTotal/total is a ratio of like with like.
   */
  inspected: z.object({
    units: z.number().int().min(0),
    total: z.number().int().min(0),
    unitsOfTotal: z.number().int().min(0),
    /** Reports that state a figure at all (a count, a total or a percentage). */
    reports: z.number().int().min(0),
  }),
  /** Every field of the campaign, in its order, with the units that reported a shortcoming in it. */
  shortcomingsByField: z.array(
    z.object({ field: z.string(), name: z.string(), units: z.array(SourceSchema.extend({ excerpt: z.string() })) }),
  ),
  /** By deadline, the earliest first; remedies without a deadline last. */
  remedies: z.array(
    SourceSchema.extend({
      text: z.string(),
      deadlineAt: z.string().nullable(),
      /** The deadline has passed and the unit has not reported since. */
      overdue: z.boolean(),
      field: z.string().optional(),
    }),
  ),
  proposals: z.array(SourceSchema.extend({ excerpt: z.string() })),
  /** The appendix: every unit in registry order with its status and, when it stated one, its figure. */
  units: z.array(
    SourceSchema.extend({
      level: UnitLevelSchema.optional(),
      status: UnitStatusSchema.optional(),
      submittedAt: z.string().nullable(),
      inspected: z.object({ count: z.number().optional(), total: z.number().optional(), ratio: z.number().optional() }).optional(),
    }),
  ),
});
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;
