/**
 * Cosmos DB answering 429 (throttled) and 412 (lost ETag race) under submissions through the HTTP layer: the local
 * host composed as usual, its store replaced by the Cosmos adapter on @vercel/cosmosdb-server with injected faults.
 * The store-level cases are in test/contract/cosmos.test.ts; here the client-visible outcome is checked: every
 * request answered 201 once the SDK's backoff wins, no duplicate, no gap — or 503 + Retry-After when throttling
 * outlasts the retries, and the client's retry recorded once.
 */
import { randomUUID } from "node:crypto";
import { openCosmosStore } from "../../functions/store/cosmos/store";
import type { SubmissionStore } from "../../functions/store/port";
import { ReceiptSchema, type Receipt } from "../../shared/api/submissions";
import { makeFilledReportDocx } from "../fixtures/reports";
import { HA_TINH, startApi, submitInit, type Api } from "../integration/api/harness";
import { isCreateIn, isReplaceIn, startCosmosServer, type CosmosTestServer } from "../support/servers/cosmos";

let server: CosmosTestServer;
let cosmos: SubmissionStore;
let api: Api;
beforeAll(async () => {
  server = await startCosmosServer();
  cosmos = await openCosmosStore({
    endpoint: server.endpoint,
    key: server.key,
    agent: server.agent,
    databaseId: `db-${randomUUID()}`,
    throttleRetries: { maxAttempts: 3 },
  });
  api = await startApi({ wrapStore: () => cosmos });
});
afterAll(async () => {
  await api.stop();
  await cosmos.close();
  await server.stop();
});
afterEach(() => server.faults.clear());

async function submit(unitId: string, key: string): Promise<Response> {
  const token = await api.token({ unitId });
  const body = makeFilledReportDocx(unitId, { number: key.replace(/\D/g, "") || "1" });
  return fetch(`${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`, submitInit(token, body, { "Idempotency-Key": key }));
}

it("answers every submission 201 through 429s and 412s, each key once, versions gapless", async () => {
  server.faults.add({ match: isCreateIn("submissions"), status: 429, headers: { "x-ms-retry-after-ms": "20" }, times: 2 });
  server.faults.add({ match: isReplaceIn("unit-heads"), status: 412, times: 4 });
  const keys = ["snv", "stp"].flatMap((unitId) => Array.from({ length: 5 }, (_, i) => ({ unitId, key: `${unitId}-${i + 1}` })));
  // Each key is sent twice at once (a retry racing the first attempt).
  const responses = await Promise.all(keys.flatMap(({ unitId, key }) => [submit(unitId, key), submit(unitId, key)]));
  expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
  const receipts: Receipt[] = await Promise.all(responses.map(async (r) => ReceiptSchema.parse(await r.json())));
  expect(server.faults.hits).toBe(6);
  for (const unitId of ["snv", "stp"]) {
    const versions = await cosmos.listVersions(HA_TINH, unitId);
    expect(versions.map((v) => v.version)).toEqual([5, 4, 3, 2, 1]);
    expect(new Set(versions.map((v) => v.idempotencyKey)).size).toBe(5);
    const mine = receipts.filter((r) => r.unitId === unitId);
    expect(new Set(mine.map((r) => r.submissionId))).toEqual(new Set(versions.map((v) => v.submissionId)));
  }
});

it("turns throttling that outlasts the retries into 503 + Retry-After; the retry is recorded once", async () => {
  server.faults.add({ match: () => true, status: 429, headers: { "x-ms-retry-after-ms": "5" } });
  const throttled = await submit("sxd", "sxd-1");
  expect(throttled.status).toBe(503);
  expect(throttled.headers.get("retry-after")).toBe("5");
  server.faults.clear();
  expect(await cosmos.listVersions(HA_TINH, "sxd")).toEqual([]);
  const retry = await submit("sxd", "sxd-1");
  expect(retry.status).toBe(201);
  expect((await cosmos.listVersions(HA_TINH, "sxd")).map((v) => v.version)).toEqual([1]);
});
