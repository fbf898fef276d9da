import { z } from "zod";
import { FindingSchema } from "../model/findings";
import { ContestSchema } from "./contest";
import { ReviewSchema } from "./review";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** The other form of POST …/submissions: parts `document` (the .docx) and `contested` (JSON, ContestRequestSchema). */
export const MULTIPART_MEDIA_TYPE = "multipart/form-data";

/** Idempotency-Key header: 1–200 printable ASCII characters (what curl users and the add-in can both send). */
export const IdempotencyKeySchema = z.string().regex(/^[\x20-\x7e]{1,200}$/);

/** 201 body of POST …/submissions (also what an idempotent replay returns, byte for byte). */
export const ReceiptSchema = z.object({
  submissionId: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  version: z.number().int().min(1),
  receivedAt: z.string(),
  dueAt: z.string(),
  onTime: z.boolean(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().min(0),
  /** Warnings, and the errors the clerk contested (`contested: true`): an uncontested error is refused with 422. */
  findings: z.array(FindingSchema),
  /** The reasons given for the contested errors, one per code; empty when nothing was contested (absent from servers before contesting existed). */
  contested: z.array(ContestSchema).default([]),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** One entry of GET …/submissions (newest first). */
export const VersionSchema = ReceiptSchema.extend({
  submittedBy: z.string(),
  /** GET path of the original bytes. */
  documentUrl: z.string(),
  /** Sở Nội vụ's decision on this version; null while it waits for review (and from servers before reviews). */
  review: ReviewSchema.nullable().default(null),
});
export type Version = z.infer<typeof VersionSchema>;
export const VersionListSchema = z.array(VersionSchema);

/** POST /api/validate: the server's verdict on a .docx, nothing stored. */
export const ValidateResultSchema = z.object({
  campaignId: z.string(),
  /** No error-severity finding: the report may be submitted. */
  ok: z.boolean(),
  findings: z.array(FindingSchema),
});
export type ValidateResult = z.infer<typeof ValidateResultSchema>;

/** Where a version's original bytes are served; the receipt, the sheet and the summary link to it. */
export function documentPath(submissionId: string): string {
  return `/api/submissions/${encodeURIComponent(submissionId)}/document`;
}
