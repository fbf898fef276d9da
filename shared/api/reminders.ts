import { z } from "zod";

/**
 * Which reminder of a campaign a unit got: "before-7", "before-2", "due", "overdue-1".."overdue-N" from the
 * campaign's policy, or "manual-YYYYMMDD" when the secretariat sent one by hand (at most one a day).
 */
export const ReminderKindSchema = z.string().regex(/^(?:before-\d{1,3}|due|overdue-\d{1,3}|manual-\d{8})$/);
export type ReminderKind = z.infer<typeof ReminderKindSchema>;

/** sending: claimed, being sent (or its sender died; retried when the lease runs out); retry: waiting for backoff. */
export const ReminderStateSchema = z.enum(["sending", "retry", "sent", "failed"]);
export type ReminderState = z.infer<typeof ReminderStateSchema>;

/** One reminder as the store keeps it: claimed once per (campaign, unit, kind), then sent, retried or failed. */
export const ReminderRecordSchema = z.object({
  campaignId: z.string(),
  unitId: z.string(),
  kind: ReminderKindSchema,
  to: z.array(z.string()),
  state: ReminderStateSchema,
  /** Delivery attempts started so far (1 after the claim). */
  attempts: z.number().int().min(0),
  claimedAt: z.string(),
  updatedAt: z.string(),
  /** sending: when the claim's lease ends; retry: when the next attempt may start; otherwise null. */
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** The last delivery error (for operators), or null. */
  error: z.string().nullable(),
});
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

/** GET /api/campaigns/{campaignId}/reminders (secretariat). */
export const ReminderListSchema = z.array(ReminderRecordSchema);

/** POST /api/campaigns/{campaignId}/reminders (secretariat): send now to these units, or to every unit due. */
export const RemindersRequestSchema = z
  .object({
    unitIds: z.array(z.string().min(1).max(200)).min(1).max(10_000).optional(),
    dryRun: z.boolean().optional(),
  })
  .strict();
export type RemindersRequest = z.infer<typeof RemindersRequestSchema>;

export const ReminderSkipReasonSchema = z.enum([
  "unknownUnit",
  "submitted",
  "noEmail",
  "notDue",
  "alreadySent",
  "sendFailed",
]);
export type ReminderSkipReason = z.infer<typeof ReminderSkipReasonSchema>;

export const RemindersResultSchema = z.object({
  dryRun: z.boolean(),
  sent: z.array(z.object({ unitId: z.string(), to: z.array(z.string()), kind: ReminderKindSchema })),
  skipped: z.array(z.object({ unitId: z.string(), reason: ReminderSkipReasonSchema })),
});
export type RemindersResult = z.infer<typeof RemindersResultSchema>;
