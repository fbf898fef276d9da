/**
 * The secretariat's desk over HTTP: review (accept / return, only the latest version, audit, status, versions,
 * sheet), and reminders sent by hand into the outbox (.eml files) when no SMTP relay is configured.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuditListSchema } from "../../../shared/api/audit";
import { ReminderListSchema, RemindersResultSchema } from "../../../shared/api/reminders";
import { ReviewResultSchema } from "../../../shared/api/review";
import { StatusDocumentSchema } from "../../../shared/api/status";
import { VersionListSchema, VersionSchema } from "../../../shared/api/submissions";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { toUnitsCsv } from "../../../shared/units/csv";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { freePort } from "../../support/start-bundle";
import { auth, HA_TINH, startApi, submitInit, type Api } from "./harness";

let now = new Date("2024-06-20T03:00:00Z");
const dataDir = mkdtempSync(join(tmpdir(), "cchc-review-"));
let api: Api;

const unitsCsv = join(dataDir, "units.csv");
writeFileSync(
  unitsCsv,
  toUnitsCsv(
    HA_TINH_2024_UNITS.filter((u) => u.id === "snv" || u.id === "stp").map((u) => ({
      ...u,
      subordinateCount: 5,
      emails: [`vanthu@${u.id}.example.gov.vn`],
    })),
  ),
);

beforeAll(async () => {
  api = await startApi({ dataDir, now: () => now, env: { CCHC_UNITS_FILE: unitsCsv, CCHC_DEMO_CAMPAIGN: "0" } });
});
afterAll(() => api.stop());

const secretariat = () => api.token({ role: "secretariat" });

async function submit(unitId: string, key: string): Promise<string> {
  const token = await api.token({ unitId });
  const res = await fetch(`${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`, submitInit(token, makeFilledReportDocx(unitId), { "Idempotency-Key": key }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { submissionId: string }).submissionId;
}

async function post(path: string, token: string, body: unknown, target: Api = api): Promise<Response> {
  return fetch(`${target.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

const review = async (id: string, body: unknown, token?: string) => post(`/submissions/${id}/review`, token ?? (await secretariat()), body);

/** The campaign's audit lines about reminders (`api` unless another host is named). */
async function reminderAudit(target: Api = api) {
  const res = await fetch(`${target.url}/campaigns/${HA_TINH}/audit`, auth(await target.token({ role: "secretariat" })));
  return AuditListSchema.parse(await res.json()).filter((e) => e.outcome.startsWith("reminder."));
}

async function subjectOf(target: Api, token: string): Promise<string> {
  return ((await (await fetch(`${target.url}/me`, auth(token))).json()) as { subject: string }).subject;
}

async function status() {
  const res = await fetch(`${api.url}/campaigns/${HA_TINH}/status`, auth(await secretariat()));
  return StatusDocumentSchema.parse(await res.json());
}

