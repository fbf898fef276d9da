#!/usr/bin/env node
/*
 * The one test command (`npm test`, also what .ci/run calls): type-check, dependency lint, system packages the
 * browser tests need, then the whole jest suite. Ends with a plain "jest: N passed, N failed" line for CI.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function ensureChromium() {
  const wanted = fs.existsSync(path.join(root, "test", "e2e"));
  if (!wanted || fs.existsSync("/usr/bin/chromium")) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error("Browser tests need Debian's chromium: run `sudo apt-get install -y chromium` and try again.");
    process.exit(1);
  }
  run("install chromium (Debian package, for the end-to-end tests)", "bash", [
    "-c",
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null",
  ]);
}

run("type-check (project)", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]);
run("type-check (shared/ is pure: no Node or DOM)", bin("tsc"), ["-p", "shared/tsconfig.json", "--noEmit"]);
run("dependency directions", process.execPath, [path.join(__dirname, "check-deps.js")]);
run("build (dist/ used by the CLI and the local host)", "npm", ["run", "--silent", "build"]);
ensureChromium();

const report = path.join(root, "test", "artifacts", "jest-results.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
const extra = process.argv.slice(2);
console.log("\n▶ jest");
const r = spawnSync(bin("jest"), ["--ci", "--json", `--outputFile=${report}`, ...extra], { cwd: root, stdio: "inherit" });
let summary = "";
try {
  const j = JSON.parse(fs.readFileSync(report, "utf8"));
  summary = `jest: ${j.numPassedTests} passed, ${j.numFailedTests} failed`;
  if (j.numPendingTests) summary += `, ${j.numPendingTests} skipped`;
} catch {
  summary = "jest: 0 passed, 1 failed";
}
console.log(`\n${summary}`);
process.exit(r.status === 0 ? 0 : r.status || 1);
