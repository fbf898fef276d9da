import { z } from "zod";
import { UnitLevelSchema } from "../units/schema";
import { ContestSchema } from "./contest";
import { ReviewStateSchema } from "./review";

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
  /** Units whose latest version Sở Nội vụ accepted / returned (the rest of `submitted` wait for review). */
  accepted: z.number().int().min(0),
  returned: z.number().int().min(0),
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
  /** The latest version's review; "pending" also when nothing was submitted. */
  review: ReviewStateSchema,
  /** The comment of that review ("" for none), null while pending. */
  reviewComment: z.string().nullable(),
  /** When the unit's last reminder e-mail was delivered; null when none was. */
  lastRemindedAt: z.string().nullable(),
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
