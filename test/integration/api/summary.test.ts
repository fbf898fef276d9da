/**
 * The province's picture over HTTP: varied reports submitted by their clerks, then GET …/summary, …/summary.docx and
 * the sheet's two content tabs in the .xlsx, with document links that go to the pane's open page.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { readDocx } from "../../../docx/read";
import { REMEDIES_TAB_TITLE, SHORTCOMINGS_TAB_TITLE } from "../../../functions/sync/summary-tabs";
import { STATUS_TAB_TITLE } from "../../../functions/sync/sheet-model";
import { CampaignSummarySchema } from "../../../shared/api/summary";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { withOutage } from "../../support/outage";
import { variedReports } from "../../shared/summary/varied";
import { auth, HA_TINH, startApi, submitInit, type Api } from "./harness";

const OPEN = "https://pane.example.gov.vn/open.html";
let now = new Date("2024-06-28T03:00:00Z");
const down = new Set<string>();
let api: Api;

beforeAll(async () => {
  api = await startApi({ now: () => now, wrapStore: (s) => withOutage(s, down), env: { CCHC_OPEN_URL: OPEN } });
  for (const r of variedReports()) {
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/units/${r.unitId}/submissions`, submitInit(await api.token({ unitId: r.unitId }), r.bytes));
    expect(res.status).toBe(201);
  }
});
afterAll(() => api.stop());

const secretariat = () => api.token({ role: "secretariat" });

async function summary() {
  const res = await fetch(`${api.url}/campaigns/${HA_TINH}/summary`, auth(await secretariat()));
  expect(res.status).toBe(200);
  return CampaignSummarySchema.parse(await res.json());
}

describe("GET …/summary", () => {
  it("answers the secretariat with the reports' content; clerks get 403, strangers 401, unknown campaigns 404", async () => {
    const s = await summary();
    expect(s.reporting).toMatchObject({ submitted: 3, onTime: 3 });
    expect(s.inspected).toEqual({ units: 24, total: 17, unitsOfTotal: 13, reports: 3 });
    expect(s.shortcomingsByField.find((f) => f.field === "c")?.units.map((u) => u.unitId).sort()).toEqual(["d443", "stp"]);
    expect(s.remedies.map((m) => m.deadlineAt?.slice(0, 10) ?? null)).toEqual(["2024-07-31", "2024-09-30", "2024-10-31", "2024-11-15", "2024-12-31", null]);
    expect(s.remedies.some((m) => m.overdue)).toBe(false);

    const clerk = await fetch(`${api.url}/campaigns/${HA_TINH}/summary`, auth(await api.token({ unitId: "stp" })));
    expect(clerk.status).toBe(403);
    expect((await fetch(`${api.url}/campaigns/${HA_TINH}/summary.docx`, auth(await api.token({ unitId: "stp" })))).status).toBe(403);
    expect((await fetch(`${api.url}/campaigns/${HA_TINH}/summary`)).status).toBe(401);
    expect((await fetch(`${api.url}/campaigns/nope/summary`, auth(await secretariat()))).status).toBe(404);
  });

  it("marks remedies overdue once their deadline passes without a newer report", async () => {
    now = new Date("2024-08-05T03:00:00Z");
    const s = await summary();
    expect(s.remedies.filter((m) => m.overdue).map((m) => [m.unitId, m.deadlineAt?.slice(0, 10)])).toEqual([["d443", "2024-07-31"]]);
  });

  it("counts a submission whose extract could not be stored, by reading its document again", async () => {
    down.add("putExtract");
    const bytes = makeFilledReportDocx("sxd", { sections: { I: ["Sở đã kiểm tra 3/4 phòng, đơn vị, đạt 75% kế hoạch."] } });
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/units/sxd/submissions`, submitInit(await api.token({ unitId: "sxd" }), bytes));
    expect(res.status).toBe(201);
    down.delete("putExtract");
    expect((await api.deps.store.listExtracts(HA_TINH)).some((e) => e.unitId === "sxd")).toBe(false);
    const s = await summary();
    expect(s.units.find((u) => u.unitId === "sxd")?.inspected).toEqual({ count: 3, total: 4, ratio: 75 });
    // Read once, then kept.
    expect((await api.deps.store.listExtracts(HA_TINH)).some((e) => e.unitId === "sxd")).toBe(true);
  });
});

describe("GET …/summary.docx", () => {
  it("is a Word document both readers open, linking each report to the open page", async () => {
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/summary.docx`, auth(await secretariat()));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="tong-hop-ha-tinh-2024-h1-\d{8}\.docx"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const read = await readDocx(bytes);
    expect(read.ok).toBe(true);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain("Tổng hợp kết quả kiểm tra, tự kiểm tra công tác CCHC");
    expect(html).toContain(`href="${OPEN}?submission=ha-tinh-2024-h1.stp.v1"`);
    expect(html).not.toContain("/api/submissions/");
  });
});

describe("the sheet's content tabs (.xlsx)", () => {
  it("writes 'Tồn tại theo lĩnh vực' and 'Giải pháp và thời hạn' in the same single write, every cell text, links to the open page", async () => {
    // A report whose excerpt starts like a formula: it must stay text.
    const hostile = makeFilledReportDocx("sct", {
      sections: { II: ["=HYPERLINK(\"http://evil.example\",\"x\") về cải cách thể chế: văn bản ban hành chậm."] },
    });
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/units/sct/submissions`, submitInit(await api.token({ unitId: "sct" }), hostile));
    expect(res.status).toBe(201);
    await api.deps.sync.tick();
    const sync = await fetch(`${api.url}/campaigns/${HA_TINH}/sync`, auth(await secretariat()));
    expect(await sync.json()).toMatchObject({ lastResult: "ok", writeRequests: 1 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(api.dataDir, "sheets", `${HA_TINH}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual([STATUS_TAB_TITLE, "Tổng hợp", SHORTCOMINGS_TAB_TITLE, REMEDIES_TAB_TITLE]);

    const fields = wb.getWorksheet(SHORTCOMINGS_TAB_TITLE)!;
    const header = (fields.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["Mã đơn vị", "Tên đơn vị", "Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế",
      "Cải cách thủ tục hành chính, gắn với cơ chế Một cửa, Một cửa liên thông", "Cải cách tổ chức bộ máy",
      "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng và phát triển Chính quyền số", "Liên kết văn bản"]);
    const rowOf = (ws: ExcelJS.Worksheet, unitId: string) =>
      ws.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === unitId);
    const d443 = rowOf(fields, "d443")!;
    expect(String(d443.getCell(4).value)).toContain("văn bản quy phạm pháp luật ban hành chậm");
    expect(d443.getCell(10).value).toBe(`${OPEN}?submission=ha-tinh-2024-h1.d443.v1`);
    const sct = rowOf(fields, "sct")!;
    expect(sct.getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(String(sct.getCell(4).value)).toMatch(/^=HYPERLINK/);

    const remedies = wb.getWorksheet(REMEDIES_TAB_TITLE)!;
    expect((remedies.getRow(1).values as unknown[]).slice(1)).toEqual(["Mã đơn vị", "Tên đơn vị", "Lĩnh vực", "Giải pháp khắc phục", "Thời hạn", "Tình trạng", "Liên kết văn bản"]);
    const first = (remedies.getRow(2).values as unknown[]).slice(1);
    expect(first).toEqual(["d443", "UBND huyện Can Lộc", "Cải cách thể chế", expect.stringContaining("Rà soát, ban hành văn bản"), "31/07/2024", "Quá hạn khắc phục", `${OPEN}?submission=ha-tinh-2024-h1.d443.v1`]);
    const states = remedies.getRows(2, remedies.rowCount - 1)!.map((r) => r.getCell(6).value);
    expect(states).toContain("Còn hạn");
    expect(states).toContain("Chưa nêu thời hạn");

    // No link anywhere in the workbook goes straight to the API (it would answer 401 to a browser).
    const status = wb.getWorksheet(STATUS_TAB_TITLE)!;
    const links = status.getRows(2, status.rowCount - 1)!.map((r) => r.getCell(10).value).filter(Boolean);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(String(l)).toMatch(/^https:\/\/pane\.example\.gov\.vn\/open\.html\?submission=/);
  });
});
