/**
 * Which SQLite failures mean "the store is unavailable" (retry later, answer 503) rather than a bug in our SQL.
 * Lock timeouts, I/O errors, a full disk, a read-only or vanished file and corruption are conditions of the machine;
 * constraint violations and SQL errors are ours and must surface as they are.
 */
import { StoreUnavailableError } from "../port";

const UNAVAILABLE_PRIMARY_CODES = new Set([
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_IOERR",
  "SQLITE_FULL",
  "SQLITE_READONLY",
  "SQLITE_CANTOPEN",
  "SQLITE_CORRUPT",
  "SQLITE_NOTADB",
  "SQLITE_PROTOCOL",
  "SQLITE_NOMEM",
  "SQLITE_PERM",
  "SQLITE_AUTH",
]);

const DETAIL: Record<string, string> = {
  SQLITE_BUSY: "database is locked by another writer",
  SQLITE_LOCKED: "database table is locked",
  SQLITE_IOERR: "I/O error",
  SQLITE_FULL: "disk full",
  SQLITE_READONLY: "database is read-only",
  SQLITE_CANTOPEN: "cannot open the database file",
  SQLITE_CORRUPT: "database file is corrupt",
  SQLITE_NOTADB: "file is not a database",
};

/** Extended codes ("SQLITE_IOERR_WRITE", "SQLITE_READONLY_DBMOVED") share their primary code's prefix. */
function primaryCode(code: string): string {
  const match = /^SQLITE_[A-Z]+/.exec(code);
  return match ? match[0] : code;
}

/** Node's own fs errors raised while opening (creating the folder, a file where a folder should be). */
const UNAVAILABLE_FS_CODES = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EIO", "ENOTDIR", "EEXIST", "EDQUOT"]);

/**
 * Recognised by code, not `instanceof SqliteError`: the native addon keeps the error class of the first copy of
 * better-sqlite3 that loaded it, so a second copy of the module (test runners, bundles) would fail instanceof.
 */
export function toStoreError(err: unknown): unknown {
  if (err instanceof StoreUnavailableError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("SQLITE_")) {
    const primary = primaryCode(code);
    return UNAVAILABLE_PRIMARY_CODES.has(primary)
      ? new StoreUnavailableError(err, `${DETAIL[primary] ?? "SQLite error"} (${code})`)
      : err;
  }
  if (typeof code === "string" && UNAVAILABLE_FS_CODES.has(code)) {
    return new StoreUnavailableError(err, `cannot prepare the data folder (${code})`);
  }
  return err;
}
