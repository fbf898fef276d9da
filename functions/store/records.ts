/**
 * zod schemas for what the adapters read back from SQLite rows and Cosmos documents: data on disk or from the network
 * is checked before it is handed to handlers. The port's record types are inferred from these schemas (port.ts).
 */
import { z } from "zod";
import { AuditEntrySchema } from "../../shared/api/audit";
import { ContestSchema, type Contest } from "../../shared/api/contest";
import { ReportExtractSchema } from "../../shared/summary/schema";
import { ReviewSchema } from "../../shared/api/review";
import { FindingSchema } from "../../shared/model/findings";
import type { AuditEntry } from "./port";

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
  /** Who submitted (token subject). */
  submittedBy: z.string(),
  /** Warnings and contested errors kept with the receipt. */
  findings: z.array(FindingSchema),
  /** The reasons given for contested errors, one per code (empty for records from before contesting existed). */
  contested: z.array(ContestSchema).default([]),
});
export type SubmissionRecord = z.infer<typeof submissionRecordSchema>;

/** What a unit's head keeps of its latest version: counts of warnings and contested findings, and the reasons. */
export function headFigures(record: SubmissionRecord): { warnings: number; contested: number; contests: Contest[] } {
  let warnings = 0;
  let contested = 0;
  for (const f of record.findings) {
    if (f.contested) contested++;
    else if (f.severity === "warning") warnings++;
  }
  return { warnings, contested, contests: record.contested };
}

/** Picks the port's fields only, so adapter bookkeeping (Cosmos `_etag`, `pk`, `type`) never leaks to callers. */
export function toSubmissionRecord(raw: unknown): SubmissionRecord {
  return submissionRecordSchema.parse(raw);
}

export function toAuditEntry(raw: unknown): AuditEntry {
  const entry = AuditEntrySchema.parse(raw);
  // Optional fields stay absent rather than undefined-valued, so records compare equal across adapters.
  const { sha256, submissionId, contested, ...rest } = entry;
  return {
    ...rest,
    ...(sha256 === undefined ? {} : { sha256 }),
    ...(submissionId === undefined ? {} : { submissionId }),
    ...(contested === undefined ? {} : { contested }),
  };
}

export const storedExtractSchema = z.object({
  submissionId: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  extract: ReportExtractSchema,
});
/** What a submission's report says (shared/summary), kept beside it for the campaign's summary and sheet tabs. */
export type StoredExtract = z.infer<typeof storedExtractSchema>;

/** Picks the port's fields only (no Cosmos bookkeeping) and checks the extract's shape on the way out. */
export function toStoredExtract(raw: unknown): StoredExtract {
  return storedExtractSchema.parse(raw);
}

export const reviewRecordSchema = ReviewSchema.extend({
  submissionId: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  version: z.number().int().positive(),
});
/** Sở Nội vụ's decision on one version; a later decision on the same version replaces it (the audit keeps both). */
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
