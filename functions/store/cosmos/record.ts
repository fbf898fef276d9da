/**
 * Recording a submission on Cosmos DB without transactions. Three kinds of document take part:
 *   slot  `v<n>`            (unit partition)  the full record, created-if-absent: whoever creates v<n> owns number n;
 *   idem  `k-<sha(key)>`    (unit partition)  key → version, created-if-absent and never changed: one version per key;
 *   head  `<unitId>`        (campaign partition) latest committed version, advanced n-1 → n under an ETag.
 * A slot counts only once the head reaches it, and the head only advances onto a slot its key's idem doc points at,
 * so readers that trust the head never see a half-written submission, and versions stay gapless. Any writer that
 * finds a slot beyond the head finishes (or voids) it before continuing, so a crashed writer never blocks a unit;
 * its submission becomes visible exactly as if it had completed, and a retry with its key gets that receipt back.
 */
import type { NewSubmission, RecordResult, SubmissionRecord } from "../port";
import { StoreUnavailableError } from "../port";
import type { HeadDoc, StoreContainers } from "./layout";
import { headDocSchema, idemDocSchema, idemId, slotId, unitPartition } from "./layout";
import type { Versioned } from "./docs";
import { backoff, createIfAbsent, deleteIfMatch, readDoc, replaceIfMatch } from "./docs";
import { headFigures, submissionRecordSchema, toSubmissionRecord } from "../records";
import { submissionIdOf } from "../submission-id";

export interface RecordContext {
  containers: StoreContainers;
  /** Optimistic-concurrency rounds before giving up with StoreUnavailableError. */
  maxAttempts: number;
}

export interface Unit {
  campaignId: string;
  unitId: string;
  pk: string;
}

export const unitOf = (campaignId: string, unitId: string): Unit => ({ campaignId, unitId, pk: unitPartition(campaignId, unitId) });

export function readHead(ctx: RecordContext, unit: Unit): Promise<Versioned<HeadDoc> | undefined> {
  return readDoc(ctx.containers.unitHeads, unit.unitId, unit.campaignId, headDocSchema);
}

/** The schema strips Cosmos bookkeeping (`id`, `pk`, `type`, `_etag` …), leaving exactly the port's record. */
export function readSlot(ctx: RecordContext, unit: Unit, version: number): Promise<Versioned<SubmissionRecord> | undefined> {
  return readDoc(ctx.containers.submissions, slotId(version), unit.pk, submissionRecordSchema);
}

/** Binds the key to `version` unless it is already bound; returns the version the key is bound to. */
async function bindKey(ctx: RecordContext, unit: Unit, key: string, version: number): Promise<number> {
  const id = idemId(key);
  if (await createIfAbsent(ctx.containers.submissions, { id, pk: unit.pk, type: "idem", idempotencyKey: key, version })) {
    return version;
  }
  // Idempotency documents are never deleted; a 404 right after the 409 is a replica lagging behind (another
  // instance's session), so look again briefly.
  for (let attempt = 0; attempt < 5; attempt++) {
    const bound = await readDoc(ctx.containers.submissions, id, unit.pk, idemDocSchema);
    if (bound) return bound.doc.version;
    await backoff(attempt);
  }
  throw new StoreUnavailableError(undefined, `idempotency document ${id} exists but is not readable yet`);
}

/** One attempt to move the head from record.version - 1 to record.version; false if the head moved meanwhile. */
function advanceHead(ctx: RecordContext, unit: Unit, record: SubmissionRecord, head: Versioned<HeadDoc> | undefined) {
  const figures = headFigures(record);
  const doc: HeadDoc = {
    id: unit.unitId,
    campaignId: unit.campaignId,
    latestVersion: record.version,
    latestSubmissionId: record.submissionId,
    latestAt: record.receivedAt,
    firstAt: head?.doc.firstAt ?? record.receivedAt,
    latestWarnings: figures.warnings,
    latestContested: figures.contested,
    latestContests: figures.contests,
  };
  return head
    ? replaceIfMatch(ctx.containers.unitHeads, unit.campaignId, doc, head.etag)
    : createIfAbsent(ctx.containers.unitHeads, doc);
}

