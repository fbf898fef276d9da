/**
 * `npm run package` (scripts/package.js): the zip-deploy package is small, holds only the Functions app, and its
 * bundled entry loads in a plain Node process and registers every route of the route table and the sheet timer
 * through the real (bundled) @azure/functions, against a stand-in for the worker's @azure/functions-core.
 */
import { spawnSync } from "node:child_process";
import { REMINDER_TIMER_SCHEDULE } from "../../functions/reminders/service";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { ROUTES } from "../../functions/app/routes";
import { tempDir } from "../support/temp-dir";

interface Built {
  out: string;
  bytes: number;
  entries: string[];
  inputs: string[];
  externals: string[];
  warnings: number;
}
// scripts/ are plain CommonJS, shared with `npm run package` and bench/.
const { buildPackage } = require("../../scripts/package.js") as { buildPackage(o: { out: string }): Promise<Built> };

const dir = tempDir("cchc-package-");
const MiB = 2 ** 20;
let built: Built;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  built = await buildPackage({ out: path.join(dir, "functions-app.zip") });
  files = unzipSync(readFileSync(built.out));
}, 120_000);

test("≤ 30 MB, four files: host.json, package.json with the bundle as main, index.js and the reader thread", () => {
  expect(built.bytes).toBeLessThanOrEqual(30 * MiB);
  expect(Object.keys(files).sort()).toEqual(["host.json", "index.js", "package.json", "reader-thread.js"]);
  const manifest = JSON.parse(strFromU8(files["package.json"] as Uint8Array)) as { main: string; dependencies: object };
  expect(manifest.main).toBe("index.js");
  expect(manifest.dependencies).toEqual({});
  expect(strFromU8(files["host.json"] as Uint8Array)).toBe(readFileSync(path.join(__dirname, "..", "..", "host.json"), "utf8"));
  expect(built.warnings).toBe(0);
});

test("nothing of the task pane or the tests is bundled; only the worker's own module stays external", () => {
  const paneOrTests = /(^|\/)(addin|test)\/|node_modules\/(react|react-dom|scheduler|@fluentui|@griffel|@azure\/msal-browser|jest[^/]*|@jest|@swc|typescript)\//;
  expect(built.inputs.filter((i) => paneOrTests.test(i))).toEqual([]);
  expect(built.inputs).toContain("functions/azure/index.ts");
  expect(built.externals).toEqual(["@azure/functions-core"]);
});

test("the bundled entry registers every route and the sheet timer; without Cosmos it says what to set", () => {
  const app = path.join(dir, "app");
  mkdirSync(app);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(app, name), bytes);
  const core = path.join(dir, "worker", "node_modules", "@azure", "functions-core");
  mkdirSync(core, { recursive: true });
  writeFileSync(
    path.join(core, "index.js"),
    `const registered = [];
module.exports = {
  registered,
  setProgrammingModel() {},
  registerHook() { return { dispose() {} }; },
  registerFunction(metadata, handler) { registered.push({ metadata, handler }); return { dispose() {} }; },
};`,
  );
  const probe = `
const entry = require(${JSON.stringify(path.join(app, "index.js"))});
const core = require("@azure/functions-core");
const functions = core.registered.map(({ metadata }) => {
  const trigger = Object.values(metadata.bindings).find((b) => b.direction === "in");
  return { name: metadata.name, type: trigger.type, route: trigger.route, methods: trigger.methods, schedule: trigger.schedule };
});
const health = core.registered.find((r) => r.metadata.name === "health");
const errors = [];
health.handler({}, { error: (m) => errors.push(m), log() {}, warn() {} }).then((res) => {
  process.stdout.write(JSON.stringify({ functions, health: res.status, errors }));
  process.exit(0);
});`;
  const child = spawnSync(process.execPath, ["-e", probe], {
    encoding: "utf8",
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      NODE_PATH: path.join(dir, "worker", "node_modules"),
      CCHC_DATA_DIR: path.join(dir, "data"),
      AUTH_ISSUER: "https://login.example.test/t/v2.0",
      AUTH_AUDIENCE: "api://cchc",
      AUTH_JWKS_URI: "https://login.example.test/t/keys",
    },
  });
  expect(child.status).toBe(0);
  const report = JSON.parse(child.stdout) as {
    functions: { name: string; type: string; route?: string; methods?: string[]; schedule?: string }[];
    health: number;
    errors: string[];
  };
  const http = report.functions.filter((f) => f.type === "httpTrigger");
  const served = http.flatMap((f) => (f.methods ?? []).filter((m) => m !== "OPTIONS").map((m) => `${m} ${f.route}`));
  const expected = ROUTES.filter((r) => r.auth !== "dev").map((r) => `${r.method} ${r.route}`);
  expect(served.sort()).toEqual(expected.sort());
  for (const f of http) expect(f.methods).toContain("OPTIONS");
  expect(report.functions.filter((f) => f.type === "timerTrigger").map((f) => [f.name, f.schedule])).toEqual([
    ["sheet-sync", "*/10 * * * * *"],
    ["reminders", REMINDER_TIMER_SCHEDULE],
  ]);
  expect(report.health).toBe(500);
  expect(report.errors.join("\n")).toMatch(/COSMOS_ENDPOINT/);
});
