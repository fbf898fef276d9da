/**
 * `npm run bench`: runs every benchmark stage, prints a Markdown table, writes bench/results.json and
 * bench/results.md. Not part of `npm test` (timing belongs here, as ratios against baselines measured in this run).
 * `node dist/bench/run.js api sheet-sync` runs only the named stages and prints their rows without writing files.
 */
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { benchAddin } from "./addin";
import { benchAggregate } from "./aggregate";
import { benchApi } from "./api";
import { benchDocxRead } from "./docx-read";
import { benchHostile } from "./hostile";
import { benchPackage } from "./package";
import type { BenchRow } from "./result";
import { benchSheetSync } from "./sheet-sync";

/** In the order of the stages a submission goes through, then the pane, then the deploy package. */
const STAGES: Record<string, () => BenchRow[] | Promise<BenchRow[]>> = {
  "docx-read": () => benchDocxRead(),
  hostile: benchHostile,
  api: benchApi,
  aggregate: benchAggregate,
  "sheet-sync": benchSheetSync,
  addin: benchAddin,
  package: benchPackage,
};

function table(rows: readonly BenchRow[]): string {
  const head = "| bench | case | ours | baseline (same run) | ratio | target | met |\n|---|---|---|---|---|---|---|";
  const body = rows.map((r) =>
    `| ${r.bench} | ${r.case} | ${r.ours} | ${r.baseline} | ${r.ratio ?? "—"} | ${r.target} | ${r.met === null ? "—" : r.met ? "yes" : "**no**"} |`,
  );
  return [head, ...body].join("\n");
}

function notes(rows: readonly BenchRow[]): string {
  const lines = rows.filter((r) => r.notes).map((r) => `- ${r.bench}, ${r.case}: ${r.notes}`);
  return lines.length ? `\n\nNotes:\n${lines.join("\n")}` : "";
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((s) => !(s in STAGES));
  if (unknown.length) throw new Error(`unknown stage(s) ${unknown.join(", ")}; stages: ${Object.keys(STAGES).join(", ")}`);
  const started = new Date().toISOString();
  const rows: BenchRow[] = [];
  for (const [name, stage] of Object.entries(STAGES)) {
    if (wanted.length && !wanted.includes(name)) continue;
    console.error(`bench: ${name}…`);
    rows.push(...(await stage()));
  }
  const machine = `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"})`;
  const md = `Benchmarks run ${started} (${machine})\n\n${table(rows)}${notes(rows)}\n`;
  if (!wanted.length) {
    const root = join(__dirname, "..", "..", "bench");
    writeFileSync(join(root, "results.json"), JSON.stringify({ started, machine, rows }, null, 2));
    writeFileSync(join(root, "results.md"), md);
  }
  console.log(md);
  if (rows.some((r) => r.met === false)) console.log("Some targets are not met: see the rows marked **no**.");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
