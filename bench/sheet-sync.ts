/**
 * Stage 4: the Google Sheet sync under a burst. 1,000 accepted submissions from 250 units, paced over about 66 s,
 * go through the local host (real composition root, SQLite, the real scheduler and the real @googleapis/sheets
 * client) to a local Sheets endpoint, which counts the write requests. Targets: ≤ 12 content writes in any minute (Google allows 60 a minute
 * per user), against the naive one write per submission; and the bytes of one reconcile for 250 units, against the
 * same table as the status.csv export.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activeRoutes } from "../functions/app/routes";
import { compose } from "../functions/compose";
import { parseConfig } from "../functions/config";
import { startLocalHost } from "../dev/host";
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { DOCX_MEDIA_TYPE } from "../shared/api/submissions";
import { withZipComment } from "./distinct";
import { writeUnitsFile } from "./registry";
import { generateReport } from "./report-gen";
import type { BenchRow } from "./result";
import { round } from "./stats";
import { startBenchSheets, type Recorded } from "./sheets-endpoint";

const SUBMISSIONS = 1_000;
const UNITS = 250;
const IN_FLIGHT = 16;
/** Paced over a little more than a minute (≈ 15 a second), so "writes in any minute" covers the whole burst. */
const SPACING_MS = 66;
const MINUTE_MS = 60_000;

/** The most requests that fall in any 60 s window. */
function maxPerMinute(list: readonly Recorded[]): number {
  let best = 0;
  for (let i = 0, j = 0; j < list.length; j++) {
    while ((list[j]?.atMs ?? 0) - (list[i]?.atMs ?? 0) >= MINUTE_MS) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

export async function benchSheetSync(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-sheet-"));
  const sheets = await startBenchSheets();
  const units = writeUnitsFile(dir, UNITS);
  const config = parseConfig({
    CCHC_DATA_DIR: join(dir, "data"),
    CCHC_DEV_AUTH: "1",
    CCHC_UNITS_FILE: units.file,
    GOOGLE_SHEETS_SPREADSHEET_ID: sheets.spreadsheetId,
    SHEETS_ROOT_URL: sheets.rootUrl,
    SHEETS_TEST_ACCESS_TOKEN: sheets.token,
  });
  const app = await compose(config, { sync: { log: () => undefined } });
  const host = await startLocalHost({ deps: app.deps, routes: activeRoutes(true), port: 0, log: () => undefined });
  try {
    await app.deps.sync.start();
    const api = `${host.url}/api`;
    const tokens = new Map<string, string>();
    const issue = async (who: { unitId: string } | { role: "secretariat" }) => {
      if (!app.deps.devIssuer) throw new Error("bench: development sign-in is off");
      return (await app.deps.devIssuer.issue(who, new Date())).token;
    };
    for (const unitId of units.unitIds) tokens.set(unitId, await issue({ unitId }));
    const docx = generateReport(2, "snv");
    const startedAt = Date.now();
    const fromIndex = sheets.requests.length;
    let next = 0;
    let accepted = 0;
    const worker = async () => {
      for (let i = next++; i < SUBMISSIONS; i = next++) {
        const wait = startedAt + i * SPACING_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const unitId = units.unitIds[i % units.unitIds.length]!;
        const res = await fetch(`${api}/campaigns/${HA_TINH_2024.id}/units/${unitId}/submissions`, {
          method: "POST",
          headers: { Authorization: `Bearer ${tokens.get(unitId)}`, "Content-Type": DOCX_MEDIA_TYPE, "Idempotency-Key": `burst-${i}` },
          body: new Uint8Array(withZipComment(docx, `burst-${i}`)),
        });
        await res.arrayBuffer();
        if (res.status === 201) accepted++;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const burstSeconds = (Date.now() - startedAt) / 1000;
    // The last coalesced reconcile runs at most one window after the last submission.
    await new Promise((r) => setTimeout(r, config.sync.minIntervalMs + 500));
    await app.deps.sync.settled();
    const sync = await app.deps.sync.status(HA_TINH_2024.id);

    const during = sheets.requests.slice(fromIndex);
    const writes = during.filter((r) => r.kind === "write");
    const perMinute = maxPerMinute(writes);
    const lastWrite = writes[writes.length - 1]?.bytes ?? NaN;
    const secretariat = await issue({ role: "secretariat" });
    const csv = await fetch(`${api}/campaigns/${HA_TINH_2024.id}/status.csv`, { headers: { Authorization: `Bearer ${secretariat}` } });
    const csvBytes = (await csv.arrayBuffer()).byteLength;
    const converged = !sync.dirty && sync.lastResult === "ok";
    return [
      {
        bench: "sheet sync",
        case: `${accepted.toLocaleString("en")} accepted submissions from ${UNITS} units in ${round(burstSeconds, 1)} s, ${IN_FLIGHT} in flight`,
        ours: `${writes.length} content writes (+${during.length - writes.length} reads/setups), at most ${perMinute} in any minute`,
        baseline: `one write per submission: ${accepted.toLocaleString("en")} writes`,
        ratio: round(writes.length / Math.max(accepted, 1), 4),
        target: "≤ 12 writes/min",
        met: perMinute <= 12 && accepted === SUBMISSIONS && converged,
        ...(converged ? {} : { notes: `the sheet did not converge: ${JSON.stringify(sync)}` }),
      },
      {
        bench: "sheet sync",
        case: `bytes per reconcile, ${units.unitIds.length} units (both tabs, one batchUpdate)`,
        ours: `${round(lastWrite / 1024, 1)} KB`,
        baseline: `status.csv export of the same units: ${round(csvBytes / 1024, 1)} KB`,
        ratio: round(lastWrite / csvBytes, 2),
        target: "(reported)",
        met: null,
      },
    ];
  } finally {
    await host.close();
    await app.close();
    await sheets.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
