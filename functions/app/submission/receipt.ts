import type { ReviewRecord, SubmissionRecord } from "../../store/port";
import type { Review } from "../../../shared/api/review";
import { documentPath, type Receipt, type Version } from "../../../shared/api/submissions";

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
    findings: r.findings,
    contested: r.contested,
  };
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
