import { dueFor } from "../shared/campaign/deadline";
import { levelShortLabel } from "../shared/campaign/levels";
import { formatDate } from "../shared/dates";
import { buildOutline } from "../shared/outline/build";
import { exampleContent } from "../shared/outline/example";
import { toUnitsCsv } from "../shared/units/csv";
import type { Unit } from "../shared/units/schema";
import { writeDocx } from "../docx/write";
import { fsErrorCode, type CliIO } from "./io";
import { formatListing } from "./listing";
import type { CliText } from "./messages";
import { openCampaign, UsageError } from "./registry";
import { checkFile, exitCodeFor, type FileResult } from "./validate";

export interface Common {
  io: CliIO;
  t: CliText;
  en: boolean;
  campaignId: string;
}

export async function validateCommand(files: string[], json: boolean, c: Common): Promise<number> {
  if (files.length === 0) throw new UsageError(c.t.noFiles);
  const { campaign } = await openCampaign(c.io, c.campaignId, undefined, c.t, c.en);
  const results: FileResult[] = [];
  let ok = 0;
  let notOk = 0;
  let bad = 0;
  // One file at a time, each printed as soon as it is checked: order follows the arguments, memory stays flat.
  for (const file of files) {
    const checked = await checkFile(file, campaign, c.io, c.en);
    results.push(checked.result);
    if ("unreadable" in checked.result) bad++;
    else if (checked.result.ok) ok++;
    else notOk++;
    c.io.out(json ? JSON.stringify(checked.result) + "\n" : formatListing(checked, campaign, c.t, c.en));
  }
  if (!json && files.length > 1) c.io.out(c.t.summary(files.length, ok, notOk, bad) + "\n");
  return exitCodeFor(results);
}

export interface OutlineArgs {
  unitId: string | undefined;
  out: string | undefined;
  csv: string | undefined;
  /** Write the filled sample report instead of the blank outline. */
  example: boolean;
}

export async function outlineCommand({ unitId, out, csv, example }: OutlineArgs, c: Common): Promise<number> {
  if (!unitId) throw new UsageError(c.t.missingOption("unit"));
  if (!out) throw new UsageError(c.t.missingOption("out"));
  const { campaign, units } = await openCampaign(c.io, c.campaignId, csv, c.t, c.en);
  const unit = units.get(unitId);
  if (!unit) throw new UsageError(c.t.unknownUnit(unitId));
  try {
    const content = example ? exampleContent(campaign, unit) : undefined;
    await c.io.writeFile(out, writeDocx(buildOutline(campaign, unit, content)));
  } catch (e) {
    throw new UsageError(c.t.writeFailed(out, fsErrorCode(e) ?? String(e)));
  }
  c.io.out(c.t.outlineWritten(unit.name, out) + "\n");
  return 0;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

export async function unitsCommand(csvOut: boolean, csvIn: string | undefined, c: Common): Promise<number> {
  const { campaign, units: registry } = await openCampaign(c.io, c.campaignId, csvIn, c.t, c.en);
  const units = registry.list();
  const due = (u: Unit) => formatDate(dueFor(campaign, u).due);
  if (csvOut) {
    c.io.out(toUnitsCsv(units, [{ name: "dueDate", value: due }]));
    return 0;
  }
  const level = (u: Unit) => levelShortLabel(campaign.levels, u.level, c.en ? "en" : "vi");
  const rows = units.map((u) => [u.id, u.shortCode, u.name, level(u), due(u) + (u.subordinateCount === null ? " *" : "")]);
  const all = [c.t.unitsHeader, ...rows];
  const widths = c.t.unitsHeader.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const lines = all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join("  "));
  const unknown = units.filter((u) => u.subordinateCount === null).length;
  c.io.out(lines.join("\n") + "\n" + (unknown > 0 ? c.t.unitsFooter(unknown) + "\n" : ""));
  return 0;
}
