import { z } from "zod";
import { ContestSchema } from "./contest";

/**
 * GET /api/campaigns/{campaignId}/audit (secretariat), newest first: what changed a unit's standing and who did it —
 * submission attempts, reviews, reminders sent by hand. Reads are not in it (README: "What the audit keeps").
 */
export const AuditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  /**
   * Submission attempts: "accepted" | "rejected" | "replayed" | "error"; reviews: "review.accepted" |
   * "review.returned"; reminders sent by hand: "reminder.sent" | "reminder.failed" (code "sendFailed").
   */
  outcome: z.string(),
  /** "ok" or the stable error code of the answer. */
  code: z.string(),
  sha256: z.string().optional(),
  submissionId: z.string().optional(),
  /** The reasons the attempt carried for contested errors (multipart submissions), accepted or not. */
  contested: z.array(ContestSchema).optional(),
});
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;
export const AuditListSchema = z.array(AuditEntrySchema);
