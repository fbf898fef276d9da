/**
 * The Google Sheet sync end to end: submissions through the local host, the REAL @googleapis/sheets client, a
 * local Sheets v4 endpoint (SHEETS_ROOT_URL + SHEETS_TEST_ACCESS_TOKEN), a fake clock for the 5 s window, the
 * 10 s tick and the due instant.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STATUS_TAB_TITLE, SUMMARY_TAB_TITLE } from "../../../functions/sync/sheet-model";
import { REMEDIES_TAB_TITLE, SHORTCOMINGS_TAB_TITLE } from "../../../functions/sync/summary-tabs";
import { ReceiptSchema } from "../../../shared/api/submissions";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { levelLabel } from "../../../shared/campaign/levels";
import { FakeClock } from "../../support/fake-timers";
import { startSheetsEndpoint, type RecordedRequest, type SheetsEndpoint } from "../../support/sheets-endpoint";
import { auth, HA_TINH } from "../api/harness";
import { startSyncHost, type SyncHost } from "./setup";

let sheets: SheetsEndpoint;
let host: SyncHost;

beforeEach(async () => {
  sheets = await startSheetsEndpoint();
});
afterEach(async () => {
  await host.api.stop();
  await sheets.close();
});

const isWrite = (r: RecordedRequest) => r.kind === "batchUpdate" && JSON.stringify(r.body).includes('"updateCells"');
const isSetup = (r: RecordedRequest) => r.kind === "batchUpdate" && !isWrite(r);
const rowOf = (unitId: string) => sheets.values(STATUS_TAB_TITLE)?.find((r) => r[0] === unitId);
// The pane's open page (default: the first allowed origin), which signs in before downloading; never the API itself.
const link = (id: string) => `https://localhost:3000/open.html?submission=${id}`;

describe("Google Sheet sync through the local host", () => {
  it("writes the exact rows after submissions: one write per reconcile, setup only when something is missing", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")), sheets });
    await host.api.deps.sync.start();
    expect(sheets.requests.map((r) => (isWrite(r) ? "write" : isSetup(r) ? "setup" : r.kind))).toEqual(["get", "setup", "write"]);
    const units = host.api.deps.campaigns.unitsFor(HA_TINH).list();
    expect(sheets.values(STATUS_TAB_TITLE)).toHaveLength(units.length + 1);
    expect(sheets.sheet(STATUS_TAB_TITLE)).toMatchObject({ frozenRowCount: 1 });

    const receipt = ReceiptSchema.parse(await (await host.submit("snv")).json());
    expect((await host.submit("stp")).status).toBe(201);
    const before = sheets.requests.length;
    await host.advance(5_000);
    // Both submissions in one reconcile: one write, no read, no setup.
    expect(sheets.requests.slice(before).map((r) => (isWrite(r) ? "write" : r.kind))).toEqual(["write"]);

    const values = sheets.values(STATUS_TAB_TITLE) ?? [];
    expect(values[0]).toEqual([
      "Mã đơn vị", "Tên đơn vị", "Cấp", "Số đơn vị trực thuộc", "Hạn nộp", "Trạng thái",
      "Phiên bản mới nhất", "Thời điểm nộp", "Số cảnh báo", "Liên kết văn bản", "Giải trình",
      "Xét duyệt", "Ý kiến xét duyệt", "Nhắc lần cuối",
    ]);
    expect(rowOf("snv")).toEqual([
      "snv", "Sở Nội vụ", levelLabel(HA_TINH_2024.levels, "province_dept"), "", "30/06/2024", "Đúng hạn", 1, "20/06/2024 10:00",
      receipt.findings.length, link("ha-tinh-2024-h1.snv.v1"), "", "Chờ xem xét",
    ]);
    expect(rowOf("stp")?.slice(5, 8)).toEqual(["Đúng hạn", 1, "20/06/2024 10:00"]);
    expect(rowOf("d436")?.slice(5)).toEqual(["Chưa nộp"]);
    // Ordered by level, then by name in Vietnamese order.
    const order = HA_TINH_2024.levels.map((l) => l.label);
    const rows = values.slice(1);
    const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1] ?? [], rows[i] ?? []];
      const byLevel = order.indexOf(String(a[2])) - order.indexOf(String(b[2]));
      expect(byLevel < 0 || (byLevel === 0 && collator.compare(String(a[1]), String(b[1])) <= 0)).toBe(true);
    }
    // The content tabs travel in the same write.
    expect(sheets.values(SHORTCOMINGS_TAB_TITLE)?.[0]?.slice(0, 3)).toEqual(["Mã đơn vị", "Tên đơn vị", "Công tác chỉ đạo, điều hành CCHC"]);
    // Two remedies (the example's table) from each of the two reports, each row linking its own report.
    expect(sheets.values(REMEDIES_TAB_TITLE)?.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([
      ["snv", "30/09/2024", link("ha-tinh-2024-h1.snv.v1")],
      ["stp", "30/09/2024", link("ha-tinh-2024-h1.stp.v1")],
      ["snv", "31/12/2024", link("ha-tinh-2024-h1.snv.v1")],
      ["stp", "31/12/2024", link("ha-tinh-2024-h1.stp.v1")],
    ]);
    const summary = sheets.values(SUMMARY_TAB_TITLE) ?? [];
    expect(summary[5]).toEqual(["Tổng cộng", units.length, 2, 2, 0, units.length - 2, 0, Math.round((2000 / units.length)) / 10, 0, 0]);
    expect(summary[summary.length - 1]).toEqual(["Đồng bộ lần cuối", "20/06/2024 10:00"]);

    // A second reconcile, nothing new: still one write and nothing else.
    const quiet = sheets.requests.length;
    await host.advance(300_000);
    expect(sheets.requests.slice(quiet).map((r) => (isWrite(r) ? "write" : r.kind))).toEqual(["get", "write"]);
    expect(await host.syncStatus()).toMatchObject({
      campaignId: HA_TINH, target: "google-sheets", dirty: false, dirtySince: null, lastResult: "ok", lastError: null,
      reconciles: 3, writeRequests: 3, setupRequests: 1,
    });
  });

  it("GET …/sync is for the secretariat only", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")), sheets });
    const clerk = await host.api.token({ unitId: "snv" });
    expect((await fetch(`${host.api.url}/campaigns/${HA_TINH}/sync`, auth(clerk))).status).toBe(403);
    expect((await fetch(`${host.api.url}/campaigns/${HA_TINH}/sync`)).status).toBe(401);
    const secretariat = await host.api.token({ role: "secretariat" });
    expect((await fetch(`${host.api.url}/campaigns/nope/sync`, auth(secretariat))).status).toBe(404);
    // Not started (as in Azure until the timer runs): the durable mark says what is waiting.
    expect((await host.submit("snv")).status).toBe(201);
    expect(await host.syncStatus()).toMatchObject({ dirty: true, dirtySince: "2024-06-20T03:00:00.000Z", lastResult: null, running: false });
  });

  it("a burst of submissions becomes a handful of writes, at most one per 5 s", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")), sheets });
    await host.api.deps.sync.start();
    const writesBefore = sheets.requests.filter(isWrite).length;
    const ids = host.api.deps.campaigns.unitsFor(HA_TINH).list().slice(0, 40).map((u) => u.id);
    for (const id of ids) {
      expect((await host.submit(id)).status).toBe(201);
      host.clock.advance(250);
      await host.api.deps.sync.settled();
    }
    await host.advance(10_000);
    const writes = sheets.requests.filter(isWrite).length - writesBefore;
    // 40 submissions over 10 s: reconciles at 5 s and 10 s, and one for the tail.
    expect(writes).toBeGreaterThanOrEqual(2);
    expect(writes).toBeLessThanOrEqual(3);
    expect(ids.map((id) => rowOf(id)?.[5])).toEqual(ids.map(() => "Đúng hạn"));
    expect((await host.syncStatus()).dirty).toBe(false);
  });

  it("retries 429 and 500 answers, waiting at least what Retry-After asks, and the write lands", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")), sheets });
    await host.api.deps.sync.start();
    sheets.fail(2, { status: 429, retryAfter: "7", kind: "batchUpdate" });
    sheets.fail(1, { status: 500, kind: "batchUpdate" });
    expect((await host.submit("snv")).status).toBe(201);
    await host.advance(5_000);
    expect(sheets.writes().slice(-4).map((r) => r.status)).toEqual([429, 429, 500, 200]);
    // Retry-After: 7 s twice, then the backoff's own step (equal jitter at 0.5 of 4 s).
    expect(host.slept).toEqual([7000, 7000, 3000]);
    expect(rowOf("snv")?.[5]).toBe("Đúng hạn");
    expect(await host.syncStatus()).toMatchObject({ dirty: false, lastResult: "ok" });
  });

  it("after the retry budget the campaign stays dirty with the error shown; the next run fixes the sheet", async () => {
    const retry = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 4000, budgetMs: 10_000 };
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")), sheets, retry });
    await host.api.deps.sync.start();
    sheets.fail(3, { status: 503, kind: "batchUpdate" });
    expect((await host.submit("snv")).status).toBe(201);
    await host.advance(5_000);
    const failed = await host.syncStatus();
    expect(failed).toMatchObject({ dirty: true, lastResult: "error", lastError: { code: "sheets.unavailable" } });
    expect(failed.lastError?.detail).toMatch(/^HTTP 503/);
    expect(rowOf("snv")?.[5]).toBe("Chưa nộp");
    await host.advance(10_000);
    expect(rowOf("snv")?.[5]).toBe("Đúng hạn");
    expect(await host.syncStatus()).toMatchObject({ dirty: false, lastResult: "ok", lastError: null });
  });

  it("a crash between the record and the sheet: the dirty mark survives the restart and the sheet converges on start", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cchc-sync-crash-"));
    const clock = new FakeClock(Date.parse("2024-06-20T03:00:00Z"));
    // The first process never gets to sync (its scheduler never runs, as if killed right after the record).
    host = await startSyncHost({ clock, sheets, dataDir });
    expect((await host.submit("snv")).status).toBe(201);
    expect(await host.api.deps.store.dirtyCampaigns()).toEqual([{ campaignId: HA_TINH, since: "2024-06-20T03:00:00.000Z" }]);
    await host.api.stop(false);
    expect(sheets.writes()).toEqual([]);

    clock.advance(60_000);
    host = await startSyncHost({ clock, sheets, dataDir });
    await host.api.deps.sync.start();
    expect(rowOf("snv")?.slice(5, 8)).toEqual(["Đúng hạn", 1, "20/06/2024 10:00"]);
    expect(await host.api.deps.store.dirtyCampaigns()).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("'Chưa nộp' turns 'Quá hạn' at the first tick after the due instant, without any submission", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-30T16:59:30Z")), sheets });
    await host.api.deps.sync.start();
    expect(new Set(sheets.values(STATUS_TAB_TITLE)?.slice(1).map((r) => r[5]))).toEqual(new Set(["Chưa nộp"]));
    const writes = sheets.requests.filter(isWrite).length;
    await host.advance(30_000); // 17:00:00 exactly: not yet past 16:59:59.999 + the tick
    await host.advance(10_000);
    expect(sheets.requests.filter(isWrite).length).toBe(writes + 1);
    // Hà Tĩnh's registry has no subordinate counts yet: every unit falls in the 30 June group.
    expect(new Set(sheets.values(STATUS_TAB_TITLE)?.slice(1).map((r) => r[5]))).toEqual(new Set(["Quá hạn"]));
    expect(sheets.values(SUMMARY_TAB_TITLE)?.at(-1)).toEqual(["Đồng bộ lần cuối", "01/07/2024 00:00"]);
  });

  it("a tab deleted by hand comes back on the next sync; other campaigns get their own tabs", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")), sheets, demo: true });
    await host.api.deps.sync.start();
    const demo = host.api.deps.campaigns.list().find((c) => c.demo)?.id ?? "";
    expect(sheets.titles()).toEqual(
      expect.arrayContaining([STATUS_TAB_TITLE, SUMMARY_TAB_TITLE, `${STATUS_TAB_TITLE} (${demo})`, `${SUMMARY_TAB_TITLE} (${demo})`]),
    );
    sheets.mutate((list) => list.splice(list.findIndex((s) => s.title === STATUS_TAB_TITLE), 1));
    const before = sheets.requests.length;
    expect((await host.submit("snv")).status).toBe(201);
    await host.advance(5_000);
    // The write names a grid that is gone (400); the layout is read again, the tab re-created, the write repeated.
    expect(sheets.requests.slice(before).map((r) => `${isWrite(r) ? "write" : isSetup(r) ? "setup" : r.kind} ${r.status}`)).toEqual([
      "write 400", "get 200", "setup 200", "write 200",
    ]);
    expect(rowOf("snv")?.[5]).toBe("Đúng hạn");
    expect(sheets.sheet(STATUS_TAB_TITLE)).toMatchObject({ frozenRowCount: 1 });
    expect(sheets.sheet(STATUS_TAB_TITLE)?.conditionalFormats).toHaveLength(4);
  });
});
