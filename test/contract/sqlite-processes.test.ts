/**
 * Several server processes on one SQLite file (cluster workers, a CLI next to the host): versions must stay gapless
 * and keys idempotent across processes, not just within one. The adapter is bundled with esbuild for the children.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { buildSync } from "esbuild";
import type { RecordResult } from "../../functions/store/port";
import { openSqliteStore } from "../../functions/store/sqlite/store";

const repoRoot = resolve(__dirname, "..", "..");
const run = promisify(execFile);

const CHILD = `
const { openSqliteStore } = require(${JSON.stringify(join(repoRoot, "functions", "store", "sqlite", "store.ts"))});
const [file, worker, startAt] = process.argv.slice(2);
const store = openSqliteStore({ file });
const base = { campaignId: "ht-2024", unitId: "snv", receivedAt: "2024-12-10T03:00:00.000Z", dueAt: "2024-12-15T16:59:59.999Z",
  onTime: true, sha256: "a".repeat(64), sizeBytes: 1, submittedBy: "w" + worker, findings: [] };
const keys = [];
for (let i = 0; i < 15; i++) keys.push("own-" + worker + "-" + i, "shared-" + i);
// All children start together and yield between writes, so their transactions interleave on the file.
const pause = () => new Promise((r) => setTimeout(r, 1));
(async () => {
  while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 1));
  const results = [];
  for (const idempotencyKey of keys) {
    results.push(await store.record({ ...base, idempotencyKey }));
    await pause();
  }
  process.stdout.write(JSON.stringify(results));
  await store.close();
})();
`;

describe("sqlite store shared by several processes", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-sqlite-procs-"));
    writeFileSync(join(dir, "entry.js"), CHILD);
    buildSync({
      entryPoints: [join(dir, "entry.js")],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile: join(dir, "child.js"),
      external: ["better-sqlite3"],
      logLevel: "silent",
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps versions gapless and each key to one version across 3 writer processes", async () => {
    const file = join(dir, "shared.sqlite");
    await openSqliteStore({ file }).close();
    const startAt = String(Date.now() + 1500);
    const env = { ...process.env, NODE_PATH: join(repoRoot, "node_modules") };
    const outputs = await Promise.all(
      [1, 2, 3].map((w) => run(process.execPath, [join(dir, "child.js"), file, String(w), startAt], { env })),
    );
    const results = outputs.flatMap((o) => JSON.parse(o.stdout) as RecordResult[]);
    const store = openSqliteStore({ file });
    const versions = await store.listVersions("ht-2024", "snv");
    await store.close();
    // 3 × 15 own keys + 15 shared keys, each stored once.
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 60 }, (_, i) => 60 - i));
    expect(results.filter((r) => r.created)).toHaveLength(60);
    const byKey = new Map(versions.map((v) => [v.idempotencyKey, v.submissionId]));
    for (const r of results) expect(r.record.submissionId).toBe(byKey.get(r.record.idempotencyKey));
  });
});
