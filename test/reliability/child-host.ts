/**
 * The backend exactly as `npm start` runs it (functions/local/start.ts), in its own process, so a test can kill it
 * with SIGKILL and start it again on the same data folder. The entry is bundled once with esbuild (no prior build
 * needed) into node_modules/.cache, so the packages it leaves external — also those loaded by import() — resolve
 * from the project's node_modules.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const repo = resolve(__dirname, "../..");

export async function bundleStart(): Promise<{ entry: string; remove(): void }> {
  const cache = join(repo, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "cchc-start-"));
  const entry = join(dir, "start.js");
  await build({ entryPoints: [join(repo, "functions", "local", "start.ts")], outfile: entry, bundle: true, platform: "node", format: "cjs", packages: "external", logLevel: "warning" });
  return { entry, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => ok(port));
    });
  });
}

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
