/**
 * The 1 GiB bomb measured in a fresh Node process, so peak RSS is the reader's own and not the test runner's:
 * the reader and the bomb builder are bundled with esbuild and run as a child; it reports the code, the bytes it
 * actually inflated and maxRSS. (How long the refusal takes is a bench/ figure, not an assertion here.)
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PROBE = `
import { readDocx } from "./docx/read";
import { zipBombDocx } from "./test/docx/read/helpers/bomb";
import { meterInflation } from "./test/support/inflate-meter";
(async () => {
  const bytes = zipBombDocx("word/document.xml", Number(process.argv[2]));
  const meter = meterInflation();
  const result = await readDocx(bytes);
  const code = result.ok ? "ok" : result.error.code;
  process.stdout.write(JSON.stringify({ code, inflatedMiB: meter.bytes() / 2 ** 20, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
})();
`;

describe("1 GiB zip bomb in a fresh process", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "docx-bomb-"));
  const script = path.join(dir, "probe.js");
  beforeAll(() => {
    const repoRoot = path.resolve(__dirname, "../../..");
    const out = buildSync({
      stdin: { contents: PROBE, resolveDir: repoRoot, loader: "ts" },
      bundle: true,
      platform: "node",
      target: "node20",
      write: false,
      logLevel: "silent",
    });
    writeFileSync(script, out.outputFiles[0]?.text ?? "");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["an honest header", 1024 * 1024 * 1024],
    ["a lying header", 4096],
  ])("with %s: refused as docx.zipBomb having inflated < 1 MiB of it, peak RSS < 256 MB", (_, declared) => {
    const child = spawnSync(process.execPath, [script, String(declared)], { encoding: "utf8", timeout: 20_000 });
    expect(child.stderr).toBe("");
    const report = JSON.parse(child.stdout) as { code: string; inflatedMiB: number; maxRssMiB: number };
    expect(report.code).toBe("docx.zipBomb");
    expect(report.inflatedMiB).toBeGreaterThan(0); // the meter saw the reader's inflaters (the package rels)
    expect(report.inflatedMiB).toBeLessThan(1);
    expect(report.maxRssMiB).toBeLessThan(256);
  });
});
