import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { StoreUnavailableError } from "../../../../functions/store/port";
import { toStoreError } from "../../../../functions/store/sqlite/errors";

/** Real errors raised by SQLite itself, so the mapping is checked against what the engine actually throws. */
function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected the operation to fail");
}

describe("toStoreError", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "cchc-sqlite-err-"));
    file = join(dir, "t.sqlite");
    const db = new Database(file);
    db.exec("CREATE TABLE t (x TEXT PRIMARY KEY)");
    db.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("maps a full disk (SQLITE_FULL) to StoreUnavailableError saying so", () => {
    const db = new Database(file);
    db.pragma("max_page_count = 3");
    const insert = db.prepare("INSERT INTO t VALUES (?)");
    const err = errorOf(() => {
      for (let i = 0; i < 1000; i++) insert.run("x".repeat(500) + i);
    });
    db.close();
    const mapped = toStoreError(err);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as Error).message).toMatch(/disk full/);
  });

  it("maps writes to a read-only database (SQLITE_READONLY) to StoreUnavailableError", () => {
    const db = new Database(file, { readonly: true });
    const err = errorOf(() => db.prepare("INSERT INTO t VALUES ('a')").run());
    db.close();
    expect((err as { code: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(toStoreError(err)).toBeInstanceOf(StoreUnavailableError);
  });

  it("maps a lock timeout (SQLITE_BUSY) to StoreUnavailableError", () => {
    const holder = new Database(file);
    holder.exec("BEGIN EXCLUSIVE");
    const db = new Database(file, { timeout: 10 });
    const err = errorOf(() => db.prepare("INSERT INTO t VALUES ('a')").run());
    holder.exec("ROLLBACK");
    holder.close();
    db.close();
    expect(toStoreError(err)).toBeInstanceOf(StoreUnavailableError);
  });

  it("leaves our own mistakes (constraint violations, bad SQL, plain bugs) as they are", () => {
    const db = new Database(file);
    db.prepare("INSERT INTO t VALUES ('a')").run();
    const constraint = errorOf(() => db.prepare("INSERT INTO t VALUES ('a')").run());
    const syntax = errorOf(() => db.prepare("SELEC nonsense"));
    db.close();
    expect(toStoreError(constraint)).toBe(constraint);
    expect(toStoreError(syntax)).toBe(syntax);
    const bug = new TypeError("x is undefined");
    expect(toStoreError(bug)).toBe(bug);
  });

  it("maps file-system refusals met while preparing the data folder", () => {
    const enospc = Object.assign(new Error("no space"), { code: "ENOSPC" });
    expect(toStoreError(enospc)).toBeInstanceOf(StoreUnavailableError);
  });
});
