/**
 * The process dies between recording a submission and writing the sheet: the real local host in a child process is
 * SIGKILLed right after a 201, before its coalesced sheet sync. Restarted on the same data folder it finds the
 * durable dirty mark and the secretariat's sheet (the .xlsx default) converges.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openSqliteStore } from "../../functions/store/sqlite/store";
import { SHEET_STATUS_LABELS, STATUS_TAB_TITLE } from "../../functions/sync/sheet-model";
import { SyncStatusSchema } from "../../shared/api/sync";
import { makeFilledReportDocx } from "../fixtures/reports";
import { HA_TINH, submitInit } from "../integration/api/harness";
import { bundleStart } from "../support/start-bundle";
import { startChildHost, type ChildHost } from "./child-host";

const dataDir = mkdtempSync(join(tmpdir(), "cchc-crash-"));
const sheetFile = join(dataDir, "sheets", `${HA_TINH}.xlsx`);
// A long coalescing window: the sync that the submission asks for is certainly still waiting when the kill comes.
const env = { CCHC_DATA_DIR: dataDir, CCHC_DEV_AUTH: "1", CCHC_DEMO_CAMPAIGN: "0", SHEET_SYNC_MIN_INTERVAL_SEC: "3600" };
let host: ChildHost | undefined;
let bundle: Awaited<ReturnType<typeof bundleStart>> | undefined;
afterAll(async () => {
  await host?.kill();
  bundle?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

async function token(api: string, who: Record<string, string>): Promise<string> {
  const res = await fetch(`${api}/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(who) });
  return ((await res.json()) as { token: string }).token;
}

/** The status column of a unit's row in the .xlsx, or undefined while the file or the row is not there. */
async function sheetStatus(unitId: string): Promise<string | undefined> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(sheetFile);
  } catch {
    return undefined;
  }
  const ws = wb.getWorksheet(STATUS_TAB_TITLE);
  const row = ws?.getRows(2, Math.max(1, ws.rowCount - 1))?.find((r) => r.getCell(1).value === unitId);
  return row ? String(row.getCell(6).value) : undefined;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it("converges after a SIGKILL between the record and the sheet sync", async () => {
  bundle = await bundleStart();
  host = await startChildHost(bundle.entry, env);
  // The start-up reconcile has written the sheet: snv, not submitted, is overdue (30/6/2024 is past).
  expect(await until("the first sheet", () => sheetStatus("snv"))).toBe(SHEET_STATUS_LABELS.overdue);

  const clerk = await token(host.api, { unitId: "snv" });
  const res = await fetch(`${host.api}/campaigns/${HA_TINH}/units/snv/submissions`, submitInit(clerk, makeFilledReportDocx("snv"), { "Idempotency-Key": "crash-1" }));
  expect(res.status).toBe(201);
  await host.kill();

  // Died before the sync: the sheet still says overdue, and the store holds the record and the dirty mark.
  expect(await sheetStatus("snv")).toBe(SHEET_STATUS_LABELS.overdue);
  const store = openSqliteStore({ file: join(dataDir, "cchc.sqlite") });
  expect((await store.listVersions(HA_TINH, "snv")).map((v) => v.version)).toEqual([1]);
  expect((await store.dirtyCampaigns()).map((m) => m.campaignId)).toContain(HA_TINH);
  await store.close();

  host = await startChildHost(bundle.entry, env);
  await until("the sheet to show the submission", async () => ((await sheetStatus("snv")) === SHEET_STATUS_LABELS.late ? true : undefined));
  const secretariat = await token(host.api, { role: "secretariat" });
  const sync = SyncStatusSchema.parse(await (await fetch(`${host.api}/campaigns/${HA_TINH}/sync`, { headers: { Authorization: `Bearer ${secretariat}` } })).json());
  expect(sync).toMatchObject({ dirty: false, lastResult: "ok" });
}, 90_000);
