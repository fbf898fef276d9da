/**
 * Sở Nội vụ in the Google Sheets sidebar, through real token verification: progress for the open campaign →
 * a unit's card → open its document (signed link) → return it with a comment, then accept it → remind a unit
 * that has not submitted → "Đồng bộ ngay" → the consolidated draft. A clerk sees only their own unit.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import type { RenderActions } from "../../../shared/gworkspace/card";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { auth, submitInit } from "../api/harness";
import { cardsOf, CLERK, SECRETARIAT, startAddonHost, textOf, type AddonHost } from "./harness";

let host: AddonHost;
const CAMPAIGN = HA_TINH_2024.id;
let submissionId: string;

beforeAll(async () => {
  host = await startAddonHost();
  const token = await host.api.token({ unitId: "snv" });
  const res = await fetch(`${host.api.url}/campaigns/${CAMPAIGN}/units/snv/submissions`, submitInit(token, makeFilledReportDocx("snv")));
  expect(res.status).toBe(201);
  submissionId = ((await res.json()) as { submissionId: string }).submissionId;
});
afterAll(async () => {
  await host.stop();
});

const linkOf = (a: RenderActions): string => {
  if (!("action" in a) || !a.action.link) throw new Error(`no link in ${JSON.stringify(a)}`);
  return a.action.link.url;
};
/** The link as Google would open it, pointed at the local host instead of the public base. */
const local = (url: string) => url.replace("https://cchc.example.test/api", host.api.url);

test("homepage: the campaign picker, totals, progress per level, who waits for review, sync and actions", async () => {
  const a = await host.act("gworkspace/sheets/homepage", await host.sheetsEvent(SECRETARIAT, {}, { campaignId: CAMPAIGN }));
  const [card] = cardsOf(a);
  expect(card?.name).toBe("sheets-home");
  const text = textOf(a);
  const units = host.api.deps.campaigns.unitsFor(CAMPAIGN).list().length;
  expect(text).toContain(`<b>1/${units}</b> đơn vị`);
  for (const level of HA_TINH_2024.levels) expect(text).toContain(level.label);
  expect(text).toContain("Chờ xem xét (1)");
  expect(text).toContain("Sở Nội vụ");
  for (const label of ["Đồng bộ ngay", "Nhắc nhở", "Tạo báo cáo tổng hợp"]) expect(text).toContain(label);
  // The picker shows the campaign in use; choosing another answers the same card in place.
  expect(text).toMatch(new RegExp(`"value":"${CAMPAIGN}","selected":true`));
  expect(a).toMatchObject({ action: { navigations: [{ updateCard: {} }] } });
});

test("a unit's card: open the document through a short-lived link, return with a comment, then accept", async () => {
  const unit = await host.act("gworkspace/sheets/unit", await host.sheetsEvent(SECRETARIAT, { campaignId: CAMPAIGN, unitId: "snv" }));
  expect(textOf(unit)).toContain("Tiếp nhận");
  expect(textOf(unit)).toContain("Trả lại");

  const open = await host.act("gworkspace/sheets/open", await host.sheetsEvent(SECRETARIAT, { campaignId: CAMPAIGN, unitId: "snv", submissionId }));
  const url = linkOf(open);
  const got = await fetch(local(url));
  expect(got.status).toBe(200);
  expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(makeFilledReportDocx("snv")))).toBe(true);
  // A tampered link opens nothing.
  expect((await fetch(local(url.slice(0, -2) + (url.endsWith("A") ? "BB" : "AA")))).status).toBe(401);

  const params = { campaignId: CAMPAIGN, unitId: "snv", submissionId };
  const noReason = await host.act("gworkspace/sheets/review", await host.sheetsEvent(SECRETARIAT, { ...params, decision: "returned" }));
  expect(textOf(noReason)).toContain("Hãy ghi ý kiến");
  expect(await host.api.deps.store.listReviews(CAMPAIGN, "snv")).toHaveLength(0);

  const returned = await host.act(
    "gworkspace/sheets/review",
    await host.sheetsEvent(SECRETARIAT, { ...params, decision: "returned" }, { comment: "Bổ sung số liệu mục I" }),
  );
  expect(textOf(returned)).toContain("Đã trả lại");
  expect(textOf(returned)).toContain("Bổ sung số liệu mục I");
  const accepted = await host.act("gworkspace/sheets/review", await host.sheetsEvent(SECRETARIAT, { ...params, decision: "accepted" }));
  expect(textOf(accepted)).toContain("Đã tiếp nhận");
  const status = await fetch(`${host.api.url}/campaigns/${CAMPAIGN}/status`, auth(await host.api.token({ role: "secretariat" })));
  const row = ((await status.json()) as { units: { unitId: string; review: string }[] }).units.find((u) => u.unitId === "snv");
  expect(row?.review).toBe("accepted");
  const audit = await host.api.deps.store.listAudit(CAMPAIGN, 100);
  expect(audit.map((e) => e.outcome)).toEqual(expect.arrayContaining(["review.returned", "review.accepted"]));
});

