import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeFilledReportDocx } from "../fixtures/reports";
import { tempDir } from "../support/temp-dir";

const repoRoot = path.resolve(__dirname, "..", "..");
const bin = path.join(repoRoot, "bin", "cchc.js");

const dir = tempDir("cchc-bin-");

// The installed command: bin/cchc.js over the compiled dist/cli (built by `npm test` before jest runs).
test("bin/cchc.js runs the compiled CLI, and NDJSON survives a pipe with the exit code intact", () => {
  expect(existsSync(path.join(repoRoot, "dist", "cli", "main.js"))).toBe(true);
  const good = path.join(dir, "ok.docx");
  writeFileSync(good, makeFilledReportDocx("snv"));
  const files = [...Array.from({ length: 10 }, () => good), path.join(dir, "missing.docx")];
  const r = spawnSync(process.execPath, [bin, "validate", "--json", ...files], { encoding: "utf8" });
  expect(r.status).toBe(2);
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { ok: boolean; unreadable?: { code: string } });
  expect(lines).toHaveLength(11);
  expect(lines.slice(0, 10).every((l) => l.ok)).toBe(true);
  expect(lines[10]!.unreadable?.code).toBe("file.notFound");
});
