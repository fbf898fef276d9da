/**
 * Stage 5: the task pane. Its initial JS+CSS (what taskpane.html loads before anything is clicked: the entry and
 * its static imports, gzip -9) from the production build, against React 18 + FluentProvider + Button bundled with the
 * same esbuild settings in the same run (target ≤ 1.3×); and the time to first render of both in headless Debian
 * Chromium, cold, median of several loads. The pane's "ready" (its toolbar) also includes its three start-up API
 * calls, answered by the real API on this machine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions, type Metafile } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { activeRoutes } from "../functions/app/routes";
import { compose } from "../functions/compose";
import { parseConfig } from "../functions/config";
import { startLocalHost } from "../dev/host";
import { staticFiles } from "../dev/static-files";
import { BASELINE_ENTRY, BASELINE_HTML, OFFICE_STAND_IN, renderProbe } from "./addin-pages";
import type { BenchRow } from "./result";
import { median, round } from "./stats";

const ROOT = join(__dirname, "..", "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOADS = 7;

interface BuildScript {
  buildAddin(o: { outDir: string; baseUrl: string; apiBase: string; production: boolean }): Promise<{ metafile: Metafile }>;
  bundleOptions(production: boolean): BuildOptions;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require(join(ROOT, "scripts", "build-addin.js")) as BuildScript;

interface Size {
  gzip: number;
  files: number;
}

/** The entry output and every output it imports statically, transitively, with their CSS bundles. */
function loadedAtStart(metafile: Metafile, entryName: string, onDemand = false): Size {
  const outputs = Object.entries(metafile.outputs).map(([p, o]) => [resolve(ROOT, p), o] as const);
  const byPath = new Map(outputs);
  const entry = outputs.find(([p]) => p.endsWith(`/${entryName}`))?.[0];
  if (!entry) throw new Error(`bench: no output ${entryName}`);
  const initial = new Set<string>();
  const visit = (p: string) => {
    if (initial.has(p)) return;
    initial.add(p);
    const o = byPath.get(p);
    if (o?.cssBundle) initial.add(resolve(ROOT, o.cssBundle));
    for (const i of o?.imports ?? []) if (i.kind === "import-statement") visit(resolve(ROOT, i.path));
  };
  visit(entry);
  const files = onDemand ? outputs.map(([p]) => p).filter((p) => /\.(js|css)$/.test(p) && !initial.has(p)) : [...initial];
  return { gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0), files: files.length };
}

async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(staticFiles(dir));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Marks {
  first: number;
  ready: number;
}

/** One cold load in a fresh context: nothing cached, every request off this machine refused. */
async function load(browser: Browser, url: string, readySelector: string): Promise<Marks> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
  try {
    await context.route("**/*", (route) => {
      const u = new URL(route.request().url());
      if (route.request().url() === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STAND_IN });
      return u.hostname === "127.0.0.1" ? route.fallback() : route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    await page.addInitScript(renderProbe(readySelector));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __cchcMarks: { ready?: number } }).__cchcMarks.ready !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __cchcMarks: Marks }).__cchcMarks);
  } finally {
    await context.close();
  }
}

export async function benchAddin(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-addin-"));
  const servers: Server[] = [];
  const config = parseConfig({ CCHC_DATA_DIR: join(dir, "data"), CCHC_DEV_AUTH: "1" });
  let browser: Browser | undefined;
  try {
    const baselineDir = join(dir, "baseline");
    const base = await build({
      ...script.bundleOptions(true),
      stdin: { contents: BASELINE_ENTRY, resolveDir: ROOT, loader: "tsx", sourcefile: "baseline.tsx" },
      absWorkingDir: ROOT,
      outdir: baselineDir,
      entryNames: "baseline",
      metafile: true,
    });
    writeFileSync(join(baselineDir, "taskpane.html"), BASELINE_HTML);
    const baseline = loadedAtStart(base.metafile, "baseline.js");

    const paneDir = mkdtempSync(join(dir, "pane-"));
    const paneSite = await serve(paneDir);
    servers.push(paneSite.server);
    // The API the pane talks to, allowing the pane's origin (CORS).
    const app = await compose({ ...config, allowedOrigins: [paneSite.origin] });
    const api = await startLocalHost({ deps: app.deps, routes: activeRoutes(true), port: 0, log: () => undefined });
    try {
      const { metafile } = await script.buildAddin({ outDir: paneDir, baseUrl: "https://localhost:3000", apiBase: api.url, production: true });
      const pane = loadedAtStart(metafile, "taskpane.js");
      const later = loadedAtStart(metafile, "taskpane.js", true);
      const baseSite = await serve(baselineDir);
      servers.push(baseSite.server);

      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
      const paneMarks: Marks[] = [];
      const baseMarks: Marks[] = [];
      for (let i = 0; i < LOADS + 1; i++) {
        const b = await load(browser, `${baseSite.origin}/taskpane.html`, "#root button");
        const p = await load(browser, `${paneSite.origin}/taskpane.html`, "#root [role=toolbar] button");
        // The first pair warms the browser process itself, not the pages (each load is cold).
        if (i > 0) baseMarks.push(b), paneMarks.push(p);
      }
      const kb = (n: number) => round(n / 1024, 1);
      const sizeRatio = round(pane.gzip / baseline.gzip, 2);
      const first = median(paneMarks.map((m) => m.first));
      const ready = median(paneMarks.map((m) => m.ready));
      const baseFirst = median(baseMarks.map((m) => m.first));
      return [
        {
          bench: "task pane: size",
          case: "initial JS+CSS of the production build, gzip -9",
          ours: `${kb(pane.gzip)} KB (${pane.files} files); after the first render or on first use: ${kb(later.gzip)} KB more (zod and the API schemas, notices, findings, submit progress, unit and campaign pickers, dialogs, receipt, history, Word edits, rule engine, English, error messages, MSAL sign-in)`,
          baseline: `React 18 + FluentProvider + Button, same esbuild settings: ${kb(baseline.gzip)} KB`,
          ratio: sizeRatio,
          target: "≤ 1.3 × baseline",
          met: sizeRatio <= 1.3,
        },
        {
          bench: "task pane: first render",
          case: `headless Chromium, cold load from 127.0.0.1, median of ${LOADS}`,
          ours: `first element ${round(first, 0)} ms; toolbar ready ${round(ready, 0)} ms (after 3 API calls)`,
          baseline: `React 18 + FluentProvider + Button: first element ${round(baseFirst, 0)} ms`,
          ratio: round(first / baseFirst, 2),
          target: "(reported)",
          met: null,
        },
      ];
    } finally {
      await api.close();
      await app.close();
    }
  } finally {
    await browser?.close();
    for (const s of servers) s.closeAllConnections(), s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
