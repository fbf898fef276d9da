/**
 * zod schemas for what the adapters read back from SQLite rows and Cosmos documents: data on disk or from the network
 * is checked before it is handed to handlers. `satisfies` ties each schema to the port's interface at compile time.
 */
import { z } from "zod";
import { AuditEntrySchema } from "../../shared/api/audit";
import { ContestSchema, type Contest } from "../../shared/api/contest";
import { ReportExtractSchema } from "../../shared/summary/schema";
import { ReviewSchema } from "../../shared/api/review";
import type { AuditEntry, ReviewRecord, StoredExtract, SubmissionRecord } from "./port";

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
  contested: z.array(ContestSchema).default([]),
}) satisfies z.ZodType<SubmissionRecord>;

// Findings are stored as the rules produced them; the head needs only these two flags of each.
const FindingFlagsSchema = z.object({ severity: z.string().optional(), contested: z.boolean().optional() });

/** What a unit's head keeps of its latest version: counts of warnings and contested findings, and the reasons. */
export function headFigures(record: SubmissionRecord): { warnings: number; contested: number; contests: Contest[] } {
  let warnings = 0;
  let contested = 0;
  for (const raw of record.findings) {
    const f = FindingFlagsSchema.safeParse(raw);
    if (!f.success) continue;
    if (f.data.contested) contested++;
    else if (f.data.severity === "warning") warnings++;
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
}) satisfies z.ZodType<StoredExtract>;

/** Picks the port's fields only (no Cosmos bookkeeping) and checks the extract's shape on the way out. */
export function toStoredExtract(raw: unknown): StoredExtract {
  return storedExtractSchema.parse(raw);
}

export const reviewRecordSchema = ReviewSchema.extend({
  submissionId: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  version: z.number().int().positive(),
}) satisfies z.ZodType<ReviewRecord>;
