import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { StoreUnavailableError } from "../../functions/store/port";
import { openSqliteStore } from "../../functions/store/sqlite";
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

  it("refuses a database written by a newer schema instead of corrupting it", () => {
    const file = join(dir, "cchc.sqlite");
    const raw = new Database(file);
    raw.pragma("user_version = 999");
    raw.close();
    expect(() => openSqliteStore({ file })).toThrow(/newer than this build/);
  });
});
