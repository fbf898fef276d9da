/**
 * `npm run bench`: runs every benchmark stage, prints a Markdown table, writes bench/results.json and
 * bench/results.md. Not part of `npm test` (timing belongs here, as ratios against baselines measured in this run).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchDocxRead } from "./docx-read";
import type { BenchRow } from "./result";

function table(rows: readonly BenchRow[]): string {
  const head = "| bench | case | ours | baseline (same run) | ratio | target | met |\n|---|---|---|---|---|---|---|";
  const body = rows.map((r) =>
    `| ${r.bench} | ${r.case} | ${r.ours} | ${r.baseline} | ${r.ratio ?? "—"} | ${r.target} | ${r.met === null ? "—" : r.met ? "yes" : "**no**"} |`,
  );
  return [head, ...body].join("\n");
}

async function main(): Promise<void> {
  const started = new Date().toISOString();
  const rows: BenchRow[] = [...benchDocxRead()];
  const md = `Benchmarks run ${started} (node ${process.version}, 2 cores)\n\n${table(rows)}\n`;
  const root = join(__dirname, "..", "..", "bench");
  writeFileSync(join(root, "results.json"), JSON.stringify({ started, node: process.version, rows }, null, 2));
  writeFileSync(join(root, "results.md"), md);
  console.log(md);
  if (rows.some((r) => r.met === false)) console.log("Some targets are not met: see the rows marked **no**.");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