test("reminders: a unit that has not submitted gets an e-mail; a unit that has is skipped", async () => {
  const a = await host.act("gworkspace/sheets/remind", await host.sheetsEvent(SECRETARIAT, { campaignId: CAMPAIGN, unitId: "stp" }));
  expect(textOf(a)).toContain("Đã gửi 1 e-mail nhắc nhở");
  const outbox = readdirSync(join(host.api.dataDir, "outbox"));
  expect(outbox.length).toBe(1);
  const b = await host.act("gworkspace/sheets/remind", await host.sheetsEvent(SECRETARIAT, { campaignId: CAMPAIGN, unitId: "snv" }));
  expect(textOf(b)).toContain("Đã gửi 0 e-mail nhắc nhở; bỏ qua: 1 đã nộp");
});

test("Đồng bộ ngay writes the sheet now and shows when", async () => {
  const a = await host.act("gworkspace/sheets/sync", await host.sheetsEvent(SECRETARIAT, { campaignId: CAMPAIGN }, { campaignId: CAMPAIGN }));
  expect(textOf(a)).toContain("Đã đồng bộ bảng tính");
  expect((await host.api.deps.sync.status(CAMPAIGN)).lastResult).toBe("ok");
  expect(textOf(a)).not.toContain("chưa đồng bộ lần nào");
});

test("Tạo báo cáo tổng hợp opens the consolidated draft (.docx) through a short-lived link", async () => {
  const a = await host.act("gworkspace/sheets/summary", await host.sheetsEvent(SECRETARIAT, { campaignId: CAMPAIGN }));
  const res = await fetch(local(linkOf(a)));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-disposition")).toContain(`tong-hop-${CAMPAIGN}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
});

test("a clerk in the Sheets sidebar sees their own unit only, with no secretariat actions", async () => {
  const home = await host.act("gworkspace/sheets/homepage", await host.sheetsEvent(CLERK));
  expect(cardsOf(home)[0]?.name).toBe("sheets-unit");
  expect(textOf(home)).toContain("Sở Nội vụ");
  expect(textOf(home)).not.toContain("Tiếp nhận");
  const other = await host.act("gworkspace/sheets/unit", await host.sheetsEvent(CLERK, { campaignId: CAMPAIGN, unitId: "stp" }));
  expect(textOf(other)).toContain("không có quyền");
  for (const path of ["review", "remind", "summary", "sync"]) {
    const a = await host.act(`gworkspace/sheets/${path}`, await host.sheetsEvent(CLERK, { campaignId: CAMPAIGN, unitId: "snv", submissionId, decision: "accepted" }));
    expect(textOf(a)).toContain("không có quyền");
  }
  expect((await host.api.deps.store.listReviews(CAMPAIGN, "snv")).at(-1)?.by).not.toMatch(/^google:sub-vanthu/);
});
