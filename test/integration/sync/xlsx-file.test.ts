/** Without Google settings the same tabs are written to CCHC_DATA_DIR/sheets/<campaign>.xlsx on every reconcile. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { STATUS_TAB_TITLE, SUMMARY_TAB_TITLE } from "../../../functions/sync/sheet-model";
import { REMEDIES_TAB_TITLE, SHORTCOMINGS_TAB_TITLE } from "../../../functions/sync/summary-tabs";
import { FakeClock } from "../../support/fake-timers";
import { auth, HA_TINH } from "../api/harness";
import { startSyncHost, type SyncHost } from "./setup";

let host: SyncHost;
afterEach(() => host.api.stop());

async function readWorkbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet | undefined, n: number) => (ws?.getRow(n).values as unknown[]).slice(1);

describe("the embedded default: an .xlsx file per campaign", () => {
  it("is written atomically on every reconcile with both tabs, readable by exceljs", async () => {
    host = await startSyncHost({ clock: new FakeClock(Date.parse("2024-06-20T03:00:00Z")) });
    await host.api.deps.sync.start();
    const dir = join(host.api.dataDir, "sheets");
    const file = join(dir, `${HA_TINH}.xlsx`);
    expect(existsSync(file)).toBe(true);

    expect((await host.submit("snv")).status).toBe(201);
    await host.advance(5_000);
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([STATUS_TAB_TITLE, SUMMARY_TAB_TITLE, SHORTCOMINGS_TAB_TITLE, REMEDIES_TAB_TITLE]);
    const status = wb.getWorksheet(STATUS_TAB_TITLE);
    expect(status?.rowCount).toBe(host.api.deps.campaigns.unitsFor(HA_TINH).list().length + 1);
    expect(status?.getRow(1).font?.bold).toBe(true);
    expect(status?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const snv = status?.getRows(2, status.rowCount - 1)?.find((r) => r.getCell(1).value === "snv");
    expect((snv?.values as unknown[]).slice(1, 9)).toEqual(["snv", "Sở Nội vụ", "Sở, ban, ngành cấp tỉnh", "", "30/06/2024", "Đúng hạn", 1, "20/06/2024 10:00"]);
    const summary = wb.getWorksheet(SUMMARY_TAB_TITLE);
    expect(rowValues(summary, 1)).toEqual(["Cấp", "Số đơn vị", "Đã nộp", "Đúng hạn", "Nộp muộn", "Chưa nộp", "Quá hạn", "Tỷ lệ đã nộp (%)", "Đã tiếp nhận", "Trả lại"]);
    // No temporary files left behind by the atomic write.
    expect(readdirSync(dir)).toEqual([`${HA_TINH}.xlsx`]);

    expect(await host.syncStatus()).toMatchObject({ target: "xlsx-file", dirty: false, lastResult: "ok", reconciles: 2, writeRequests: 2 });
    // The exports keep working next to it.
    const csv = await fetch(`${host.api.url}/campaigns/${HA_TINH}/status.csv`, auth(await host.api.token({ role: "secretariat" })));
    expect(csv.status).toBe(200);
  });
});
