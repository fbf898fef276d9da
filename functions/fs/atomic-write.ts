/**
 * The one way this app writes a file others read (documents, the .xlsx sheet, outbox messages): beside the target,
 * flushed, then renamed over it, so a reader — or a restart after kill -9 — never sees half a file. The temp name
 * ends in .tmp so the start-up sweep can tell an abandoned one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  mode?: number;
}

/** Throws the underlying error with `step` set to what was being done, after removing its temp file. */
export async function writeFileAtomic(file: string, bytes: Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const folder = dirname(file);
  const temp = join(folder, `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let step = `creating ${folder}`;
  try {
    await mkdir(folder, { recursive: true });
    step = `writing ${temp}`;
    const handle = await open(temp, "wx", opts.mode ?? 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    step = `renaming into ${file}`;
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw Object.assign(err instanceof Error ? err : new Error(String(err)), { step });
  }
  // The rename is durable only once the folder entry is flushed; a failure here is not worth failing the write.
  const dirHandle = await open(folder, "r").catch(() => undefined);
  await dirHandle?.sync().catch(() => undefined);
  await dirHandle?.close().catch(() => undefined);
}

/** What writeFileAtomic was doing when it failed ("writing …", "renaming into …"), for error messages. */
export function stepOf(err: unknown): string {
  return typeof err === "object" && err !== null && "step" in err && typeof err.step === "string" ? err.step : "writing";
}
