import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { staticFiles } from "../../dev/static-files";

const repo = path.resolve(__dirname, "../..");
export const ARTIFACTS = path.join(repo, "test", "artifacts");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Debian's Chromium, as the machine notes prescribe: never a downloaded browser, no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The Word stub as one script, served where the pane asks for office.js. */
export async function bundleWordStub(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(repo, "test", "support", "word-stub", "browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    logLevel: "warning",
  });
  return out.outputFiles[0]?.text ?? "";
}

export interface PaneSite {
  dir: string;
  origin: string;
  close(): Promise<void>;
}

/** A loopback http server for the built pane (loopback is a secure context, so Web Crypto works as over https). */
export async function servePane(): Promise<PaneSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-pane-e2e-"));
  const server = http.createServer(staticFiles(dir));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dir,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh browser context (empty storage) whose office.js request is answered by the stub and whose every other
 * request off this machine is refused: the test runs with no network.
 */
export async function openPane(browser: Browser, stub: string, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (route.request().url() === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    if (u.hostname === "127.0.0.1" || u.hostname === "localhost") return route.fallback();
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  // Fail on the step that hangs, well inside jest's own timeout, with the locator in the message.
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  return { context, page };
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `pane-${name}.png`), fullPage: true });
}
