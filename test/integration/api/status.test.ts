import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { StatusDocumentSchema, type StatusDocument, type StatusTotals } from "../../../shared/api/status";
import { VersionListSchema } from "../../../shared/api/submissions";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { toUnitsCsv } from "../../../shared/units/csv";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { withOutage } from "../../support/outage";
import { auth, HA_TINH, startApi, submitInit, type Api } from "./harness";


let now = new Date("2024-06-20T03:00:00Z");
const down = new Set<string>();
const dataDir = mkdtempSync(join(tmpdir(), "cchc-status-"));
let api: Api;

// Real counts for two units through the documented CSV import: stp has 20 subordinates → due 30/9/2024.
const unitsCsv = join(dataDir, "units.csv");
writeFileSync(
  unitsCsv,
  toUnitsCsv(HA_TINH_2024_UNITS.filter((u) => u.id === "snv" || u.id === "stp").map((u) => ({ ...u, subordinateCount: u.id === "stp" ? 20 : 5 }))),
);
const start = () =>
  startApi({ dataDir, now: () => now, wrapStore: (s) => withOutage(s, down), env: { CCHC_UNITS_FILE: unitsCsv } });

beforeAll(async () => {
  api = await start();
});
afterAll(() => api.stop());

async function submit(unitId: string, key: string) {
  const token = await api.token({ unitId });
  return fetch(`${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`, submitInit(token, makeFilledReportDocx(unitId), { "Idempotency-Key": key }));
}

/** Tokens are judged by the injected clock too, so each call takes a fresh one. */
const secretariat = () => api.token({ role: "secretariat" });

async function status(): Promise<StatusDocument> {
  const res = await fetch(`${api.url}/campaigns/${HA_TINH}/status`, auth(await secretariat()));
  expect(res.status).toBe(200);
  return StatusDocumentSchema.parse(await res.json());
}

function recount(doc: StatusDocument, level?: string): StatusTotals {
  const rows = doc.units.filter((u) => !level || u.level === level);
  const n = (s: string) => rows.filter((u) => u.status === s).length;
  const reviews = (r: string) => rows.filter((u) => u.review === r).length;
  return { units: rows.length, submitted: n("on_time") + n("late"), onTime: n("on_time"), late: n("late"), missing: n("missing"), overdue: n("overdue"), accepted: reviews("accepted"), returned: reviews("returned") };
}

const rowOf = (doc: StatusDocument, unitId: string) => doc.units.find((u) => u.unitId === unitId);

