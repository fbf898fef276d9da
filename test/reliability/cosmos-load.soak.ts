/**
 * Load on the Cosmos adapter (`npm run soak`): 500 submissions from 100 units, 30 in flight, with random retries of
 * the same key, while the emulator answers a random 5 % of version writes with 429 and of head replacements with
 * 412. Same checks as the SQLite load: every receipt once, versions gapless, status equal to a recount.
 */
import { randomUUID } from "node:crypto";
import { openCosmosStore } from "../../functions/store/cosmos/store";
import type { SubmissionStore } from "../../functions/store/port";
import type { Api } from "../integration/api/harness";
import { isCreateIn, isReplaceIn, startCosmosServer, type CosmosTestServer } from "../support/servers/cosmos";
import { seededRandom } from "../support/seeded-random";
import { loadProblems, runLoad, startLoadApi } from "./load-driver";

let server: CosmosTestServer;
let cosmos: SubmissionStore;
let api: Api;
let unitIds: string[];
beforeAll(async () => {
  server = await startCosmosServer();
  cosmos = await openCosmosStore({ endpoint: server.endpoint, key: server.key, agent: server.agent, databaseId: `db-${randomUUID()}` });
  ({ api, unitIds } = await startLoadApi(100, { wrapStore: () => cosmos }));
});
afterAll(async () => {
  await api.stop();
  await cosmos.close();
  await server.stop();
});

it("500 submissions through random 429s and 412s: every receipt once, gapless, status equal to a recount", async () => {
  const random = seededRandom(412);
  const creates = isCreateIn("submissions");
  const replaces = isReplaceIn("unit-heads");
  server.faults.add({ match: (req) => creates(req) && random() < 0.05, status: 429, headers: { "x-ms-retry-after-ms": "10" } });
  server.faults.add({ match: (req) => replaces(req) && random() < 0.05, status: 412 });
  const outcome = await runLoad(api, unitIds, { submissions: 500, inFlight: 30, seed: 429 });
  expect(server.faults.hits).toBeGreaterThan(10); // the faults really happened
  server.faults.clear();
  expect(outcome.receipts.size).toBe(500);
  expect(await loadProblems(api, unitIds, outcome)).toEqual([]);
}, 600_000);
