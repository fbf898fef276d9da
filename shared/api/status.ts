import { z } from "zod";
import { UnitLevelSchema } from "../units/schema";
import { ContestSchema } from "./contest";

/**
 * on_time / late: first submitted before / after the deadline. missing: not submitted, not yet due.
 * overdue: not submitted and past due.
 */
export const UnitStatusSchema = z.enum(["on_time", "late", "missing", "overdue"]);
export type UnitStatus = z.infer<typeof UnitStatusSchema>;

export const StatusTotalsSchema = z.object({
  units: z.number().int().min(0),
  submitted: z.number().int().min(0),
  onTime: z.number().int().min(0),
  late: z.number().int().min(0),
  missing: z.number().int().min(0),
  overdue: z.number().int().min(0),
});
export type StatusTotals = z.infer<typeof StatusTotalsSchema>;

export const UnitStatusRowSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  level: UnitLevelSchema,
  dueAt: z.string(),
  status: UnitStatusSchema,
  /** Latest version number; null when nothing was submitted. */
  version: z.number().int().min(1).nullable(),
  /** First submission (the one on-time is judged by); null when nothing was submitted. */
  submittedAt: z.string().nullable(),
  /** Latest version's time; equals submittedAt when there is one version. */
  lastSubmittedAt: z.string().nullable(),
  /** Findings of the latest version the clerk contested with a reason (0 when nothing was submitted). */
  contested: z.number().int().min(0),
  /** Those reasons, one per contested code ("Giải trình" in the sheet and the exports). */
  contestedReasons: z.array(ContestSchema),
});
export type UnitStatusRow = z.infer<typeof UnitStatusRowSchema>;

/** GET /api/campaigns/{campaignId}/status. byLevel holds every level of the campaign (its level ids), zero counts included. */
export const StatusDocumentSchema = z.object({
  campaignId: z.string(),
  asOf: z.string(),
  totals: StatusTotalsSchema,
  byLevel: z.record(UnitLevelSchema, StatusTotalsSchema),
  units: z.array(UnitStatusRowSchema),
});
export type StatusDocument = z.infer<typeof StatusDocumentSchema>;
