/**
 * Documents on local disk under their sha256: `<dir>/ab/cd/abcd…`. A write goes to a temp file in the final folder,
 * is fsynced, then renamed into place, so a reader sees the whole document or nothing, and a crash or a full disk
 * leaves no partial file under a real key. Storing bytes that are already there is a no-op.
 */
import { mkdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { stepOf, writeFileAtomic } from "../fs/atomic-write";
import type { DocumentBlobStore } from "./port";
import { BlobUnavailableError } from "./port";
import { checkedKey, sha256Hex } from "./key";

export interface DiskBlobStoreOptions {
  /** Root folder, normally `${CCHC_DATA_DIR}/documents`; created if missing. */
  dir: string;
  /** Re-hash documents when reading them back and refuse a mismatch (default true). */
  verifyOnRead?: boolean;
}

const REASONS: Record<string, string> = {
  ENOSPC: "disk full",
  EDQUOT: "disk quota exceeded",
  EIO: "I/O error",
  EROFS: "file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a file stands where a folder is needed",
  EEXIST: "a file stands where a folder is needed",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
};

function unavailable(err: unknown, doing: string): BlobUnavailableError {
  const code = (err as { code?: unknown } | null)?.code;
  const reason = typeof code === "string" ? `${REASONS[code] ?? "file system error"} (${code})` : "unexpected error";
  return new BlobUnavailableError(err, `${reason} while ${doing}`);
}

const isMissing = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === "ENOENT";

export async function openDiskBlobStore(opts: DiskBlobStoreOptions): Promise<DocumentBlobStore> {
  const verify = opts.verifyOnRead ?? true;
  try {
    await mkdir(opts.dir, { recursive: true });
  } catch (err) {
    throw unavailable(err, `creating ${opts.dir}`);
  }
  const folderOf = (key: string): string => join(opts.dir, key.slice(0, 2), key.slice(2, 4));
  const pathOf = (key: string): string => join(folderOf(key), key);

  async function exists(key: string): Promise<boolean> {
    try {
      return (await stat(pathOf(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw unavailable(err, `checking ${key}`);
    }
  }

  async function writeAtomically(key: string, bytes: Uint8Array): Promise<void> {
    try {
      await writeFileAtomic(pathOf(key), bytes);
    } catch (err) {
      throw unavailable(err, stepOf(err));
    }
  }

  return {
    kind: "disk",
    async put(bytes) {
      const key = sha256Hex(bytes);
      if (!(await exists(key))) await writeAtomically(key, bytes);
      return key;
    },
    async get(sha256) {
      const key = checkedKey(sha256);
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(key));
      } catch (err) {
        if (isMissing(err)) return undefined;
        throw unavailable(err, `reading ${key}`);
      }
      if (verify && sha256Hex(bytes) !== key) {
        throw new BlobUnavailableError(undefined, `stored document ${key} is damaged (hash mismatch)`);
      }
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async has(sha256) {
      return exists(checkedKey(sha256));
    },
    close: () => Promise.resolve(),
  };
}
