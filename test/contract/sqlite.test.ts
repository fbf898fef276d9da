import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { StoreUnavailableError } from "../../functions/store/port";
import { openSqliteStore } from "../../functions/store/sqlite/store";
import { newSubmission, runStoreContract } from "./store.contract";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cchc-sqlite-"));
}

runStoreContract("sqlite", async () => {
  const dir = tempDir();
  const file = join(dir, "data", "cchc.sqlite");
  return {
    open: async () => openSqliteStore({ file }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe("sqlite store faults", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the data folder and uses WAL with a schema version", async () => {
    const file = join(dir, "nested", "deeper", "cchc.sqlite");
    const store = openSqliteStore({ file });
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(1);
    raw.close();
  });

  it("reports a lock held by another process as StoreUnavailableError and writes nothing", async () => {
    const file = join(dir, "cchc.sqlite");
    const store = openSqliteStore({ file, busyTimeoutMs: 50 });
    const other = new Database(file);
    other.exec("BEGIN EXCLUSIVE");
    await expect(store.record(newSubmission())).rejects.toBeInstanceOf(StoreUnavailableError);
    other.exec("ROLLBACK");
    other.close();
    expect(await store.listVersions("ht-2024", "snv")).toEqual([]);
    expect((await store.record(newSubmission())).record.version).toBe(1);
    await store.close();
  });

  it("refuses to open a path that cannot hold a database, with StoreUnavailableError", () => {
    expect(() => openSqliteStore({ file: dir })).toThrow(StoreUnavailableError);
  });

  it("upgrades a data folder from before contested findings in place: old rows read with no reasons", async () => {
    const file = join(dir, "cchc.sqlite");
    const v1 = new Database(file);
    v1.exec(`
      CREATE TABLE submissions (submission_id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, unit_id TEXT NOT NULL,
        version INTEGER NOT NULL, idempotency_key TEXT NOT NULL, received_at TEXT NOT NULL, due_at TEXT NOT NULL,
        on_time INTEGER NOT NULL, sha256 TEXT NOT NULL, size_bytes INTEGER NOT NULL, submitted_by TEXT NOT NULL,
        findings TEXT NOT NULL);
      CREATE TABLE unit_heads (campaign_id TEXT NOT NULL, unit_id TEXT NOT NULL, latest_version INTEGER NOT NULL,
        latest_submission_id TEXT NOT NULL, latest_at TEXT NOT NULL, first_at TEXT NOT NULL,
        latest_warnings INTEGER NOT NULL, PRIMARY KEY (campaign_id, unit_id)) WITHOUT ROWID;
      CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, campaign_id TEXT NOT NULL, unit_id TEXT NOT NULL,
        at TEXT NOT NULL, actor TEXT NOT NULL, outcome TEXT NOT NULL, code TEXT NOT NULL, sha256 TEXT, submission_id TEXT);
      CREATE TABLE dirty_marks (campaign_id TEXT PRIMARY KEY, since TEXT NOT NULL);
      INSERT INTO submissions VALUES ('ht-2024.snv.v1', 'ht-2024', 'snv', 1, 'k1', '2024-12-10T03:00:00.000Z',
        '2024-12-15T16:59:59.999Z', 1, '${"a".repeat(64)}', 10, 'clerk', '[]');
      INSERT INTO unit_heads VALUES ('ht-2024', 'snv', 1, 'ht-2024.snv.v1', '2024-12-10T03:00:00.000Z',
        '2024-12-10T03:00:00.000Z', 0);
      PRAGMA user_version = 1;
    `);
    v1.close();
    const store = openSqliteStore({ file });
    expect((await store.get("ht-2024.snv.v1"))?.contested).toEqual([]);
    expect(await store.unitStates("ht-2024")).toEqual([expect.objectContaining({ latestContested: 0, latestContests: [] })]);
    expect((await store.record(newSubmission({ idempotencyKey: "k2" }))).record.version).toBe(2);
    await store.close();
  });

  it("refuses a database written by a newer schema instead of corrupting it", () => {
    const file = join(dir, "cchc.sqlite");
    const raw = new Database(file);
    raw.pragma("user_version = 999");
    raw.close();
    expect(() => openSqliteStore({ file })).toThrow(/newer than this build/);
  });
});
