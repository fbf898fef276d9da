import { randomUUID } from "node:crypto";
import { CosmosClient } from "@azure/cosmos";
import { openCosmosStore, type CosmosStoreOptions } from "../../functions/store/cosmos/store";
import { StoreUnavailableError } from "../../functions/store/port";
import { isCreateIn, isReplaceIn, startCosmosServer, type CosmosTestServer } from "../support/servers/cosmos";
import { newSubmission, reminder, runStoreContract } from "./store.contract";
import { seededRandom } from "../support/seeded-random";

let server: CosmosTestServer;
beforeAll(async () => {
  server = await startCosmosServer();
});
afterAll(async () => {
  await server.stop();
});


function options(databaseId: string, extra: Partial<CosmosStoreOptions> = {}): CosmosStoreOptions {
  return { endpoint: server.endpoint, key: server.key, agent: server.agent, databaseId, ...extra };
}

runStoreContract("cosmos (cosmosdb-server)", async () => {
  const databaseId = `db-${randomUUID()}`;
  return {
    open: () => openCosmosStore(options(databaseId)),
    dispose: async () => {
      const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
      await client.database(databaseId).delete();
      client.dispose();
    },
  };
});

describe("cosmos store shared by several instances", () => {
  it("keeps versions gapless and one version per key when 3 instances race on one unit", async () => {
    const databaseId = `db-${randomUUID()}`;
    // Separate clients, like three Function hosts: no in-process queue between them, only Cosmos ETags.
    const stores = [
      await openCosmosStore(options(databaseId)),
      await openCosmosStore(options(databaseId)),
      await openCosmosStore(options(databaseId)),
    ];
    const keys = Array.from({ length: 12 }, (_, i) => `key-${i}`);
    const results = await Promise.all(
      keys.flatMap((idempotencyKey, i) =>
        stores.map((store, s) => (i % 3 === s || i % 2 === 0 ? store.record(newSubmission({ idempotencyKey })) : null)),
      ).filter((p) => p !== null),
    );
    const versions = await stores[0]?.listVersions("ht-2024", "snv");
    expect(versions?.map((v) => v.version)).toEqual(Array.from({ length: 12 }, (_, i) => 12 - i));
    expect(results.filter((r) => r.created)).toHaveLength(12);
    const byKey = new Map(versions?.map((v) => [v.idempotencyKey, v.submissionId]));
    for (const r of results) expect(r.record.submissionId).toBe(byKey.get(r.record.idempotencyKey));
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe("cosmos reminders claimed by several instances", () => {
  it("gives each reminder to exactly one of 3 instances claiming it together, and one state change per attempt", async () => {
    const databaseId = `db-${randomUUID()}`;
    const stores = [
      await openCosmosStore(options(databaseId)),
      await openCosmosStore(options(databaseId)),
      await openCosmosStore(options(databaseId)),
    ];
    const kinds = ["before-7", "before-2", "due"];
    const claims = await Promise.all(kinds.flatMap((kind) => stores.map((s) => s.claimReminder(reminder({ kind })))));
    expect(claims.filter(Boolean)).toHaveLength(kinds.length);
    const sent = reminder({ kind: "due", state: "sent", sentAt: "2024-06-30T01:00:01.000Z", nextAttemptAt: null });
    const moves = await Promise.all(stores.map((s) => s.updateReminder(sent, { state: "sending", attempts: 1 })));
    expect(moves.filter(Boolean)).toHaveLength(1);
    expect((await stores[1]!.listReminders("ht-2024")).map((r) => `${r.kind} ${r.state}`)).toEqual([
      "before-2 sending",
      "before-7 sending",
      "due sent",
    ]);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe("cosmos store faults", () => {
  afterEach(() => server.faults.clear());


  it("retries a 429 after x-ms-retry-after-ms and records exactly once", async () => {
    const store = await openCosmosStore(options(`db-${randomUUID()}`));
    server.faults.add({
      match: isCreateIn("submissions"),
      status: 429,
      headers: { "x-ms-retry-after-ms": "60", "x-ms-substatus": "3200" },
      times: 2,
    });
    const started = Date.now();
    const { record, created } = await store.record(newSubmission());
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(server.faults.hits).toBe(2);
    expect(created).toBe(true);
    expect((await store.listVersions("ht-2024", "snv")).map((v) => v.submissionId)).toEqual([record.submissionId]);
    await store.close();
  });

  it("survives a lost ETag race on the unit head (412) without duplicating or skipping a version", async () => {
    const store = await openCosmosStore(options(`db-${randomUUID()}`));
    await store.record(newSubmission({ idempotencyKey: "k1" }));
    server.faults.add({ match: isReplaceIn("unit-heads"), status: 412, times: 3 });
    const second = await store.record(newSubmission({ idempotencyKey: "k2" }));
    const replay = await store.record(newSubmission({ idempotencyKey: "k2" }));
    expect(server.faults.hits).toBe(3);
    expect(second.record.version).toBe(2);
    expect(replay).toEqual({ record: second.record, created: false });
    expect((await store.listVersions("ht-2024", "snv")).map((v) => v.version)).toEqual([2, 1]);
    await store.close();
  });

  it("turns throttling that outlasts the SDK's retries into StoreUnavailableError, then recovers", async () => {
    const store = await openCosmosStore(options(`db-${randomUUID()}`, { throttleRetries: { maxAttempts: 2 } }));
    server.faults.add({ match: () => true, status: 429, headers: { "x-ms-retry-after-ms": "5" } });
    await expect(store.record(newSubmission())).rejects.toBeInstanceOf(StoreUnavailableError);
    server.faults.clear();
    expect((await store.record(newSubmission())).record.version).toBe(1);
    await store.close();
  });

  it("maps 503 answers to StoreUnavailableError with nothing half-visible", async () => {
    const store = await openCosmosStore(options(`db-${randomUUID()}`));
    // The version slot is written, then the service goes away before the head can advance.
    server.faults.add({ match: isCreateIn("unit-heads"), status: 503 });
    await expect(store.record(newSubmission())).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.listVersions("ht-2024", "snv")).toEqual([]);
    expect(await store.get("ht-2024.snv.v1")).toBeUndefined();
    expect(await store.unitStates("ht-2024")).toEqual([]);
    server.faults.clear();
    // The client retries with the same key: it gets the submission it sent, once.
    const retry = await store.record(newSubmission());
    expect(retry.record.version).toBe(1);
    expect((await store.record(newSubmission({ idempotencyKey: "k2" }))).record.version).toBe(2);
    await store.close();
  });

  it("lets the next writer finish a submission whose writer died after writing its slot", async () => {
    const store = await openCosmosStore(options(`db-${randomUUID()}`));
    server.faults.add({ match: isCreateIn("unit-heads"), status: 503, times: 1 });
    await expect(store.record(newSubmission({ idempotencyKey: "lost" }))).rejects.toBeInstanceOf(StoreUnavailableError);
    const next = await store.record(newSubmission({ idempotencyKey: "next" }));
    expect(next.record.version).toBe(2);
    expect((await store.listVersions("ht-2024", "snv")).map((v) => v.idempotencyKey)).toEqual(["next", "lost"]);
    await store.close();
  });

  it.each([
    ["version slot", isCreateIn("submissions")],
    ["unit head", isCreateIn("unit-heads")],
  ])("does not duplicate a submission whose %s write succeeded but whose reply was lost", async (_, match) => {
    const store = await openCosmosStore(options(`db-${randomUUID()}`));
    server.faults.add({ match, status: 503, applied: true, times: 1 });
    await expect(store.record(newSubmission())).rejects.toBeInstanceOf(StoreUnavailableError);
    const retry = await store.record(newSubmission());
    expect(retry.record.version).toBe(1);
    expect(await store.listVersions("ht-2024", "snv")).toEqual([retry.record]);
    await store.close();
  });

  it("stays gapless and duplicate-free when 5 instances retry through random refused and lost writes", async () => {
    const databaseId = `db-${randomUUID()}`;
    const stores = await Promise.all([1, 2, 3, 4, 5].map(() => openCosmosStore(options(databaseId))));
    const random = seededRandom(20241215);
    const isWrite = (req: { method?: string; headers: Record<string, unknown> }) =>
      req.method !== "GET" && !req.headers["x-ms-documentdb-isquery"];
    server.faults.add({ match: (req) => isWrite(req) && random() < 0.08, status: 503, applied: true });
    server.faults.add({ match: (req) => isWrite(req) && random() < 0.08, status: 503 });
    const calls = Array.from({ length: 30 }, (_, k) =>
      Array.from({ length: 1 + (k % 3) }, (__, t) => ({ store: stores[(k + t) % 5], key: `k${k}`, unitId: k % 2 ? "a" : "b" })),
    ).flat();
    const results = await Promise.all(
      calls.map(async ({ store, key, unitId }) => {
        for (;;) {
          try {
            return await (store ?? stores[0])?.record(newSubmission({ idempotencyKey: key, unitId }));
          } catch (err) {
            if (!(err instanceof StoreUnavailableError)) throw err;
          }
        }
      }),
    );
    expect(server.faults.hits).toBeGreaterThan(0);
    server.faults.clear();
    for (const unitId of ["a", "b"]) {
      const versions = (await stores[0]?.listVersions("ht-2024", unitId)) ?? [];
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 15 }, (_, i) => 15 - i));
      const byKey = new Map(versions.map((v) => [v.idempotencyKey, v.submissionId]));
      expect(byKey.size).toBe(15);
      for (const r of results.filter((x) => x?.record.unitId === unitId)) {
        expect(r?.record.submissionId).toBe(byKey.get(r?.record.idempotencyKey ?? ""));
      }
    }
    await Promise.all(stores.map((s) => s.close()));
  });

  it("names the missing container when it may not create it (Entra ID sign-in cannot)", async () => {
    const databaseId = `db-${randomUUID()}`;
    await (await openCosmosStore(options(databaseId))).close();
    const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
    await client.database(databaseId).container("audit").delete();
    client.dispose();
    await expect(openCosmosStore(options(databaseId, { provision: false }))).rejects.toThrow(
      /container "audit" \(partition key \/campaignId\) is missing/,
    );
  });

  it("reports an unreachable service as StoreUnavailableError, at open and afterwards", async () => {
    const other = await startCosmosServer();
    const store = await openCosmosStore({
      endpoint: other.endpoint,
      key: other.key,
      agent: other.agent,
      databaseId: "db",
      requestTimeoutMs: 2000,
    });
    await other.stop();
    await expect(store.record(newSubmission())).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
    await expect(
      openCosmosStore({ endpoint: other.endpoint, key: other.key, agent: other.agent, databaseId: "db", requestTimeoutMs: 2000 }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
