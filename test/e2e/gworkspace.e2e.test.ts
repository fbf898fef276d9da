/**
 * The Google Workspace add-on's cards in real Chromium, through the development preview of `npm start` (the same
 * triggers Google would call, rendered as HTML): the Docs sidebar for a clerk, then Sở Nội vụ's Sheets sidebar —
 * progress, a unit waiting for review, returned with a comment, then the consolidated draft's link. Screenshots go
 * to test/artifacts (the README's come from there).
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CampaignSchema } from "../../shared/campaign/schema";
import { makeFilledReportDocx } from "../fixtures/reports";
import { PREVIEW_OAUTH_TOKEN } from "../../functions/gworkspace/preview";
import { startDocsEndpoint, type DocsEndpoint } from "../support/docs-endpoint";
import { startBackend, type Backend } from "./backend";
import { ARTIFACTS, launchChromium } from "./browser";

let api: Backend;
let browser: Browser;
let demo: string;
let docs: DocsEndpoint;

beforeAll(async () => {
  // A local Docs/Drive endpoint stands in for Google; the preview reaches it with its development token.
  docs = await startDocsEndpoint({ token: PREVIEW_OAUTH_TOKEN });
  docs.create("demo-doc");
  api = await startBackend("http://127.0.0.1:1", { GOOGLE_API_ROOT_URL: docs.rootUrl });
  browser = await launchChromium();
  const campaigns = (await (await fetch(`${api.url}/campaigns`)).json()) as { id: string; demo?: boolean }[];
  demo = campaigns.find((c) => c.demo)?.id ?? "";
  const campaign = CampaignSchema.parse(await (await fetch(`${api.url}/campaigns/${demo}`)).json());
  const res = await fetch(`${api.url}/campaigns/${demo}/units/stp/submissions`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${await api.token({ unitId: "stp" })}`,
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
    body: new Uint8Array(makeFilledReportDocx("stp", {}, campaign)),
  });
  expect(res.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await docs?.close();
});

async function open(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 340, height: 900 }, locale: "vi-VN" });
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === "127.0.0.1" ? route.fallback() : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.locator(".pane").screenshot({ path: path.join(ARTIFACTS, `gworkspace-${name}.png`) });
}

test("npm start prints the preview addresses", () => {
  expect(api.output()).toContain(`${api.url}/gworkspace/preview?path=gworkspace/docs/homepage&as=snv`);
  expect(api.output()).toContain(`${api.url}/gworkspace/preview?path=gworkspace/sheets/homepage&as=secretariat`);
});

test("Docs sidebar: the clerk's unit, campaign, countdown and the three actions", async () => {
  const page = await open(`${api.url}/gworkspace/preview?path=gworkspace/docs/homepage&as=snv`);
  await page.getByRole("heading", { name: "Báo cáo CCHC" }).waitFor();
  await page.getByText("Sở Nội vụ", { exact: false }).first().waitFor();
  await page.getByText(/còn \d+ ngày|Hạn cuối hôm nay/).waitFor();
  for (const name of ["Chèn đề cương", "Kiểm tra", "Nộp báo cáo"]) await page.getByRole("button", { name }).waitFor();
  await shot(page, "docs-home");
  // Outside Google there is no open document: the action answers a notice, as the sidebar would show it.
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByRole("status").filter({ hasText: "Không tìm thấy tài liệu Google" }).waitFor();
  await page.context().close();
});

test("Docs sidebar on a document: insert the outline, check, findings grouped by section with links to the headings", async () => {
  const page = await open(`${api.url}/gworkspace/preview?path=gworkspace/docs/homepage&as=snv&doc=demo-doc`);
  await page.getByRole("button", { name: "Chèn đề cương" }).click();
  await page.getByRole("status").filter({ hasText: "Đã chèn đề cương" }).waitFor();
  expect(docs.doc("demo-doc").namedRanges.map((r) => r.name)).toEqual(["cchc:section:I", "cchc:section:II", "cchc:section:III", "cchc:section:IV"]);
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  await page.getByRole("heading", { name: /Mục I \(\d+\)/ }).waitFor();
  await page.getByText("section.placeholder").first().waitFor();
  const open1 = page.getByRole("link", { name: "Mở" }).first();
  expect(await open1.getAttribute("href")).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/demo-doc\/edit#heading=h\./);
  await shot(page, "docs-findings");
  await page.context().close();
});

test("Sheets sidebar: progress, a unit waiting for review, returned with a comment, the summary's link", async () => {
  const page = await open(`${api.url}/gworkspace/preview?path=gworkspace/sheets/homepage&as=secretariat`);
  await page.getByText(/Chờ xem xét \(1\)/).waitFor();
  await page.getByText(/<?1\/\d+/).first().waitFor();
  await shot(page, "sheets-home");

  await page.getByRole("button", { name: "Tạo báo cáo tổng hợp" }).click();
  const link = page.locator("a[href*='/api/gworkspace/download?t=']");
  await link.waitFor();
  const href = (await link.getAttribute("href")) ?? "";
  const got = await fetch(href);
  expect(got.status).toBe(200);
  expect(got.headers.get("content-disposition")).toContain("tong-hop-");
  await page.goBack();

  await page.getByText("Sở Tư pháp").first().click();
  await page.getByRole("button", { name: "Tiếp nhận" }).waitFor();
  await page.getByLabel("Ý kiến (bắt buộc khi trả lại)").fill("Mục III chưa nêu thời hạn khắc phục cụ thể.");
  await shot(page, "sheets-unit");
  await page.getByRole("button", { name: "Trả lại" }).click();
  await page.getByRole("status").filter({ hasText: "Đã trả lại báo cáo" }).waitFor();
  await page.getByText("Mục III chưa nêu thời hạn khắc phục cụ thể.", { exact: false }).first().waitFor();

  const token = await api.token({ role: "secretariat" });
  const status = (await (await fetch(`${api.url}/campaigns/${demo}/status`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
    units: { unitId: string; review: string; reviewComment: string | null }[];
  };
  expect(status.units.find((u) => u.unitId === "stp")).toMatchObject({ review: "returned", reviewComment: "Mục III chưa nêu thời hạn khắc phục cụ thể." });
  await page.context().close();
});
