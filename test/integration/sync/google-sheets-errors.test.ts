/**
 * The adapter alone against the local endpoint with the real client: what a misconfiguration looks like (stable
 * codes, no pointless retries), and the endpoint's values API as the real client uses it.
 */
import { sheets as sheetsApi } from "@googleapis/sheets";
import { NATIVE_FETCH, staticTokenAuth } from "../../../functions/sync/google-auth";
import { openGoogleSheetsSink } from "../../../functions/sync/google-sheets";
import type { SheetTabs } from "../../../functions/sync/port";
import { CodedError } from "../../../shared/errors/codes";
import { startSheetsEndpoint, type SheetsEndpoint } from "../../support/sheets-endpoint";

let sheets: SheetsEndpoint;
beforeEach(async () => {
  sheets = await startSheetsEndpoint();
});
afterEach(() => sheets.close());

const TABS: SheetTabs = {
  status: { title: "Tình hình nộp báo cáo", header: ["Mã", "Trạng thái"], widths: [110, 120], rows: [["snv", "Đúng hạn"]], statusColumn: 1 },
  summary: { title: "Tổng hợp", header: ["Cấp", "Số đơn vị"], widths: [280, 110], rows: [["Tổng cộng", 1]] },
};

function sink(token: string, spreadsheetId = sheets.spreadsheetId) {
  return openGoogleSheetsSink({
    spreadsheetId,
    auth: staticTokenAuth(token),
    rootUrl: sheets.rootUrl,
    mainCampaignId: "c1",
    now: () => new Date("2024-06-20T03:00:00Z"),
    sleep: async () => undefined,
    log: () => undefined,
  });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(CodedError);
    return (err as CodedError).code;
  }
  throw new Error("expected a failure");
}

describe("Google Sheets adapter against the local endpoint", () => {
  it("a wrong token is sheets.denied and a wrong spreadsheet id sheets.notFound, each after a single request", async () => {
    expect(await codeOf(sink("not-the-token").reconcile("c1", TABS))).toBe("sheets.denied");
    expect(sheets.requests).toHaveLength(1);
    expect(await codeOf(sink(sheets.token, "no-such-sheet").reconcile("c1", TABS))).toBe("sheets.notFound");
    expect(sheets.requests).toHaveLength(2);
  });

  it("reports the requests of a reconcile and reuses the layout it read", async () => {
    const s = sink(sheets.token);
    expect(await s.reconcile("c1", TABS)).toMatchObject({ target: "google-sheets", writeRequests: 1, setupRequests: 1 });
    const second = await s.reconcile("c1", TABS);
    expect(second).toMatchObject({ writeRequests: 1, setupRequests: 0 });
    expect(second.bytes).toBe(sheets.requests.at(-1)?.bytes);
    expect(sheets.requests.map((r) => r.kind)).toEqual(["get", "batchUpdate", "batchUpdate", "batchUpdate"]);
    expect(sheets.values("Tình hình nộp báo cáo")).toEqual([["Mã", "Trạng thái"], ["snv", "Đúng hạn"]]);
  });

  it("the endpoint's values.batchUpdate takes A1 ranges from the real client", async () => {
    const api = sheetsApi({ version: "v4", auth: staticTokenAuth(sheets.token), rootUrl: sheets.rootUrl, retry: false, ...NATIVE_FETCH });
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: sheets.spreadsheetId,
      requestBody: { valueInputOption: "RAW", data: [{ range: "'Sheet1'!B2:C3", values: [["a", 1], ["b", 2]] }] },
    });
    expect(sheets.values("Sheet1")).toEqual([[], ["", "a", 1], ["", "b", 2]]);
  });
});