describe("review", () => {
  it("returns a report with a comment, shows it in versions, status and the audit, and lets the decision change", async () => {
    const v1 = await submit("snv", "snv-1");
    const returned = await review(v1, { decision: "returned", comment: "  Mục III chưa nêu thời hạn khắc phục.  " });
    expect(returned.status).toBe(200);
    const body = ReviewResultSchema.parse(await returned.json());
    expect(body).toEqual({
      submissionId: v1,
      review: { decision: "returned", comment: "Mục III chưa nêu thời hạn khắc phục.", by: expect.any(String), at: now.toISOString() },
    });

    const clerk = await api.token({ unitId: "snv" });
    const versions = VersionListSchema.parse(await (await fetch(`${api.url}/campaigns/${HA_TINH}/units/snv/submissions`, auth(clerk))).json());
    expect(versions[0]?.review).toEqual(body.review);
    const one = VersionSchema.parse(await (await fetch(`${api.url}/submissions/${v1}`, auth(clerk))).json());
    expect(one.review?.decision).toBe("returned");

    let doc = await status();
    expect(doc.units.find((u) => u.unitId === "snv")).toMatchObject({ review: "returned", reviewComment: "Mục III chưa nêu thời hạn khắc phục." });
    expect(doc.totals).toMatchObject({ submitted: 1, accepted: 0, returned: 1 });

    now = new Date("2024-06-20T04:00:00Z");
    expect((await review(v1, { decision: "accepted" })).status).toBe(200);
    doc = await status();
    expect(doc.totals).toMatchObject({ accepted: 1, returned: 0 });

    const audit = AuditListSchema.parse(await (await fetch(`${api.url}/campaigns/${HA_TINH}/audit`, auth(await secretariat()))).json());
    expect(audit.filter((e) => e.submissionId === v1).map((e) => e.outcome)).toEqual(["review.accepted", "review.returned", "accepted"]);

    const csv = await (await fetch(`${api.url}/campaigns/${HA_TINH}/status.csv`, auth(await secretariat()))).text();
    expect(csv).toContain("Xét duyệt");
    expect(csv).toMatch(/,snv,.*,Đã tiếp nhận,/);
  });

  it("reviews only the latest version (409), and a new version is pending again", async () => {
    const v1 = await submit("stp", "stp-1");
    expect((await review(v1, { decision: "returned", comment: "Thiếu chữ ký" })).status).toBe(200);
    const v2 = await submit("stp", "stp-2");
    const stale = await review(v1, { decision: "accepted" });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("review.notLatest");
    expect((await status()).units.find((u) => u.unitId === "stp")).toMatchObject({ version: 2, review: "pending", reviewComment: null });
    const versions = VersionListSchema.parse(await (await fetch(`${api.url}/campaigns/${HA_TINH}/units/stp/submissions`, auth(await secretariat()))).json());
    expect(versions.map((v) => [v.submissionId, v.review?.decision ?? null])).toEqual([[v2, null], [v1, "returned"]]);
  });

  it("refuses clerks, a return without a comment, unknown decisions, oversized comments and unknown submissions", async () => {
    const v = `${HA_TINH}.snv.v1`;
    expect((await review(v, { decision: "accepted" }, await api.token({ unitId: "snv" }))).status).toBe(403);
    for (const bad of [{ decision: "returned" }, { decision: "returned", comment: "   " }, { decision: "ok" }, { decision: "accepted", comment: "x".repeat(2001) }, { decision: "accepted", extra: 1 }]) {
      expect((await review(v, bad)).status).toBe(400);
    }
    expect((await review(`${HA_TINH}.snv.v9`, { decision: "accepted" })).status).toBe(404);
    expect((await review("nope", { decision: "accepted" })).status).toBe(404);
  });
});

describe("reminders endpoint", () => {
  it("is for the secretariat, validates its body, and skips submitted, unknown and address-less units", async () => {
    now = new Date("2024-06-23T02:00:00Z"); // 09:00 in Hà Tĩnh, 7 days before 30/6
    const token = await secretariat();
    expect((await post(`/campaigns/${HA_TINH}/reminders`, await api.token({ unitId: "snv" }), {})).status).toBe(403);
    expect((await post(`/campaigns/${HA_TINH}/reminders`, token, { unitIds: "snv" })).status).toBe(400);

    const dry = RemindersResultSchema.parse(await (await post(`/campaigns/${HA_TINH}/reminders`, token, { dryRun: true })).json());
    expect(dry.sent).toEqual([]); // snv and stp have both submitted; the rest have no address
    expect(dry.skipped.filter((s) => s.unitId === "snv" || s.unitId === "stp")).toEqual([
      { unitId: "snv", reason: "submitted" },
      { unitId: "stp", reason: "submitted" },
    ]);
    expect(dry.skipped.find((s) => s.unitId === "stc")).toEqual({ unitId: "stc", reason: "noEmail" });

    const res = await post(`/campaigns/${HA_TINH}/reminders`, token, { unitIds: ["nope", "stc"] });
    expect(RemindersResultSchema.parse(await res.json()).skipped).toEqual([
      { unitId: "nope", reason: "unknownUnit" },
      { unitId: "stc", reason: "noEmail" },
    ]);
    expect(ReminderListSchema.parse(await (await fetch(`${api.url}/campaigns/${HA_TINH}/reminders`, auth(token))).json())).toEqual([]);
    // Nothing reached a unit: neither the dry run nor the skips leave an audit line.
    expect(await reminderAudit()).toEqual([]);
  });

  it("audits a hand send the relay refused as reminder.failed; the reminder waits for its retry", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-refused-"));
    const csv = join(dir, "units.csv");
    writeFileSync(csv, toUnitsCsv([{ ...HA_TINH_2024_UNITS.find((u) => u.id === "stc")!, subordinateCount: 3, emails: ["vanthu@stc.example.gov.vn"] }]));
    // Nothing listens on a port that was just free: the relay refuses the connection.
    const local = await startApi({ dataDir: dir, now: () => now, env: { CCHC_UNITS_FILE: csv, CCHC_DEMO_CAMPAIGN: "0", SMTP_URL: `smtp://127.0.0.1:${await freePort()}` } });
    // The refusal goes to the operators' log (the reminder service's console fallback here): keep it out of the run.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      now = new Date("2024-06-25T02:00:00Z");
      const token = await local.token({ role: "secretariat" });
      const res = RemindersResultSchema.parse(await (await post(`/campaigns/${HA_TINH}/reminders`, token, { unitIds: ["stc"] }, local)).json());
      expect(res).toEqual({ dryRun: false, sent: [], skipped: [{ unitId: "stc", reason: "sendFailed" }] });
      expect(await reminderAudit(local)).toMatchObject([
        { unitId: "stc", outcome: "reminder.failed", code: "sendFailed", actor: await subjectOf(local, token), at: now.toISOString() },
      ]);
      const listed = ReminderListSchema.parse(await (await fetch(`${local.url}/campaigns/${HA_TINH}/reminders`, auth(token))).json());
      expect(listed).toMatchObject([{ unitId: "stc", state: "retry", attempts: 1 }]);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/attempt 1 failed: .*ECONNREFUSED/));
    } finally {
      warn.mockRestore();
      await local.stop();
    }
  });
});

