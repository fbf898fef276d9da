/**
 * Issue 10 "Done means": under a flood of hostile-but-small documents and of slow uploads, the server's memory stays
 * bounded and /api/health keeps answering. The backend runs as `npm start` runs it, in its own process, so its peak
 * resident memory (VmHWM, Linux) is its own. Figures are printed for the README's Security section; the assertions
 * are the bound and that every health probe was answered. `npm run soak` only (Linux).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeFilledReportDocx } from "../fixtures/reports";
import { HA_TINH, submitInit } from "../integration/api/harness";
import { bundleStart } from "../support/start-bundle";
import { startChildHost, type ChildHost } from "./child-host";
import { hugeText, manyParagraphs } from "./hostile-docx";

const MiB = 1024 * 1024;
/**
 * What the README states: the readers' heaps (READER_CONCURRENCY 2 × READER_HEAP_MB 256), the bodies held at once
 * (UPLOAD_BYTES_IN_FLIGHT 100 MiB) and the host itself (~100 MB) — whatever the number of requests.
 */
const BOUND_MB = 750;

jest.setTimeout(300_000);

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** Probes /api/health until stopped; every probe must be answered 200. */
function healthProbe(api: string): { stop(): Promise<{ answered: number; failed: number; worstMs: number }> } {
  let running = true;
  let answered = 0;
  let failed = 0;
  let worstMs = 0;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      const ok = await fetch(`${api}/health`).then((r) => r.ok).catch(() => false);
      worstMs = Math.max(worstMs, performance.now() - t);
      if (ok) answered++;
      else failed++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { answered, failed, worstMs: Math.round(worstMs) };
    },
  };
}

/** Headers of an upload declaring `length` bytes, then `sent` bytes, then nothing: a slow or stalled client. */
function stall(api: string, path: string, length: number, sent: number, token?: string): Promise<void> {
  const { port } = new URL(api);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), "127.0.0.1");
    socket.on("error", () => undefined);
    // Read what the server answers: a socket that never reads never sees the server close it.
    socket.resume();
    socket.on("close", () => resolve());
    socket.write(
      [
        `POST ${path} HTTP/1.1`,
        "Host: 127.0.0.1",
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        `Content-Length: ${length}`,
        ...(token ? [`Authorization: Bearer ${token}`] : []),
        "",
        "",
      ].join("\r\n"),
    );
    socket.write(new Uint8Array(sent));
  });
}

describe("memory under a flood", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cchc-flood-"));
  let bundle: Awaited<ReturnType<typeof bundleStart>>;
  let host: ChildHost;
  beforeAll(async () => {
    bundle = await bundleStart();
    host = await startChildHost(bundle.entry, { CCHC_DATA_DIR: dataDir, ADDIN_PORT: "0", BODY_TIMEOUT_SEC: "5" });
  });
  afterAll(async () => {
    await host?.kill();
    bundle?.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const token = async (unitId: string) =>
    ((await (await fetch(`${host.api}/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ unitId }) })).json()) as { token: string }).token;

  it("stays under the stated bound and keeps answering health", async () => {
    const pid = host.child.pid ?? 0;
    const idle = rssMb(pid);
    const units = ["snv", "stp", "stc", "sxd", "syt", "sgtvt", "d443", "d436", "sct", "sgddt"];
    const tokens = await Promise.all(units.map(token));
    const text = hugeText(makeFilledReportDocx("snv"), 30 * MiB);
    const paragraphs = manyParagraphs(makeFilledReportDocx("snv"), 160_000);

    // 1. 100 hostile-but-small documents at once (35 KB of zip → 30 MB of text; 21 KB → 160,000 paragraphs).
    const probe = healthProbe(host.api);
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fetch(`${host.api}/validate?campaignId=${HA_TINH}`, submitInit(tokens[i % tokens.length]!, i % 2 ? paragraphs : text)).then((r) => r.status),
      ),
    );
    const docs = await probe.stop();
    const afterDocs = peakRssMb(pid);

    // 2. 40 anonymous and 40 signed-in uploads each declaring 24 MiB, sending 1 MiB, then stalling.
    const probe2 = healthProbe(host.api);
    const path = `/api/campaigns/${HA_TINH}/units/snv/submissions`;
    const snv = tokens[0]!;
    await Promise.all([
      ...Array.from({ length: 40 }, () => stall(host.api, path, 24 * MiB, MiB)),
      ...Array.from({ length: 40 }, () => stall(host.api, path, 24 * MiB, MiB, snv)),
    ]);
    const uploads = await probe2.stop();
    const peak = peakRssMb(pid);

    const count = (s: number) => statuses.filter((x) => x === s).length;
    console.log(
      [
        `flood: idle RSS ${idle.toFixed(0)} MB`,
        `100 hostile documents: 413 ×${count(413)}, 503 ×${count(503)}, 429 ×${count(429)}, other ×${statuses.length - count(413) - count(503) - count(429)}; peak RSS ${afterDocs.toFixed(0)} MB; health ${docs.answered} answered, ${docs.failed} failed, worst ${docs.worstMs} ms`,
        `80 stalled uploads: peak RSS ${peak.toFixed(0)} MB; health ${uploads.answered} answered, ${uploads.failed} failed, worst ${uploads.worstMs} ms`,
      ].join("\n"),
    );
    expect(statuses.every((s) => s === 413 || s === 503)).toBe(true);
    expect(docs.failed + uploads.failed).toBe(0);
    expect(peak).toBeLessThan(BOUND_MB);
  });
});
