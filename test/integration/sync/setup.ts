/**
 * The local host (test/integration/api/harness.ts: real composition root, SQLite, development sign-in) with the
 * sheet sync on a fake clock and fake timers, pointed at a local Sheets endpoint or at the .xlsx default.
 */
import type { RetryPolicy } from "../../../functions/sync/retry";
import { SyncStatusSchema, type SyncStatus } from "../../../shared/api/sync";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { FakeClock } from "../../support/fake-timers";
import type { SheetsEndpoint } from "../../support/sheets-endpoint";
import { auth, HA_TINH, startApi, submitInit, type Api } from "../api/harness";

export interface SyncHost {
  api: Api;
  clock: FakeClock;
  /** Waits the retry asked for (nothing really waits). */
  slept: number[];
  logs: string[];
  /** Moves the fake clock in 1 s steps, letting every reconcile started on the way finish. */
  advance(ms: number): Promise<void>;
  submit(unitId: string, key?: string): Promise<Response>;
  syncStatus(campaignId?: string): Promise<SyncStatus>;
}

export interface SyncHostOptions {
  clock: FakeClock;
  sheets?: SheetsEndpoint;
  dataDir?: string;
  retry?: RetryPolicy;
  demo?: boolean;
}

export async function startSyncHost(o: SyncHostOptions): Promise<SyncHost> {
  const slept: number[] = [];
  const logs: string[] = [];
  const google: Record<string, string> = o.sheets
    ? {
        GOOGLE_SHEETS_SPREADSHEET_ID: o.sheets.spreadsheetId,
        SHEETS_ROOT_URL: o.sheets.rootUrl,
        SHEETS_TEST_ACCESS_TOKEN: o.sheets.token,
      }
    : {};
  const api = await startApi({
    ...(o.dataDir ? { dataDir: o.dataDir } : {}),
    now: o.clock.now,
    env: { ...google, CCHC_PUBLIC_URL: "https://cchc.example.test", CCHC_DEMO_CAMPAIGN: o.demo ? "1" : "0" },
    sync: {
      timers: o.clock,
      sleep: async (ms) => void slept.push(ms),
      random: () => 0.5,
      log: (m) => logs.push(m),
      ...(o.retry ? { retry: o.retry } : {}),
    },
  });
  let keys = 0;
  return {
    api,
    clock: o.clock,
    slept,
    logs,
    async advance(ms) {
      for (let t = 0; t < ms; t += 1000) {
        o.clock.advance(Math.min(1000, ms - t));
        await api.deps.sync.settled();
      }
    },
    async submit(unitId, key = `k-${keys++}`) {
      const token = await api.token({ unitId });
      const url = `${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`;
      return fetch(url, submitInit(token, makeFilledReportDocx(unitId), { "Idempotency-Key": key }));
    },
    async syncStatus(campaignId = HA_TINH) {
      const res = await fetch(`${api.url}/campaigns/${campaignId}/sync`, auth(await api.token({ role: "secretariat" })));
      if (res.status !== 200) throw new Error(`GET …/sync: ${res.status} ${await res.text()}`);
      return SyncStatusSchema.parse(await res.json());
    },
  };
}
