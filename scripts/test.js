#!/usr/bin/env node
/*
 * The one test command (`npm test`, also what .ci/run calls): type-check, dependency lint, system packages the
 * browser tests need, then the whole jest suite. Ends with a plain "jest: N passed, N failed" line for CI, and one
 * line saying whether the external corpus suite (test/corpus/) ran: it runs when CCHC_CORPUS_DIR (relative to the
 * repository root; default ../shared/corpus) exists, and is left out (jest.config.js), saying so, when it does not. The exit code
 * agrees with the counts: never 0 with a failure, never a failure without a count.
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

/** The external corpus: decided here, once, so jest never skips it silently. */
function corpusSuite() {
  const shown = process.env.CCHC_CORPUS_DIR || path.join("..", "shared", "corpus");
  const dir = path.resolve(root, shown);
  if (!fs.existsSync(dir)) {
    return { dir, suite: "off", line: `corpus suite: not run — ${shown} not found (set CCHC_CORPUS_DIR)` };
  }
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".docx"));
  return {
    dir,
    suite: "on",
    line: `corpus suite: ran on ${files.length} files from ${shown}`,
    unselected: `corpus suite: not run — no test/corpus file matched the arguments (${files.length} files in ${shown})`,
  };
}

/** Whether jest's report holds results of test/corpus/ files (arguments may have narrowed the run). */
function corpusRan(reportFile) {
  try {
    const j = JSON.parse(fs.readFileSync(reportFile, "utf8"));
    return j.testResults.some((t) => path.relative(root, t.name).startsWith(path.join("test", "corpus") + path.sep));
  } catch {
    return false;
  }
}

/** "jest: N passed, N failed", and the exit code that goes with it, from jest's JSON report. */
function summarise(reportFile, jestStatus) {
  let j;
  try {
    j = JSON.parse(fs.readFileSync(reportFile, "utf8"));
  } catch {
    return { text: `jest: no results — failed: jest exited with ${jestStatus}`, code: jestStatus || 1 };
  }
  const brokenSuites = j.numRuntimeErrorTestSuites || 0;
  let text = `jest: ${j.numPassedTests} passed, ${j.numFailedTests} failed`;
  if (brokenSuites) text += `, ${brokenSuites} suite(s) failed to run`;
  if (j.numPendingTests) text += `, ${j.numPendingTests} skipped`;
  const counted = j.numFailedTests > 0 || brokenSuites > 0;
  const failed = counted || j.numFailedTestSuites > 0 || j.success === false || jestStatus !== 0;
  // A failure the counts above do not show (no tests found, a failing hook, jest itself) is still a failure.
  if (failed && !counted) text += ` — failed: jest exited with ${jestStatus}${j.numTotalTests === 0 ? " (no tests ran)" : ""}`;
  return { text, code: failed ? jestStatus || 1 : 0 };
}

const report = path.join(root, "test", "artifacts", "jest-results.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const corpus = corpusSuite();
const extra = process.argv.slice(2);
console.log("\n▶ jest");
const r = spawnSync(bin("jest"), ["--ci", "--json", `--outputFile=${report}`, ...extra], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CCHC_CORPUS_DIR: corpus.dir, CCHC_CORPUS_SUITE: corpus.suite },
});
const summary = summarise(report, r.status ?? 1);
const corpusLine = corpus.suite === "on" && !corpusRan(report) ? corpus.unselected : corpus.line;
console.log(`\n${summary.text}\n${corpusLine}`);
process.exit(summary.code);
