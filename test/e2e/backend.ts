import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleStart, freePort } from "../support/start-bundle";

export interface Backend {
  /** http://127.0.0.1:PORT/api */
  url: string;
  token(who: { unitId: string } | { role: "secretariat" }): Promise<string>;
  /** What the process printed so far (npm start's "Open next" lines). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The backend exactly as `npm start` runs it (dev/start.ts: composition root, SQLite, disk, development
 * sign-in, demo campaign) in its own process on a free port with a temporary data folder. The entry is bundled with
 * esbuild (../support/start-bundle) so the test needs no prior `npm run build`.
 */
export async function startBackend(allowedOrigin: string, extraEnv: Record<string, string> = {}): Promise<Backend> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-e2e-api-"));
  const bundle = await bundleStart();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [bundle.entry], {
    cwd: work,
    env: {
      ...process.env,
      API_PORT: String(port),
      // npm start also serves the pane; here the test serves it, so that server takes any free port and trusts nothing.
      ADDIN_PORT: "0",
      ADDIN_INSTALL_CA: "0",
      CCHC_DATA_DIR: path.join(work, "data"),
      CCHC_DEV_AUTH: "1",
      CCHC_DEMO_CAMPAIGN: "1",
      ALLOWED_ORIGINS: allowedOrigin,
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}/api`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`backend exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`backend did not answer /api/health within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    output: () => output,
    async token(who) {
      const res = await fetch(`${url}/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(who) });
      if (!res.ok) throw new Error(`dev token: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(work, { recursive: true, force: true });
      bundle.remove();
    },
  };
}
