/**
 * The deploy package (`npm run package`): its size against the production node_modules the project folder used to
 * ship (`npm ci --omit=dev`), and its cold start — the time, inside a fresh Node process, to load the bundled entry
 * and register every function — against a bare @azure/functions registration of one route bundled with the same
 * esbuild settings. Both entries run against a stand-in for the worker's @azure/functions-core; median of 9.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync, type BuildOptions } from "esbuild";
import { unzipSync } from "fflate";
import { z } from "zod";
import type { BenchRow } from "./result";
import { median, round } from "./stats";

const root = join(__dirname, "..", "..");
const RUNS = 9;
const MiB = 2 ** 20;
const TARGET_BYTES = 30 * MiB;

const BuiltSchema = z.object({ out: z.string(), bytes: z.number() });
// scripts/ are plain CommonJS, shared with `npm run package` and its test.
const { buildPackage, NODE_BUNDLE } = require(join(root, "scripts", "package.js")) as {
  buildPackage(o: { out: string }): Promise<unknown>;
  NODE_BUNDLE: Pick<BuildOptions, "bundle" | "platform" | "target" | "format" | "minify" | "keepNames">;
};

const BARE = `import { app } from "@azure/functions";
app.http("health", { route: "health", methods: ["GET"], authLevel: "anonymous", handler: async () => ({ status: 200 }) });`;

const WORKER_CORE = `const registered = [];
module.exports = {
  registered,
  setProgrammingModel() {},
  registerHook() { return { dispose() {} }; },
  registerFunction(metadata) { registered.push(metadata.name); return { dispose() {} }; },
};`;

/** Milliseconds to require the entry (which registers its functions), measured inside a fresh process. */
function coldStart(entry: string, nodePath: string, dataDir: string): { ms: number; functions: number } {
  const probe = `const t0 = process.hrtime.bigint();
require(${JSON.stringify(entry)});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, functions: require("@azure/functions-core").registered.length }));
process.exit(0);`;
  const child = spawnSync(process.execPath, ["-e", probe], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      NODE_PATH: nodePath,
      CCHC_DATA_DIR: dataDir,
      COSMOS_ENDPOINT: "https://127.0.0.1:9/",
      COSMOS_KEY: "a2V5",
      AUTH_ISSUER: "https://login.example.test/t/v2.0",
      AUTH_AUDIENCE: "api://cchc",
      AUTH_JWKS_URI: "https://login.example.test/t/keys",
    },
  });
  if (child.status !== 0) throw new Error(`cold start of ${entry} failed: ${child.stderr}`);
  return z.object({ ms: z.number(), functions: z.number() }).parse(JSON.parse(child.stdout));
}

/** Bytes of every package `npm ci --omit=dev` installs (package-lock entries not marked dev), nested ones once. */
function productionNodeModulesBytes(): number {
  const lock = z
    .object({ packages: z.record(z.string(), z.object({ dev: z.boolean().optional() }).loose()) })
    .parse(JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")));
  const size = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
      if (e.name === "node_modules" && e.isDirectory()) return sum; // nested packages are lock entries of their own
      const full = join(dir, e.name);
      return sum + (e.isDirectory() ? size(full) : e.isFile() ? statSync(full).size : 0);
    }, 0);
  return Object.entries(lock.packages)
    .filter(([p, info]) => p.startsWith("node_modules/") && !info.dev)
    .reduce((sum, [p]) => {
      try {
        return sum + size(join(root, p));
      } catch {
        return sum; // an optional package for another platform is not installed here
      }
    }, 0);
}

export async function benchPackage(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-package-"));
  try {
    const built = BuiltSchema.parse(await buildPackage({ out: join(dir, "functions-app.zip") }));
    const app = join(dir, "app");
    mkdirSync(app);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(built.out)))) writeFileSync(join(app, name), bytes);
    const bare = join(dir, "bare.js");
    buildSync({
      stdin: { contents: BARE, resolveDir: root, loader: "ts" },
      outfile: bare,
      ...NODE_BUNDLE,
      external: ["@azure/functions-core"],
      logLevel: "silent",
    });
    const core = join(dir, "worker", "node_modules", "@azure", "functions-core");
    mkdirSync(core, { recursive: true });
    writeFileSync(join(core, "index.js"), WORKER_CORE);
    const nodePath = join(dir, "worker", "node_modules");

    const ours: number[] = [];
    const base: number[] = [];
    let functions = 0;
    for (let i = 0; i < RUNS; i++) {
      const o = coldStart(join(app, "index.js"), nodePath, join(dir, "data"));
      functions = o.functions;
      ours.push(o.ms);
      base.push(coldStart(bare, nodePath, join(dir, "data")).ms);
    }
    const oursMs = median(ours);
    const baseMs = median(base);
    const installed = productionNodeModulesBytes();
    return [
      {
        bench: "deploy package",
        case: "cold start: load the bundled entry and register its functions, fresh process, median of 9",
        ours: `${round(oursMs, 1)} ms (${functions} functions)`,
        baseline: `bare @azure/functions, one route, same esbuild settings: ${round(baseMs, 1)} ms`,
        ratio: round(oursMs / baseMs, 2),
        target: "(reported)",
        met: null,
      },
      {
        bench: "deploy package",
        case: "size of dist/functions-app.zip (npm run package)",
        ours: `${round(built.bytes / MiB, 1)} MiB`,
        baseline: `production node_modules (npm ci --omit=dev): ${round(installed / MiB, 1)} MiB`,
        ratio: round(built.bytes / installed, 3),
        target: "≤ 30 MB",
        met: built.bytes <= TARGET_BYTES,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
