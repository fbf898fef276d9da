/**
 * Stage 1: reading + checking a report vs mammoth.convertToHtml on the same bytes, in the same run.
 * Target: ours ≤ 0.25 × mammoth on the 300-page report.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateReport } from "./report-gen";
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

export function benchDocxRead(pagesList: readonly number[] = [10, 100, 300]): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  try {
    return pagesList.map((pages) => {
      const bytes = generateReport(pages);
      const file = join(dir, `report-${pages}.docx`);
      writeFileSync(file, bytes);
      const runs = pages >= 300 ? 5 : 11;
      const ours = measure("ours", file, runs);
      const mammoth = measure("mammoth", file, runs);
      const ratio = round(ours.medianMs / mammoth.medianMs, 3);
      const targeted = pages === 300;
      return {
        bench: "read + check .docx",
        case: `${pages} pages (${Math.round(bytes.length / 1024)} KB)`,
        ours: `${round(ours.medianMs, 1)} ms, peak RSS ${round(ours.maxRssMb, 0)} MB`,
        baseline: `mammoth.convertToHtml ${round(mammoth.medianMs, 1)} ms, peak RSS ${round(mammoth.maxRssMb, 0)} MB`,
        ratio,
        target: targeted ? "≤ 0.25 × mammoth" : "(reported)",
        met: targeted ? ratio <= 0.25 : null,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
