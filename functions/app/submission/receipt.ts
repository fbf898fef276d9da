import { z } from "zod";
import type { ReviewRecord, SubmissionRecord } from "../../store/port";
import type { Review } from "../../../shared/api/review";
import type { Receipt, Version } from "../../../shared/api/submissions";
import { FindingSchema } from "../../../shared/model/findings";

const FindingsSchema = z.array(FindingSchema);

/** A receipt is a pure function of the stored record, so every replay of a key answers byte-for-byte the same. */
export function receiptOf(r: SubmissionRecord): Receipt {
  return {
    submissionId: r.submissionId,
    campaignId: r.campaignId,
    unitId: r.unitId,
    version: r.version,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    onTime: r.onTime,
    sha256: r.sha256,
    sizeBytes: r.sizeBytes,
    findings: FindingsSchema.parse(r.findings),
    contested: r.contested,
  };
}

export function documentPath(submissionId: string): string {
  return `/api/submissions/${encodeURIComponent(submissionId)}/document`;
}

export function reviewOf(r: ReviewRecord): Review {
  return { decision: r.decision, comment: r.comment, by: r.by, at: r.at };
}

/** `reviews`: the unit's stored reviews (any order); the one of this version, if any, goes with it. */
export function versionOf(r: SubmissionRecord, reviews: readonly ReviewRecord[] = []): Version {
  const review = reviews.find((x) => x.submissionId === r.submissionId);
  return {
    ...receiptOf(r),
    submittedBy: r.submittedBy,
    documentUrl: documentPath(r.submissionId),
    review: review ? reviewOf(review) : null,
  };
}
