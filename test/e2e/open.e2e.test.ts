import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { makeFilledReportDocx } from "../fixtures/reports";
import { startBackend, type Backend } from "./backend";
import { launchChromium, servePane, shot, type PaneSite } from "./browser";

// The build script is plain CommonJS (run by node directly).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildAddin } = require("../../scripts/build-addin") as {
  buildAddin(o: { outDir: string; baseUrl: string; apiBase: string }): Promise<{ outDir: string }>;
};

/**
 * open.html in real Chromium against the real local host with development sign-in: the page every document link
 * of the sheet, the .xlsx and the summary points to. It signs in, downloads through the API and saves the file;
 * the API's own rules decide who may.
 */
let api: Backend;
let site: PaneSite;
let browser: Browser;
let submissionId: string;
const report = makeFilledReportDocx("stp");
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  site = await servePane();
  api = await startBackend(site.origin);
  await buildAddin({ outDir: site.dir, baseUrl: "https://localhost:3000", apiBase: api.url.replace(/\/api$/, "") });
  browser = await launchChromium();
  const res = await fetch(`${api.url}/campaigns/ha-tinh-2024-h1/units/stp/submissions`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${await api.token({ unitId: "stp" })}`,
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
    body: new Uint8Array(report),
  });
  expect(res.status).toBe(201);
  submissionId = ((await res.json()) as { submissionId: string }).submissionId;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await site?.close();
});

/** A fresh browser (no stored sign-in) opening a document link; nothing off this machine is reachable. */
async function openLink(query: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: "vi-VN", acceptDownloads: true });
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === "127.0.0.1" || host === "localhost" ? route.fallback() : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${site.origin}/open.html?submission=${query}`);
  await page.getByRole("heading", { name: "Mở văn bản báo cáo" }).waitFor();
  return page;
}

describe("open.html: document links that open after signing in", () => {
  it("downloads the document for a secretariat account, byte for byte", async () => {
    const page = await openLink(submissionId);
    await page.getByLabel("Tài khoản").selectOption("secretariat");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Đăng nhập và tải văn bản" }).click()]);
    expect(download.suggestedFilename()).toBe("stp-v1.docx");
    expect(sha(new Uint8Array(readFileSync(await download.path())))).toBe(sha(report));
    await page.getByRole("status").getByText("Đã tải văn bản stp-v1.docx.").waitFor();
    await shot(page, "open-downloaded");
    await page.context().close();
  });

  it("refuses a clerk of another unit and saves nothing", async () => {
    const page = await openLink(submissionId);
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByLabel("Tài khoản").selectOption("clerk");
    await page.getByLabel("Mã đơn vị").fill("snv");
    await page.getByRole("button", { name: "Đăng nhập và tải văn bản" }).click();
    await page.getByRole("status").getByText(/không được mở văn bản này/).waitFor();
    expect(downloads).toBe(0);
    await shot(page, "open-refused");
    await page.context().close();
  });

  it("ignores an api= in the link: the token only ever goes to the configured API", async () => {
    const page = await openLink(`${submissionId}&api=http://127.0.0.1:9`);
    await page.getByLabel("Tài khoản").selectOption("secretariat");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Đăng nhập và tải văn bản" }).click()]);
    expect(download.suggestedFilename()).toBe("stp-v1.docx");
    await page.context().close();
  });

  it("says so when the link carries no valid document id, without asking anyone to sign in", async () => {
    const page = await openLink("../../etc/passwd");
    await page.getByRole("status").getByText("Liên kết không hợp lệ: thiếu mã văn bản.").waitFor();
    expect(await page.getByRole("button").count()).toBe(0);
    await page.context().close();
  });
});
