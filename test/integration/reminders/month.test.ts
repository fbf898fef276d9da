/**
 * Reminders over a simulated month, delivered to a real SMTP server in this process: two hosts on one data folder
 * tick every simulated hour (racing), one of them restarts mid-month, and every unit gets exactly the reminders the
 * policy promises, each once, at 08:00 in Hà Tĩnh. Then a relay that refuses: retried with backoff, recorded as
 * failed after the last attempt, never lost and never sent twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compose, type Composed } from "../../../functions/compose";
import { parseConfig } from "../../../functions/config";
import { newSubmission, reminder } from "../../contract/store.contract";
import { startSmtpServer, type SmtpTestServer } from "../../support/servers/smtp";

const CAMPAIGN = "ha-tinh-2024-h1";
const HOUR = 3600_000;
// snv and stp report by 30/6 (< 15 subordinates); stc has 20, so it reports by 30/9; vpubnd has no address.
const UNITS_CSV = [
  "id,name,shortCode,level,parentId,parentName,place,subordinateCount,email",
  "snv,Sở Nội vụ,SNV,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,8,vanthu@snv.example.gov.vn;cchc@snv.example.gov.vn",
  "stp,Sở Tư pháp,STP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,5,vanthu@stp.example.gov.vn",
  "stc,Sở Tài chính,STC,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,20,vanthu@stc.example.gov.vn",
  "vpubnd,Văn phòng UBND tỉnh,VP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,6,",
].join("\n");

let dir: string;
let smtp: SmtpTestServer;
let now: Date;
const logs: string[] = [];
const open: Composed[] = [];

async function host(settings: { maxAttempts?: number; retryBaseMs?: number } = {}): Promise<Composed> {
  const config = parseConfig({
    CCHC_DATA_DIR: dir,
    CCHC_DEV_AUTH: "1",
    CCHC_DEMO_CAMPAIGN: "0",
    CCHC_UNITS_FILE: join(dir, "units.csv"),
    SMTP_URL: smtp.url,
    MAIL_FROM: "Sở Nội vụ Hà Tĩnh <cchc@snv.example.gov.vn>",
  });
  const app = await compose(config, { now: () => now, reminders: { settings, log: (m) => logs.push(m) } });
  open.push(app);
  return app;
}

async function close(app: Composed): Promise<void> {
  open.splice(open.indexOf(app), 1);
  await app.close();
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cchc-reminders-"));
  writeFileSync(join(dir, "units.csv"), UNITS_CSV);
  smtp = await startSmtpServer();
  logs.length = 0;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()));
  await smtp.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** "<cchc.ha-tinh-2024-h1.snv.before-7@cchc-report>" → "snv before-7". */
const what = (messageId: string) => messageId.replace(/^<cchc\.[^.]+\.([^.]+)\.([^@]+)@.*$/, "$1 $2");

it("over a month, with two hosts racing and a restart, each unit gets each reminder once at 08:00", async () => {
  now = new Date("2024-06-15T00:00:00Z");
  let a = await host();
  const b = await host();
  for (let t = now.getTime(); t <= Date.parse("2024-07-15T00:00:00Z"); t += HOUR) {
    now = new Date(t);
    if (now.toISOString() === "2024-06-25T02:00:00.000Z") {
      await a.deps.store.record(newSubmission({ campaignId: CAMPAIGN, unitId: "stp", receivedAt: now.toISOString() }));
    }
    if (now.toISOString() === "2024-07-01T05:00:00.000Z") {
      await close(a);
      a = await host();
    }
    await Promise.all([a.deps.reminders.tick(), b.deps.reminders.tick()]);
  }

  const got = smtp.received.map((m) => what(m.messageId));
  expect(new Set(got).size).toBe(got.length);
  expect([...got].sort()).toEqual([
    "snv before-2",
    "snv before-7",
    "snv due",
    "snv overdue-1",
    "snv overdue-2",
    "snv overdue-3",
    "stp before-7",
  ]);
  const snv = smtp.received.filter((m) => what(m.messageId).startsWith("snv "));
  for (const m of snv) expect(m.to).toEqual(["vanthu@snv.example.gov.vn", "cchc@snv.example.gov.vn"]);
  expect(snv.map((m) => m.subject)).toEqual([
    expect.stringMatching(/hạn 30\/06\/2024 \(còn 7 ngày\)$/),
    expect.stringMatching(/\(còn 2 ngày\)$/),
    expect.stringMatching(/\(hạn cuối hôm nay\)$/),
    expect.stringMatching(/\(quá hạn 3 ngày\)$/),
    expect.stringMatching(/\(quá hạn 6 ngày\)$/),
    expect.stringMatching(/\(quá hạn 9 ngày\)$/),
  ]);
  expect(snv[0]?.raw).toMatch(/Content-Type: text\/html/i);
  expect(smtp.received[0]?.from).toBe("cchc@snv.example.gov.vn");

  const records = await b.deps.store.listReminders(CAMPAIGN);
  expect(records.every((r) => r.state === "sent" && r.attempts === 1)).toBe(true);
  // 08:00 in Hà Tĩnh is 01:00 UTC: the hourly tick that reaches it sends.
  expect(records.map((r) => `${r.unitId} ${r.kind} ${r.sentAt ?? ""}`)).toEqual([
    "snv before-2 2024-06-28T01:00:00.000Z",
    "snv before-7 2024-06-23T01:00:00.000Z",
    "snv due 2024-06-30T01:00:00.000Z",
    "snv overdue-1 2024-07-03T01:00:00.000Z",
    "snv overdue-2 2024-07-06T01:00:00.000Z",
    "snv overdue-3 2024-07-09T01:00:00.000Z",
    "stp before-7 2024-06-23T01:00:00.000Z",
  ]);
}, 120_000);

