/**
 * SubmissionStore on Azure Cosmos DB (NoSQL API, @azure/cosmos 4.9), chosen when COSMOS_ENDPOINT is set. Layout and
 * ids: ./cosmos-layout.ts; the lock-free version protocol: ./cosmos-record.ts. Throttling (429) is retried by the SDK
 * honouring x-ms-retry-after-ms; ETag races (412/409) by our own bounded loops; what is left becomes
 * StoreUnavailableError. No GROUP BY, DISTINCT, OFFSET, transactional batch or change feed is used.
 */
import { randomUUID } from "node:crypto";
import type { Agent } from "node:http";
import { CosmosClient, type CosmosClientOptions } from "@azure/cosmos";
import { DefaultAzureCredential } from "@azure/identity";
import type { AuditEntry, SubmissionStore, UnitSubmissionState } from "../port";
import { StoreUnavailableError } from "../port";
import { backoff, createIfAbsent, deleteIfMatch, readDoc, replaceIfMatch } from "./docs";
import { toCosmosStoreError } from "./errors";
import { DIRTY_PARTITION, headDocSchema, markDocSchema, openContainers } from "./layout";
import type { RecordContext } from "./record";
import { findByKey, readHead, readSlot, recordSubmission, unitOf } from "./record";
import { toAuditEntry, toStoredExtract, toSubmissionRecord } from "../records";
import { serializeByKey } from "../serialize-by-key";
import { cosmosDesk } from "./desk";
import { parseSubmissionId } from "../submission-id";

export type TokenCredential = NonNullable<CosmosClientOptions["aadCredentials"]>;

export interface CosmosStoreOptions {
  endpoint: string;
  /** Account key. Without it the store signs in with `credential`, or DefaultAzureCredential (managed identity). */
  key?: string;
  credential?: TokenCredential;
  databaseId: string;
  /** Create the database and containers if missing. Default: only with a key (Entra ID data-plane roles cannot). */
  provision?: boolean;
  /** HTTP(S) agent, e.g. one trusting a local emulator's self-signed certificate in tests. */
  agent?: Agent;
  /** SDK retries of 429 answers (defaults: 9 retries within 30 s). */
  throttleRetries?: { maxAttempts?: number; maxWaitSeconds?: number };
  /** Optimistic-concurrency rounds per call before StoreUnavailableError (default 100). */
  maxConflictAttempts?: number;
  /** Per-request timeout in ms (SDK default 60 s). */
  requestTimeoutMs?: number;
}

