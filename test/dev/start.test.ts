/**
 * `npm start` as a newcomer runs it: the compiled dist/dev/start.js (npm test builds dist/ first) starts the API and
 * the task pane from the built files, and its banner says where both are.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(__dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

test("the compiled start entry serves the API and the built task pane, and says so", async () => {
  const data = mkdtempSync(join(tmpdir(), "cchc-start-"));
  const [api, pane] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [join(repo, "dist", "dev", "start.js")], {
    env: { ...process.env, API_PORT: String(api), ADDIN_PORT: String(pane), CCHC_DATA_DIR: data },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr.on("data", (b: Buffer) => (out += b.toString()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${out}`)), 60_000);
      child.stdout.on("data", () => {
        if (out.includes("Ctrl+C stops.")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}:\n${out}`)));
    });
    expect(out).toContain(`http://127.0.0.1:${api}/api`);
    expect(out).toContain(`Word add-in (task pane): https://localhost:${pane}/taskpane.html`);
    expect(out).not.toContain("not built");
    const health = await fetch(`http://127.0.0.1:${api}/api/health`);
    expect(health.status).toBe(200);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(data, { recursive: true, force: true });
  }
}, 90_000);
