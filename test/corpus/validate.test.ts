/**
 * `cchc validate --json` over the whole external corpus in one run: one line per file in argument order, each a
 * verdict with findings or a typed `unreadable`, and none of these foreign documents passes as a report.
 */
import { cchc } from "../cli/capture";
import { corpusFiles } from "./corpus-dir";

test("one verdict per corpus file, none crashes the run, none is taken for a report", async () => {
  const files = corpusFiles();
  const run = await cchc("validate", "--json", ...files);
  expect(run.err).toBe("");
  const lines = run.out.trim().split("\n").map((l) => JSON.parse(l) as { file: string; ok: boolean; findings?: unknown[]; unreadable?: { code: string } });
  expect(lines.map((l) => l.file)).toEqual(files);
  for (const line of lines) {
    expect(line.ok).toBe(false);
    if (line.unreadable) expect(line.unreadable.code).toMatch(/^docx\./);
    else expect(line.findings?.length).toBeGreaterThan(0);
  }
  expect([1, 2]).toContain(run.code);
});
