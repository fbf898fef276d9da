import { readFile, writeFile } from "node:fs/promises";

/** Everything the CLI does to the outside world; tests pass a captured one and call main() directly. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** The clock (today's [DEMO] campaign is built from it); the system clock when absent. */
  now?(): Date;
}

export function nodeIO(): CliIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    now: () => new Date(),
  };
}

/** The fs error code of a failed read/write ("ENOENT", "EISDIR"), if any. */
export function fsErrorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string") return e.code;
  return undefined;
}
