/**
 * One measurement in a fresh process, so peak RSS belongs to that tool alone:
 *   node dist/bench/docx-read-worker.js ours|mammoth FILE RUNS
 * Prints {"medianMs", "maxRssMb"} as JSON.
 */
import { readFileSync } from "node:fs";
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { checkDocument } from "../shared/rules";
import { readDocx } from "../docx/read";
import { median, timeRuns } from "./stats";

async function ours(bytes: Uint8Array): Promise<void> {
  const r = await readDocx(bytes);
  if (!r.ok) throw new Error(`readDocx refused the benchmark file: ${r.error.code}`);
  checkDocument(r.model, HA_TINH_2024);
}

async function mammothHtml(bytes: Uint8Array): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require("mammoth") as { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> };
  await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
}

async function main(): Promise<void> {
  const [tool, file, runsArg] = process.argv.slice(2);
  if (!file || (tool !== "ours" && tool !== "mammoth")) throw new Error("usage: docx-read-worker ours|mammoth FILE RUNS");
  const bytes = new Uint8Array(readFileSync(file));
  const fn = tool === "ours" ? () => ours(bytes) : () => mammothHtml(bytes);
  const times = await timeRuns(fn, Number(runsArg ?? 5));
  process.stdout.write(JSON.stringify({ medianMs: median(times), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
