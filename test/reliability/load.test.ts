/**
 * Load, in `npm test`: 200 submissions from 50 units, 25 in flight, with random retries of the same key (double
 * clicks, late repeats, abandoned first attempts). The full 1,000 × 250 × 50 run is load.soak.ts (`npm run soak`).
 */
import type { Api } from "../integration/api/harness";
import { loadProblems, runLoad, startLoadApi } from "./load-driver";

let api: Api;
let unitIds: string[];
beforeAll(async () => {
  ({ api, unitIds } = await startLoadApi(50));
});
afterAll(() => api.stop());

it("keeps every accepted receipt exactly once, versions gapless, status equal to a recount", async () => {
  const outcome = await runLoad(api, unitIds, { submissions: 200, inFlight: 25, seed: 7 });
  expect(outcome.receipts.size).toBe(200);
  expect(outcome.requests).toBeGreaterThan(230); // the retries really happened
  expect(await loadProblems(api, unitIds, outcome)).toEqual([]);
}, 120_000);
