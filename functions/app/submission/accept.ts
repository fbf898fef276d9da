/**
 * Accepting one submission as one logical write. Order matters for "nothing half-written": the document goes to the
 * content-addressed blob store first (an orphan blob is harmless: nothing counts it), then the store records the
 * version atomically and idempotently. Only a record makes a submission exist.
 */
import type { Principal } from "../../auth/principal";
import { sha256Hex } from "../../blob/key";
import type { SubmissionRecord } from "../../store/port";
import { applyContests, sameContests, type Contest } from "../../../shared/api/contest";
import { dueFor } from "../../../shared/campaign/deadline";
import type { Campaign } from "../../../shared/campaign/schema";
import { CodedError } from "../../../shared/errors/codes";
import { FindingSchema } from "../../../shared/model/findings";
import type { ReportExtract } from "../../../shared/summary";
import type { Unit } from "../../../shared/units/schema";
import type { Deps } from "../deps";
import { checkAndExtract } from "./check";

export interface Submission {
  campaign: Campaign;
  unit: Unit;
  principal: Principal;
  idempotencyKey: string;
  bytes: Uint8Array;
  /** Reasons for errors the clerk disagrees with (multipart form); empty for a raw .docx body. */
  contests: readonly Contest[];
  log: (message: string) => void;
}

export interface Accepted {
  record: SubmissionRecord;
  /** true when the key had been used before with the same bytes: the first receipt is answered again. */
  replayed: boolean;
}

/**
 * Same key, same request: a retry. Same key, another request — other bytes, or the same bytes with other reasons for
 * the contested errors — is a client bug that must not pass silently. The reasons compared are those that apply to
 * the stored findings, so a retry that repeats a reason for an error the document does not have still replays.
 */
function replayOf(existing: SubmissionRecord, sha256: string, contests: readonly Contest[]): Accepted {
  const stored = FindingSchema.array().parse(existing.findings);
  if (existing.sha256 !== sha256 || !sameContests(applyContests(stored, contests).applied, existing.contested)) {
    throw new CodedError("idempotency.conflict", undefined, { submissionId: existing.submissionId });
  }
  return { record: existing, replayed: true };
}

/**
 * Marked with the time of marking, after the record is committed, not with receivedAt: a slow request whose record
 * lands after a sync has read the store must leave a mark newer than the one that sync clears. The durable mark
 * is what counts; the notification only makes the local host's sheet sync start sooner.
 */
async function markDirty(deps: Deps, campaignId: string): Promise<void> {
  await deps.store.markDirty(campaignId, deps.now().toISOString());
  deps.sync.notify(campaignId);
}

/**
 * After the record: the submission exists either way, so a failure here is logged, not answered; the summary reads
 * the stored document again for any latest version without an extract.
 */
async function keepExtract(deps: Deps, record: SubmissionRecord, extract: ReportExtract, log: (m: string) => void) {
  const { submissionId, campaignId, unitId } = record;
  try {
    await deps.store.putExtract({ submissionId, campaignId, unitId, extract });
  } catch (err) {
    log(`extract of ${submissionId} not stored: ${String(err)}`);
  }
}

export async function acceptSubmission(deps: Deps, s: Submission): Promise<Accepted> {
  const { campaign, unit } = s;
  const sha256 = sha256Hex(s.bytes);
  const existing = await deps.store.findByIdempotencyKey(campaign.id, unit.id, s.idempotencyKey);
  if (existing) {
    const replay = replayOf(existing, sha256, s.contests);
    // A retry after a failed mark must still leave the campaign marked for the sheet sync.
    await markDirty(deps, campaign.id);
    return replay;
  }

  const now = deps.now();
  const check = { campaign, now, maxBytes: deps.maxUploadBytes, reader: deps.reader, log: s.log, unitCode: unit.shortCode };
  const { findings: checked, extract } = await checkAndExtract(s.bytes, check);
  // Every error must be contested with a reason; what is left is listed apart so a client sees what remains.
  const { findings, applied, uncontested } = applyContests(checked, s.contests);
  if (uncontested.length > 0) throw new CodedError("report.invalid", undefined, { findings, uncontested });

  const stored = await deps.blobs.put(s.bytes);
  if (stored !== sha256) throw new Error(`blob store returned ${stored} for ${sha256}`);
  const { dueAt } = dueFor(campaign, unit);
  const receivedAt = now.toISOString();
  const { record, created } = await deps.store.record({
    campaignId: campaign.id,
    unitId: unit.id,
    idempotencyKey: s.idempotencyKey,
    receivedAt,
    dueAt,
    onTime: now.getTime() <= Date.parse(dueAt),
    sha256,
    sizeBytes: s.bytes.byteLength,
    submittedBy: s.principal.subject,
    findings,
    contested: applied,
  });
  if (created && extract) await keepExtract(deps, record, extract, s.log);
  await markDirty(deps, campaign.id);
  return created ? { record, replayed: false } : replayOf(record, sha256, s.contests);
}