/** Finishes the slot just past the head: commits it if its key is bound to it, deletes it if the key went elsewhere. */
async function settleNextSlot(ctx: RecordContext, unit: Unit, head: Versioned<HeadDoc> | undefined): Promise<void> {
  const next = (head?.doc.latestVersion ?? 0) + 1;
  const slot = await readSlot(ctx, unit, next);
  if (!slot) return;
  const bound = await bindKey(ctx, unit, slot.doc.idempotencyKey, next);
  if (bound === next) await advanceHead(ctx, unit, slot.doc, head);
  else await deleteIfMatch(ctx.containers.submissions, slotId(next), unit.pk, slot.etag);
}

/** Makes sure the head has reached `version` (helping whoever wrote it), then returns that committed record. */
async function committed(ctx: RecordContext, unit: Unit, version: number): Promise<SubmissionRecord> {
  for (let attempt = 0; attempt < ctx.maxAttempts; attempt++) {
    const head = await readHead(ctx, unit);
    if ((head?.doc.latestVersion ?? 0) >= version) {
      // Committed slots are never deleted; a miss can only be a lagging replica.
      const slot = await readSlot(ctx, unit, version);
      if (slot) return slot.doc;
      await backoff(attempt);
    } else {
      await settleNextSlot(ctx, unit, head);
    }
  }
  throw new StoreUnavailableError(undefined, `version ${version} of ${unit.pk} did not settle`);
}

export async function recordSubmission(ctx: RecordContext, input: NewSubmission): Promise<RecordResult> {
  const unit = unitOf(input.campaignId, input.unitId);
  const key = idemId(input.idempotencyKey);
  let conflictedAt = 0;
  for (let attempt = 0; attempt < ctx.maxAttempts; attempt++) {
    const bound = await readDoc(ctx.containers.submissions, key, unit.pk, idemDocSchema);
    if (bound) return { record: await committed(ctx, unit, bound.doc.version), created: false };

    const head = await readHead(ctx, unit);
    const version = (head?.doc.latestVersion ?? 0) + 1;
    const record = toSubmissionRecord({
      ...input,
      version,
      submissionId: submissionIdOf(input.campaignId, input.unitId, version),
    });
    if (!(await createIfAbsent(ctx.containers.submissions, { ...record, id: slotId(version), pk: unit.pk, type: "version" }))) {
      // The slot's writer normally finishes within milliseconds; help only if it is still pending on a second look.
      if (conflictedAt === version) await settleNextSlot(ctx, unit, head);
      conflictedAt = version;
      await backoff(attempt);
      continue;
    }
    const owner = await bindKey(ctx, unit, input.idempotencyKey, version);
    if (owner !== version) {
      // A concurrent call with the same key won; our slot is void and must not block the unit.
      const mine = await readSlot(ctx, unit, version);
      if (mine) await deleteIfMatch(ctx.containers.submissions, slotId(version), unit.pk, mine.etag);
      return { record: await committed(ctx, unit, owner), created: false };
    }
    if (await advanceHead(ctx, unit, record, head)) return { record, created: true };
    // The head moved: only a helper committing this very slot can have moved it past `head`.
    return { record: await committed(ctx, unit, version), created: true };
  }
  throw new StoreUnavailableError(undefined, `too much write contention on ${unit.pk}`);
}

export async function findByKey(ctx: RecordContext, campaignId: string, unitId: string, key: string) {
  const unit = unitOf(campaignId, unitId);
  const bound = await readDoc(ctx.containers.submissions, idemId(key), unit.pk, idemDocSchema);
  return bound ? committed(ctx, unit, bound.doc.version) : undefined;
}
