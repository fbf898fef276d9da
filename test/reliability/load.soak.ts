/**
 * Load, full size (`npm run soak`, not in `npm test`): 1,000 submissions from 250 units, 50 in flight, with random
 * retries of the same key. Same checks as load.test.ts.
 */
import type { Api } from "../integration/api/harness";
import { loadProblems, runLoad, startLoadApi } from "./load-driver";

let api: Api;
let unitIds: string[];
beforeAll(async () => {
  ({ api, unitIds } = await startLoadApi(250));
});
afterAll(() => api.stop());

it("1,000 concurrent submissions from 250 units: every receipt once, gapless, status equal to a recount", async () => {
  const outcome = await runLoad(api, unitIds, { submissions: 1_000, inFlight: 50, seed: 2024 });
  expect(outcome.receipts.size).toBe(1_000);
  expect(await loadProblems(api, unitIds, outcome)).toEqual([]);
}, 600_000);
