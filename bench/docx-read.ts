/**
 * Stage 1: reading + checking a report vs mammoth.convertToHtml on the same bytes, in the same run.
 * Target: ours ≤ 0.25 × mammoth on the 300-page report.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateReport } from "./report-gen";
import { generateRealisticReport } from "./report-real";
import type { BenchRow } from "./result";
import { round } from "./stats";

interface Measurement {
  medianMs: number;
  maxRssMb: number;
}

function measure(tool: "ours" | "mammoth", file: string, runs: number): Measurement {
  const out = execFileSync(process.execPath, [join(__dirname, "docx-read-worker.js"), tool, file, String(runs)], {
    encoding: "utf8",
  });
  return JSON.parse(out) as Measurement;
}

/** The second kind of input: a long report in the layout of real offices (report-real.ts). */
const REALISTIC_PAGES = 60;

export function benchDocxRead(pagesList: readonly number[] = [10, 100, 300]): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  const inputs = [
    ...pagesList.map((pages) => ({ pages, realistic: false, bytes: generateReport(pages) })),
    { pages: REALISTIC_PAGES, realistic: true, bytes: generateRealisticReport(REALISTIC_PAGES) },
  ];
  try {
    return inputs.map(({ pages, realistic, bytes }) => {
      const file = join(dir, `report-${pages}${realistic ? "-real" : ""}.docx`);
      writeFileSync(file, bytes);
      const runs = pages >= 300 ? 5 : pages >= 60 ? 7 : 11;
      const ours = measure("ours", file, runs);
      const mammoth = measure("mammoth", file, runs);
      const ratio = round(ours.medianMs / mammoth.medianMs, 3);
      const targeted = pages === 300 && !realistic;
      const layout = realistic ? ", real-office layout: sub-headings, lists, many runs, 9-row tables" : "";
      return {
        bench: "read + check .docx",
        case: `${pages} pages${layout} (${Math.round(bytes.length / 1024)} KB)`,
        ours: `${round(ours.medianMs, 1)} ms, peak RSS ${round(ours.maxRssMb, 0)} MB`,
        baseline: `mammoth.convertToHtml ${round(mammoth.medianMs, 1)} ms, peak RSS ${round(mammoth.maxRssMb, 0)} MB`,
        ratio,
        target: targeted ? "≤ 0.25 × mammoth" : realistic ? "(reported; aim ≤ 0.25 ×)" : "(reported)",
        met: targeted ? ratio <= 0.25 : null,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
