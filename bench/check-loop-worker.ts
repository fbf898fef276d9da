/**
 * The irreducible work of a submission, in a loop on one process (the server is one process):
 *   node dist/bench/check-loop-worker.js FILE SECONDS
 * reads and checks FILE exactly as the submit handler does, as often as it can in SECONDS; prints {"perSecond"}.
 */
import { readFileSync } from "node:fs";
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { toCalendarDate } from "../shared/dates/calendar";
import { checkDocument } from "../shared/rules";
import { readDocx } from "../docx/read";

const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

async function checkOnce(bytes: Uint8Array): Promise<void> {
  const r = await readDocx(bytes, { maxFileBytes: MAX_UPLOAD_BYTES });
  if (!r.ok) throw new Error(`readDocx refused the benchmark file: ${r.error.code}`);
  checkDocument(r.model, HA_TINH_2024, { referenceDate: toCalendarDate(new Date().toISOString()) });
}

async function main(): Promise<void> {
  const [file, secondsArg] = process.argv.slice(2);
  if (!file) throw new Error("usage: check-loop-worker FILE SECONDS");
  const bytes = new Uint8Array(readFileSync(file));
  for (let i = 0; i < 20; i++) await checkOnce(bytes);
  const until = performance.now() + Number(secondsArg ?? 5) * 1000;
  const started = performance.now();
  let n = 0;
  while (performance.now() < until) {
    await checkOnce(bytes);
    n++;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ perSecond: n / seconds, iterations: n }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
