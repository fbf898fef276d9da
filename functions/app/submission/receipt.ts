import { z } from "zod";
import type { SubmissionRecord } from "../../store/port";
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

export function versionOf(r: SubmissionRecord): Version {
  return { ...receiptOf(r), submittedBy: r.submittedBy, documentUrl: documentPath(r.submissionId) };
}
