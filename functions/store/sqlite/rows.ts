/** Row shapes of the SQLite tables and their mapping to the port's types (validated on the way out). */
import { z } from "zod";
import { ContestSchema } from "../../../shared/api/contest";
import type { AuditEntry, SubmissionRecord, UnitSubmissionState } from "../port";
import { toAuditEntry, toSubmissionRecord } from "../records";

export interface SubmissionRow {
  submission_id: string;
  campaign_id: string;
  unit_id: string;
  version: number;
  idempotency_key: string;
  received_at: string;
  due_at: string;
  on_time: number;
  sha256: string;
  size_bytes: number;
  submitted_by: string;
  findings: string;
  /** JSON of Contest[]. */
  contested: string;
}

export interface HeadRow {
  unit_id: string;
  latest_version: number;
  latest_submission_id: string;
  latest_at: string;
  first_at: string;
  latest_warnings: number;
  latest_contested: number;
  latest_contests: string;
}

export interface AuditRow {
  campaign_id: string;
  unit_id: string;
  at: string;
  actor: string;
  outcome: string;
  code: string;
  sha256: string | null;
  submission_id: string | null;
  contested: string | null;
}

const ContestsSchema = z.array(ContestSchema);

export function fromRow(row: SubmissionRow): SubmissionRecord {
  return toSubmissionRecord({
    submissionId: row.submission_id,
    campaignId: row.campaign_id,
    unitId: row.unit_id,
    version: row.version,
    idempotencyKey: row.idempotency_key,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    onTime: row.on_time === 1,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    submittedBy: row.submitted_by,
    findings: JSON.parse(row.findings) as unknown,
    contested: JSON.parse(row.contested) as unknown,
  });
}

export function toRow(record: SubmissionRecord): SubmissionRow {
  return {
    submission_id: record.submissionId,
    campaign_id: record.campaignId,
    unit_id: record.unitId,
    version: record.version,
    idempotency_key: record.idempotencyKey,
    received_at: record.receivedAt,
    due_at: record.dueAt,
    on_time: record.onTime ? 1 : 0,
    sha256: record.sha256,
    size_bytes: record.sizeBytes,
    submitted_by: record.submittedBy,
    findings: JSON.stringify(record.findings),
    contested: JSON.stringify(record.contested),
  };
}

export function fromHeadRow(h: HeadRow): UnitSubmissionState {
  return {
    unitId: h.unit_id,
    latestVersion: h.latest_version,
    latestSubmissionId: h.latest_submission_id,
    latestAt: h.latest_at,
    firstAt: h.first_at,
    latestWarnings: h.latest_warnings,
    latestContested: h.latest_contested,
    latestContests: ContestsSchema.parse(JSON.parse(h.latest_contests)),
  };
}

export function fromAuditRow(r: AuditRow): AuditEntry {
  return toAuditEntry({
    at: r.at,
    actor: r.actor,
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    outcome: r.outcome,
    code: r.code,
    sha256: r.sha256 ?? undefined,
    submissionId: r.submission_id ?? undefined,
    contested: r.contested === null ? undefined : (JSON.parse(r.contested) as unknown),
  });
}
