/**
 * The backend exactly as `npm start` runs it (dev/start.ts), in its own process, so a test can kill it
 * with SIGKILL and start it again on the same data folder (the entry comes from ../support/start-bundle).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../support/start-bundle";

export interface ChildHost {
  api: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no graceful close, no pending sync, nothing flushed beyond what was committed. */
  kill(): Promise<void>;
}

export async function startChildHost(entry: string, env: Record<string, string>): Promise<ChildHost> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, API_PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const api = `http://127.0.0.1:${port}/api`;
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`${api}/health`).then((r) => r.ok).catch(() => false))) {
    if (child.exitCode !== null) throw new Error(`host exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`host did not answer /api/health within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    api,
    child,
    output: () => output,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await exited;
    },
  };
}
