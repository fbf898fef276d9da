/**
 * A bench server in its own process (compiled entry under dist/bench): it prints one JSON line when it is ready,
 * checked with zod, and stops on SIGTERM. A server measured in the bench process would share its event loop with
 * the load generator.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { z } from "zod";

export interface Child<T> {
  info: T;
  pid: number;
  stop(): Promise<void>;
}

export function startChild<T>(entry: string, args: string[], env: Record<string, string>, schema: z.ZodType<T>): Promise<Child<T>> {
  const child = spawn(process.execPath, [join(__dirname, entry), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    child.once("exit", (code) => reject(new Error(`${entry} exited (${code}) before it was ready`)));
    lines.once("line", (line) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) return reject(new Error(`${entry}: unexpected first line ${line}`));
      resolve({
        info: parsed.data,
        pid: child.pid ?? 0,
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}