describe("completion status with an injected clock", () => {
  it("before the deadline: one on time, everyone else missing", async () => {
    const res = await submit("snv", "snv-1");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ onTime: true, dueAt: "2024-06-30T16:59:59.999Z" });
    const doc = await status();
    expect(doc.asOf).toBe("2024-06-20T03:00:00.000Z");
    expect(rowOf(doc, "snv")).toMatchObject({ status: "on_time", version: 1, submittedAt: "2024-06-20T03:00:00.000Z" });
    expect(doc.totals).toEqual({ ...recount(doc), onTime: 1, submitted: 1, late: 0, overdue: 0 });
    expect(doc.totals.missing).toBe(doc.totals.units - 1);
  });

  it("after the deadline: missing turns overdue, a late report is late, the September group is still missing", async () => {
    now = new Date("2024-07-02T02:00:00Z");
    expect((await submit("stc", "stc-1")).status).toBe(201);
    const doc = await status();
    expect(rowOf(doc, "snv")?.status).toBe("on_time");
    expect(rowOf(doc, "stc")?.status).toBe("late");
    expect(rowOf(doc, "stp")).toMatchObject({ status: "missing", dueAt: "2024-09-30T16:59:59.999Z" });
    expect(rowOf(doc, "syt")?.status).toBe("overdue");
    expect(doc.totals).toEqual(recount(doc));
    expect(doc.totals).toMatchObject({ submitted: 2, onTime: 1, late: 1, missing: 1 });
    for (const level of ["province_dept", "central_agency", "district", "commune"] as const) {
      expect(doc.byLevel[level]).toEqual(recount(doc, level));
    }
  });

  it("status.csv: UTF-8 BOM, Vietnamese headers, dd/mm/yyyy", async () => {
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/status.csv`, auth(await secretariat()));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="trang-thai-ha-tinh-2024-h1-\d{8}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toMatch(/^STT,Mã đơn vị,Tên đơn vị,Cấp,Hạn nộp,Trạng thái/);
    const snv = lines.find((l) => l.includes(",snv,"));
    expect(snv).toContain("30/06/2024,Đã nộp đúng hạn,1,20/06/2024 10:00");
    expect(lines.filter((l) => l !== "").length).toBe((await status()).units.length + 1);
  });

  it("status.xlsx: a real workbook with the same rows", async () => {
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/status.xlsx`, auth(await secretariat()));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(3).value).toBe("Tên đơn vị");
    expect(ws.rowCount).toBe((await status()).units.length + 1);
    const stc = ws.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(2).value === "stc");
    expect(stc?.getCell(6).value).toBe("Nộp muộn");
    expect(stc?.getCell(5).value).toBe("30/06/2024");
  });

  it("revalidates with ETag (304), compresses when accepted, and a submission changes the answer at once", async () => {
    const token = await secretariat();
    const url = `${api.url}/campaigns/${HA_TINH}/status`;
    const first = await fetch(url, auth(token));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("vary")).toBe("Accept-Encoding, Authorization, Origin");
    const before = StatusDocumentSchema.parse(await first.json());
    const again = await fetch(url, { headers: { Authorization: `Bearer ${token}`, "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");

    // node:http without fetch's transparent decoding: the bytes on the wire are gzip and decode to the same JSON.
    const { request } = await import("node:http");
    const { gunzipSync } = await import("node:zlib");
    const raw = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      const r = request(url, { headers: { Authorization: `Bearer ${token}`, "Accept-Encoding": "gzip" } }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], bytes: Buffer.concat(parts) }));
      });
      r.on("error", reject);
      r.end();
    });
    expect(raw.encoding).toBe("gzip");
    expect(StatusDocumentSchema.parse(JSON.parse(gunzipSync(raw.bytes).toString("utf8")))).toEqual(before);

    expect((await submit("sct", "sct-1")).status).toBe(201);
    const after = await fetch(url, { headers: { Authorization: `Bearer ${token}`, "If-None-Match": etag ?? "" } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(rowOf(StatusDocumentSchema.parse(await after.json()), "sct")?.status).toBe("late");
  });

  it("clerks may not read status or exports", async () => {
    const clerk = await api.token({ unitId: "snv" });
    for (const path of ["status", "status.csv", "status.xlsx"]) {
      expect((await fetch(`${api.url}/campaigns/${HA_TINH}/${path}`, auth(clerk))).status).toBe(403);
    }
    expect((await fetch(`${api.url}/campaigns/nope/status`, auth(await secretariat()))).status).toBe(404);
  });
});

describe("store outage", () => {
  afterEach(() => down.clear());

  it("503 with Retry-After when the record cannot be written; no version, status unchanged", async () => {
    const before = await status();
    down.add("record");
    const res = await submit("sxd", "sxd-1");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("store.unavailable");
    down.clear();
    const versions = await fetch(`${api.url}/campaigns/${HA_TINH}/units/sxd/submissions`, auth(await secretariat()));
    expect(VersionListSchema.parse(await versions.json())).toEqual([]);
    expect((await status()).totals).toEqual(before.totals);
    const audit = (await (await fetch(`${api.url}/campaigns/${HA_TINH}/audit`, auth(await secretariat()))).json()) as { unitId: string; outcome: string; code: string }[];
    expect(audit.find((e) => e.unitId === "sxd")).toMatchObject({ outcome: "error", code: "store.unavailable" });
    // The client's retry with the same key succeeds once the store is back.
    expect((await submit("sxd", "sxd-1")).status).toBe(201);
  });

  it("health is 503 while the store is unreachable", async () => {
    down.add("ping");
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });
});

describe("restart", () => {
  it("keeps versions and the development key across a restart on the same data folder", async () => {
    const token = await api.token({ unitId: "snv" });
    await api.stop(false);
    api = await start();
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/units/snv/submissions`, auth(token));
    expect(res.status).toBe(200);
    expect(VersionListSchema.parse(await res.json()).map((v) => v.version)).toEqual([1]);
    expect(rowOf(await status(), "stc")?.status).toBe("late");
  });
});
