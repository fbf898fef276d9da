/**
 * Issue 10 §1: development sign-in exists only on the local host, on loopback. `npm start` bound to a network
 * address refuses to start rather than hand tokens to anyone who reaches the port (the Azure entry's refusal is in
 * test/functions/azure/index.test.ts).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activeRoutes } from "../../functions/app/routes";
import { compose, type Composed } from "../../functions/compose";
import { parseConfig } from "../../functions/config";
import { startLocalHost } from "../../dev/host";
import { bundleStart, freePort } from "../support/start-bundle";

const dir = mkdtempSync(join(tmpdir(), "cchc-devsignin-"));
let app: Composed;
let bundle: Awaited<ReturnType<typeof bundleStart>> | undefined;
beforeAll(async () => {
  app = await compose(parseConfig({ CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1" }));
});
afterAll(async () => {
  await app.close();
  bundle?.remove();
  rmSync(dir, { recursive: true, force: true });
});

it("the local host will not serve the development routes on a non-loopback address", async () => {
  await expect(startLocalHost({ deps: app.deps, routes: activeRoutes(true), host: "0.0.0.0", port: 0 })).rejects.toMatchObject({
    code: "config.invalid",
  });
});

it("npm start with API_HOST=0.0.0.0 refuses to start and says why in one line", async () => {
  bundle = await bundleStart();
  const child = spawn(process.execPath, [bundle.entry], {
    env: { ...process.env, CCHC_DATA_DIR: dir, API_HOST: "0.0.0.0", API_PORT: String(await freePort()), ADDIN_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Were it to start (the old behaviour), it must not outlive the test.
  setTimeout(() => child.kill("SIGKILL"), 20_000).unref();
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(1);
  expect(output).toMatch(/^.*CCHC_DEV_AUTH=1 is refused on API_HOST=0\.0\.0\.0.*API_HOST=127\.0\.0\.1.*$/m);
  expect(output).not.toContain("/api/dev/token");
});
