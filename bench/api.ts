/**
 * Stage 2: the API on the local host (SQLite, documents on disk, development sign-in) under autocannon, each figure
 * against its floor measured in the same run:
 *  - submissions/s vs reading + checking the same .docx in a loop on one process (the server is one process);
 *  - GET …/status (250 units) vs a bare node:http server answering a fixed 200;
 *  - GET …/status for a 10,000-unit registry: p99 for one secretariat's browser (1 connection).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { DOCX_MEDIA_TYPE } from "../shared/api/submissions";
import { startChild, type Child } from "./child";
import { withZipComment } from "./distinct";
import { runLoad, type LoadResult } from "./load";
import { writeUnitsFile } from "./registry";
import { generateReport } from "./report-gen";
import type { BenchRow } from "./result";
import { round } from "./stats";

const SECONDS = 10;
const SUBMIT_CONNECTIONS = 8;
const SUBMITTING_UNITS = 50;
const STATUS_CONNECTIONS = 10;
const LATENCY_REQUESTS = 300;

const UrlLine = z.object({ url: z.string() });
const TokenBody = z.object({ token: z.string() });

const startApi = (dataDir: string, unitsFile: string): Promise<Child<{ url: string }>> =>
  startChild("api-server.js", [], { CCHC_DATA_DIR: dataDir, CCHC_UNITS_FILE: unitsFile }, UrlLine);

async function token(url: string, who: Record<string, string>): Promise<string> {
  const res = await fetch(`${url}/api/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(who),
  });
  if (res.status !== 200) throw new Error(`dev token: ${res.status} ${await res.text()}`);
  return TokenBody.parse(await res.json()).token;
}

function inProcessChecks(file: string, seconds: number): number {
  const out = execFileSync(process.execPath, [join(__dirname, "check-loop-worker.js"), file, String(seconds)], { encoding: "utf8" });
  return z.object({ perSecond: z.number() }).parse(JSON.parse(out)).perSecond;
}

const figure = (r: LoadResult, unit: string) =>
  `${round(r.okPerSec, 1)} ${unit}/s, p50 ${round(r.p50Ms, 1)} ms, p99 ${round(r.p99Ms, 1)} ms`;

/** Anything but the expected answer makes the figure meaningless: say so in the row. */
const failures = (r: LoadResult) => (r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors: ${JSON.stringify(r.statusCodes)})` : "");

async function submissions(url: string, unitIds: string[], docx: Uint8Array): Promise<LoadResult> {
  const clerks = await Promise.all(unitIds.slice(0, SUBMITTING_UNITS).map(async (unitId) => ({ unitId, token: await token(url, { unitId }) })));
  let n = 0;
  const run = Date.now().toString(36);
  const load = (seconds: number) =>
    runLoad({
      url,
      connections: SUBMIT_CONNECTIONS,
      duration: seconds,
      method: "POST",
      setupRequest: (req) => {
        const i = n++;
        const clerk = clerks[i % clerks.length]!;
        return {
          ...req,
          method: "POST",
          path: `/api/campaigns/${HA_TINH_2024.id}/units/${clerk.unitId}/submissions`,
          headers: {
            authorization: `Bearer ${clerk.token}`,
            "content-type": DOCX_MEDIA_TYPE,
            "idempotency-key": `bench-${run}-${i}`,
          },
          body: withZipComment(docx, `bench-${run}-${i}`),
        };
      },
    });
  await load(2); // JIT warm-up, first SQLite pages, first sheet reconcile
  return load(SECONDS);
}

/** What every browser and Apps Script's UrlFetchApp send with a GET: the status answers compressed to them. */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br";

async function getLoad(url: string, path: string, bearer: string | undefined, connections: number, amount?: number): Promise<LoadResult> {
  return runLoad({
    url: `${url}${path}`,
    connections,
    ...(amount ? { amount } : { duration: SECONDS }),
    headers: bearer ? { authorization: `Bearer ${bearer}`, "accept-encoding": BROWSER_ACCEPT_ENCODING } : {},
  });
}

export async function benchApi(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-api-"));
  const rows: BenchRow[] = [];
  try {
    const docx = generateReport(2, "snv");
    const file = join(dir, "report.docx");
    writeFileSync(file, docx);
    const small = writeUnitsFile(dir, 250);
    const statusPath = `/api/campaigns/${HA_TINH_2024.id}/status`;

    const checksPerSec = inProcessChecks(file, SECONDS);
    const api = await startApi(join(dir, "data-250"), small.file);
    let sub: LoadResult, status: LoadResult, status1: LoadResult;
    try {
      sub = await submissions(api.info.url, small.unitIds, docx);
      const secretariat = await token(api.info.url, { role: "secretariat" });
      await getLoad(api.info.url, statusPath, secretariat, STATUS_CONNECTIONS, 200);
      status = await getLoad(api.info.url, statusPath, secretariat, STATUS_CONNECTIONS);
      status1 = await getLoad(api.info.url, statusPath, secretariat, 1, LATENCY_REQUESTS);
    } finally {
      await api.stop();
    }
    const bare = await startChild("bare-server.js", [], {}, UrlLine);
    let floor: LoadResult;
    try {
      await getLoad(bare.info.url, "/", undefined, STATUS_CONNECTIONS, 2000);
      floor = await getLoad(bare.info.url, "/", undefined, STATUS_CONNECTIONS);
    } finally {
      await bare.stop();
    }
    const big = writeUnitsFile(dir, 10_000);
    const national = await startApi(join(dir, "data-10k"), big.file);
    let status10k: LoadResult;
    try {
      const secretariat = await token(national.info.url, { role: "secretariat" });
      await getLoad(national.info.url, statusPath, secretariat, 1, 30);
      status10k = await getLoad(national.info.url, statusPath, secretariat, 1, LATENCY_REQUESTS);
    } finally {
      await national.stop();
    }

    const subRatio = round(sub.okPerSec / checksPerSec, 3);
    rows.push({
      bench: "API: submit",
      case: `POST …/submissions, ${Math.round(docx.length / 1024)} KB .docx, ${SUBMIT_CONNECTIONS} connections, ${SUBMITTING_UNITS} units, distinct keys and bytes`,
      ours: figure(sub, "submissions") + failures(sub),
      baseline: `read + check in-process, 1 worker: ${round(checksPerSec, 1)} checks/s`,
      ratio: subRatio,
      target: "≥ 0.5 × in-process",
      met: subRatio >= 0.5 && sub.non2xx === 0 && sub.errors === 0,
    });
    const statusRatio = round(status.okPerSec / floor.okPerSec, 3);
    rows.push({
      bench: "API: status",
      case: `GET …/status, 250 units, ${STATUS_CONNECTIONS} connections, Accept-Encoding as a browser's`,
      ours: figure(status, "req") + failures(status),
      baseline: `bare node:http fixed 200: ${figure(floor, "req")}`,
      ratio: statusRatio,
      target: "≥ 0.2 × bare node:http",
      met: statusRatio >= 0.2 && status.non2xx === 0,
    });
    rows.push({
      bench: "API: status",
      case: `GET …/status, 10,000 units, 1 connection, ${LATENCY_REQUESTS} requests`,
      ours: `p50 ${round(status10k.p50Ms, 1)} ms, p99 ${round(status10k.p99Ms, 1)} ms${failures(status10k)}`,
      baseline: `250 units, 1 connection: p50 ${round(status1.p50Ms, 1)} ms, p99 ${round(status1.p99Ms, 1)} ms`,
      ratio: round(status10k.p99Ms / Math.max(status1.p99Ms, 1), 2),
      target: "p99 ≤ 50 ms",
      met: status10k.p99Ms <= 50 && status10k.non2xx === 0,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
