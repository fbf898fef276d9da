/**
 * `dev/start.ts` (what `npm start` runs) bundled with esbuild for tests that run the backend in its own
 * process. The bundle goes into node_modules/.cache, so the packages it leaves external — also those loaded by
 * import(), which ignores NODE_PATH — resolve from the project's node_modules.
 */
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
  await build({ entryPoints: [join(repo, "dev", "start.ts")], outfile: entry, bundle: true, platform: "node", format: "cjs", packages: "external", logLevel: "warning" });
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
