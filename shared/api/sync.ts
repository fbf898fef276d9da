import { z } from "zod";

/** Where the secretariat's sheet is kept: a Google spreadsheet, or the embedded default, an .xlsx file. */
export const SyncTargetSchema = z.enum(["google-sheets", "xlsx-file"]);
export type SyncTarget = z.infer<typeof SyncTargetSchema>;

export const SyncErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  /** What the sheet service answered (for the operator); absent for internal errors. */
  detail: z.string().optional(),
});
export type SyncError = z.infer<typeof SyncErrorSchema>;

/**
 * GET /api/campaigns/{campaignId}/sync (secretariat). `dirty` comes from the durable mark in the store; the rest
 * is what this server instance has seen since it started (null before its first sync of the campaign).
 */
export const SyncStatusSchema = z.object({
  campaignId: z.string(),
  target: SyncTargetSchema,
  /** Accepted submissions not yet written to the sheet. */
  dirty: z.boolean(),
  /** ISO instant of the newest unsynced submission; null when clean. */
  dirtySince: z.string().nullable(),
  running: z.boolean(),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastResult: z.enum(["ok", "error"]).nullable(),
  lastError: SyncErrorSchema.nullable(),
  /** Counters since this instance started: reconciles done, write and setup requests sent, bytes of the last write. */
  reconciles: z.number().int().min(0),
  writeRequests: z.number().int().min(0),
  setupRequests: z.number().int().min(0),
  lastWriteBytes: z.number().int().min(0).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
