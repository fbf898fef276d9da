/**
 * Accepting one submission as one logical write. Order matters for "nothing half-written": the document goes to the
 * content-addressed blob store first (an orphan blob is harmless: nothing counts it), then the store records the
 * version atomically and idempotently. Only a record makes a submission exist.
 */
import type { Principal } from "../../auth/principal";
import { sha256Hex } from "../../blob/key";
import type { SubmissionRecord } from "../../store/port";
import { dueFor } from "../../../shared/campaign/deadline";
import type { Campaign } from "../../../shared/campaign/schema";
import { CodedError } from "../../../shared/errors/codes";
import { hasErrors } from "../../../shared/model/findings";
import type { Unit } from "../../../shared/units/schema";
import type { Deps } from "../deps";
import { checkUpload } from "./check";

export interface Submission {
  campaign: Campaign;
  unit: Unit;
  principal: Principal;
  idempotencyKey: string;
  bytes: Uint8Array;
  log: (message: string) => void;
}

export interface Accepted {
  record: SubmissionRecord;
  /** true when the key had been used before with the same bytes: the first receipt is answered again. */
  replayed: boolean;
}

/** Same key, same bytes: a retry. Same key, other bytes: a client bug that must not pass silently. */
function replayOf(existing: SubmissionRecord, sha256: string): Accepted {
  if (existing.sha256 !== sha256) {
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

export async function acceptSubmission(deps: Deps, s: Submission): Promise<Accepted> {
  const { campaign, unit } = s;
  const sha256 = sha256Hex(s.bytes);
  const existing = await deps.store.findByIdempotencyKey(campaign.id, unit.id, s.idempotencyKey);
  if (existing) {
    const replay = replayOf(existing, sha256);
    // A retry after a failed mark must still leave the campaign marked for the sheet sync.
    await markDirty(deps, campaign.id);
    return replay;
  }

  const now = deps.now();
  const check = { campaign, now, maxBytes: deps.maxUploadBytes, reader: deps.reader, log: s.log };
  const findings = await checkUpload(s.bytes, check);
  if (hasErrors(findings)) throw new CodedError("report.invalid", undefined, { findings });

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
  });
  await markDirty(deps, campaign.id);
  return created ? { record, replayed: false } : replayOf(record, sha256);
}