it("retries a refusing relay with growing pauses, records failure after the last attempt, and sends nothing twice", async () => {
  now = new Date("2024-06-23T01:00:00Z");
  const app = await host({ maxAttempts: 3, retryBaseMs: 60_000 });
  const other = await host({ maxAttempts: 3, retryBaseMs: 60_000 });
  smtp.refuse = () => true;
  const tickBoth = () => Promise.all([app.deps.reminders.tick(), other.deps.reminders.tick()]);
  const state = async (unitId: string) =>
    (await app.deps.store.listReminders(CAMPAIGN)).find((r) => r.unitId === unitId);

  await tickBoth(); // attempt 1 of snv and of stp
  expect(smtp.refused).toBe(2);
  expect(await state("snv")).toMatchObject({ state: "retry", attempts: 1, nextAttemptAt: "2024-06-23T01:01:00.000Z" });
  now = new Date("2024-06-23T01:00:59Z");
  await tickBoth();
  expect(smtp.refused).toBe(2); // the pause is not over
  now = new Date("2024-06-23T01:01:00Z");
  await tickBoth();
  expect(smtp.refused).toBe(4);
  expect(await state("snv")).toMatchObject({ state: "retry", attempts: 2, nextAttemptAt: "2024-06-23T01:03:00.000Z" });

  // stp's third attempt gets through; snv's is refused again and is then recorded as failed.
  smtp.refuse = () => smtp.received.length > 0 || smtp.refused % 2 === 1;
  now = new Date("2024-06-23T01:03:00Z");
  await tickBoth();
  const records = await app.deps.store.listReminders(CAMPAIGN);
  const byUnit = Object.fromEntries(records.map((r) => [r.unitId, r]));
  expect(smtp.received.map((m) => what(m.messageId))).toHaveLength(1);
  const delivered = what(smtp.received[0]?.messageId ?? "").split(" ")[0] ?? "";
  const failedUnit = delivered === "snv" ? "stp" : "snv";
  expect(byUnit[delivered]).toMatchObject({ state: "sent", attempts: 3, error: null });
  expect(byUnit[failedUnit]).toMatchObject({ state: "failed", attempts: 3, nextAttemptAt: null });
  expect(byUnit[failedUnit]?.error).toMatch(/451/);

  // Later ticks neither retry the failed one nor resend the delivered one.
  smtp.refuse = () => false;
  for (const t of ["2024-06-23T02:00:00Z", "2024-06-24T01:00:00Z"]) {
    now = new Date(t);
    await tickBoth();
  }
  expect(smtp.received).toHaveLength(1);
  expect(smtp.refused).toBe(5);
  expect(logs.filter((l) => l.includes("failed"))).toHaveLength(5);
}, 60_000);

it("finishes an attempt whose sender died once its lease is over, exactly once", async () => {
  now = new Date("2024-06-23T01:30:00Z");
  const app = await host();
  // A host claimed snv's reminder at 01:00 and died before sending: the claim holds a 10-minute lease.
  await app.deps.store.claimReminder(
    reminder({ campaignId: CAMPAIGN, unitId: "snv", kind: "before-7", to: ["vanthu@snv.example.gov.vn"], nextAttemptAt: "2024-06-23T01:10:00.000Z" }),
  );
  const second = await host();
  await Promise.all([app.deps.reminders.tick(), second.deps.reminders.tick()]);
  const got = smtp.received.map((m) => what(m.messageId)).sort();
  expect(got).toEqual(["snv before-7", "stp before-7"]);
  const snv = (await app.deps.store.listReminders(CAMPAIGN)).find((r) => r.unitId === "snv");
  expect(snv).toMatchObject({ state: "sent", attempts: 2 });
}, 60_000);
