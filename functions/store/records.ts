/**
 * zod schemas for what the adapters read back from SQLite rows and Cosmos documents: data on disk or from the network
 * is checked before it is handed to handlers. `satisfies` ties each schema to the port's interface at compile time.
 */
import { z } from "zod";
import { AuditEntrySchema } from "../../shared/api/audit";
import { ReviewSchema } from "../../shared/api/review";
import type { AuditEntry, ReviewRecord, SubmissionRecord } from "./port";

export const submissionRecordSchema = z.object({
  submissionId: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  version: z.number().int().positive(),
  idempotencyKey: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  onTime: z.boolean(),
  sha256: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  submittedBy: z.string(),
  findings: z.array(z.unknown()),
}) satisfies z.ZodType<SubmissionRecord>;

/** Picks the port's fields only, so adapter bookkeeping (Cosmos `_etag`, `pk`, `type`) never leaks to callers. */
export function toSubmissionRecord(raw: unknown): SubmissionRecord {
  return submissionRecordSchema.parse(raw);
}

export function toAuditEntry(raw: unknown): AuditEntry {
  const entry = AuditEntrySchema.parse(raw);
  // Optional fields stay absent rather than undefined-valued, so records compare equal across adapters.
  const { sha256, submissionId, ...rest } = entry;
  return { ...rest, ...(sha256 === undefined ? {} : { sha256 }), ...(submissionId === undefined ? {} : { submissionId }) };
}

export const reviewRecordSchema = ReviewSchema.extend({
  submissionId: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  version: z.number().int().positive(),
}) satisfies z.ZodType<ReviewRecord>;