export async function openCosmosStore(opts: CosmosStoreOptions): Promise<SubmissionStore> {
  const client = new CosmosClient({
    endpoint: opts.endpoint,
    ...(opts.key !== undefined ? { key: opts.key } : { aadCredentials: opts.credential ?? new DefaultAzureCredential() }),
    ...(opts.agent ? { agent: opts.agent } : {}),
    connectionPolicy: {
      ...(opts.requestTimeoutMs !== undefined ? { requestTimeout: opts.requestTimeoutMs } : {}),
      retryOptions: {
        maxRetryAttemptCount: opts.throttleRetries?.maxAttempts ?? 9,
        maxWaitTimeInSeconds: opts.throttleRetries?.maxWaitSeconds ?? 30,
        // 0 makes the SDK wait what the service asks for (x-ms-retry-after-ms) instead of a fixed interval.
        fixedRetryIntervalInMilliseconds: 0,
      },
    },
  });
  const database = client.database(opts.databaseId);
  let ctx: RecordContext;
  try {
    ctx = {
      containers: await openContainers(database, opts.provision ?? opts.key !== undefined),
      maxAttempts: opts.maxConflictAttempts ?? 100,
    };
  } catch (err) {
    client.dispose();
    throw toCosmosStoreError(err);
  }
  const { submissions, unitHeads, audit, marks, extracts } = ctx.containers;
  let closed = false;
  const perUnit = serializeByKey();

  async function guard<T>(fn: () => Promise<T>): Promise<T> {
    if (closed) throw new StoreUnavailableError(undefined, "store is closed");
    try {
      return await fn();
    } catch (err) {
      throw toCosmosStoreError(err);
    }
  }

  return {
    kind: "cosmos",
    record: (input) =>
      guard(() => perUnit(unitOf(input.campaignId, input.unitId).pk, () => recordSubmission(ctx, input))),
    findByIdempotencyKey: (campaignId, unitId, key) => guard(() => findByKey(ctx, campaignId, unitId, key)),
    listVersions: (campaignId, unitId) =>
      guard(async () => {
        const unit = unitOf(campaignId, unitId);
        const head = await readHead(ctx, unit);
        if (!head) return [];
        // Slots past the head are uncommitted (in flight or void) and stay invisible.
        const { resources } = await submissions.items
          .query(
            {
              query:
                "SELECT * FROM c WHERE c.pk = @pk AND c.type = 'version' AND c.version <= @head ORDER BY c.version DESC",
              parameters: [
                { name: "@pk", value: unit.pk },
                { name: "@head", value: head.doc.latestVersion },
              ],
            },
            { partitionKey: unit.pk },
          )
          .fetchAll();
        return resources.map((r: unknown) => toSubmissionRecord(r));
      }),
    get: (submissionId) =>
      guard(async () => {
        const parts = parseSubmissionId(submissionId);
        if (!parts) return undefined;
        const unit = unitOf(parts.campaignId, parts.unitId);
        const head = await readHead(ctx, unit);
        if (!head || head.doc.latestVersion < parts.version) return undefined;
        return (await readSlot(ctx, unit, parts.version))?.doc;
      }),
    unitStates: (campaignId) =>
      guard(async () => {
        const { resources } = await unitHeads.items
          .query(
            { query: "SELECT * FROM c WHERE c.campaignId = @c", parameters: [{ name: "@c", value: campaignId }] },
            { partitionKey: campaignId },
          )
          .fetchAll();
        return resources.map((r: unknown): UnitSubmissionState => {
          const head = headDocSchema.parse(r);
          return {
            unitId: head.id,
            latestVersion: head.latestVersion,
            latestSubmissionId: head.latestSubmissionId,
            latestAt: head.latestAt,
            firstAt: head.firstAt,
            latestWarnings: head.latestWarnings,
            latestContested: head.latestContested,
            latestContests: head.latestContests,
          };
        });
      }),
    appendAudit: (entry: AuditEntry) =>
      guard(async () => {
        // An event, not a state: a random id is right here (two identical attempts in one millisecond are two rows).
        await audit.items.create({ ...toAuditEntry(entry), id: randomUUID() });
      }),
    listAudit: (campaignId, limit) =>
      guard(async () => {
        const { resources } = await audit.items
          .query(
            {
              query: "SELECT TOP @n * FROM c WHERE c.campaignId = @c ORDER BY c.at DESC",
              parameters: [
                { name: "@n", value: Math.max(0, Math.floor(limit)) },
                { name: "@c", value: campaignId },
              ],
            },
            { partitionKey: campaignId },
          )
          .fetchAll();
        return resources.map((r: unknown) => toAuditEntry(r));
      }),
    markDirty: (campaignId, at) =>
      guard(async () => {
        for (let attempt = 0; attempt < ctx.maxAttempts; attempt++) {
          const mark = await readDoc(marks, campaignId, DIRTY_PARTITION, markDocSchema);
          const doc = { id: campaignId, pk: DIRTY_PARTITION, campaignId, since: at };
          if (!mark) {
            if (await createIfAbsent(marks, doc)) return;
          } else if (mark.doc.since >= at || (await replaceIfMatch(marks, DIRTY_PARTITION, doc, mark.etag))) {
            return;
          }
          await backoff(attempt);
        }
        throw new StoreUnavailableError(undefined, `dirty mark for ${campaignId} kept changing`);
      }),
    dirtyCampaigns: () =>
      guard(async () => {
        const { resources } = await marks.items
          .query(
            { query: "SELECT * FROM c WHERE c.pk = @pk", parameters: [{ name: "@pk", value: DIRTY_PARTITION }] },
            { partitionKey: DIRTY_PARTITION },
          )
          .fetchAll();
        return resources.map((r: unknown) => {
          const { campaignId, since } = markDocSchema.parse(r);
          return { campaignId, since };
        });
      }),
    clearDirty: (campaignId, since) =>
      guard(async () => {
        const mark = await readDoc(marks, campaignId, DIRTY_PARTITION, markDocSchema);
        // If a newer mark lands between this read and the delete, its new ETag makes the delete a no-op.
        if (mark && mark.doc.since <= since) await deleteIfMatch(marks, campaignId, DIRTY_PARTITION, mark.etag);
      }),
    putExtract: (entry) =>
      guard(async () => {
        // Deterministic id: a repeated write replaces the same document.
        await extracts.items.upsert({ ...entry, id: entry.submissionId });
      }),
    listExtracts: (campaignId) =>
      guard(async () => {
        const { resources } = await extracts.items
          .query(
            { query: "SELECT * FROM c WHERE c.campaignId = @c", parameters: [{ name: "@c", value: campaignId }] },
            { partitionKey: campaignId },
          )
          .fetchAll();
        return resources.map((r: unknown) => toStoredExtract(r)).sort((a, b) => (a.submissionId < b.submissionId ? -1 : 1));
      }),
    ...cosmosDesk(ctx, guard),
    ping: () =>
      guard(async () => {
        await database.read();
      }),
    close: () => {
      if (!closed) {
        closed = true;
        client.dispose();
      }
      return Promise.resolve();
    },
  };
}