describe("outbox", () => {
  it("writes a hand-sent reminder as an .eml file a mail client opens, once a day", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-outbox-"));
    const csv = join(dir, "units.csv");
    writeFileSync(csv, toUnitsCsv([{ ...HA_TINH_2024_UNITS.find((u) => u.id === "stc")!, subordinateCount: 3, emails: ["vanthu@stc.example.gov.vn"] }]));
    const local = await startApi({
      dataDir: dir,
      now: () => now,
      env: { CCHC_UNITS_FILE: csv, CCHC_DEMO_CAMPAIGN: "0", REMINDER_OUTLINE_URL: "https://cchc.example.gov.vn/de-cuong/{unitId}.docx" },
    });
    try {
      now = new Date("2024-06-25T02:00:00Z");
      const token = await local.token({ role: "secretariat" });
      const send = () => post(`/campaigns/${HA_TINH}/reminders`, token, { unitIds: ["stc"] }, local);
      const first = RemindersResultSchema.parse(await (await send()).json());
      expect(first.sent).toEqual([{ unitId: "stc", to: ["vanthu@stc.example.gov.vn"], kind: "manual-20240625" }]);
      const again = RemindersResultSchema.parse(await (await send()).json());
      expect(again).toEqual({ dryRun: false, sent: [], skipped: [{ unitId: "stc", reason: "alreadySent" }] });
      // One line for the one message, naming the secretariat member who sent it; the refused repeat adds none.
      expect(await reminderAudit(local)).toEqual([
        { at: now.toISOString(), actor: await subjectOf(local, token), campaignId: HA_TINH, unitId: "stc", outcome: "reminder.sent", code: "ok" },
      ]);
      const files = readdirSync(join(dir, "outbox"));
      expect(files).toHaveLength(1);
      const eml = readFileSync(join(dir, "outbox", files[0]!), "utf8");
      expect(eml).toMatch(/^To: vanthu@stc\.example\.gov\.vn$/m);
      expect(eml).toMatch(/^Message-ID: <cchc\.ha-tinh-2024-h1\.stc\.manual-20240625@cchc-report>$/m);
      expect(eml).toMatch(/Content-Type: text\/plain; charset=utf-8/);
      expect(eml).toMatch(/Content-Type: text\/html; charset=utf-8/);
      // Quoted-printable soft line breaks removed: the unit's own outline link is in the message.
      expect(eml.replace(/=\r?\n/g, "")).toContain("https://cchc.example.gov.vn/de-cuong/stc.docx");
      const listed = ReminderListSchema.parse(await (await fetch(`${local.url}/campaigns/${HA_TINH}/reminders`, auth(token))).json());
      expect(listed).toMatchObject([{ unitId: "stc", kind: "manual-20240625", state: "sent", sentAt: now.toISOString() }]);
      const doc = StatusDocumentSchema.parse(await (await fetch(`${local.url}/campaigns/${HA_TINH}/status`, auth(token))).json());
      expect(doc.units.find((u) => u.unitId === "stc")?.lastRemindedAt).toBe(now.toISOString());
    } finally {
      await local.stop();
    }
  });
});

