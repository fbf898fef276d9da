/**
 * `cchc summary --campaign C --out F.docx [FILES.docx…]`: the consolidated report's draft from reports that arrived
 * by other channels, compiled exactly as the API compiles submissions (shared/summary). An unreadable file is listed
 * and left out; the draft is still written.
 */
import type { Campaign } from "../shared/campaign/schema";
import { startOfDayInstant, toCalendarDate } from "../shared/dates";
import { errorText } from "../shared/errors/messages";
import { computeStatus } from "../shared/status/aggregate";
import { compileSummary, extractReport, identifyReport, issuerOf, type SummaryReport } from "../shared/summary";
import type { UnitRegistry } from "../shared/units/registry";
import { readDocx } from "../docx/read";
import { writeSummaryDocx } from "../docx/write/summary";
import type { Common } from "./commands";
import { fsErrorCode } from "./io";
import { openCampaign, UsageError } from "./registry";

export interface SummaryArgs {
  out: string | undefined;
  csv: string | undefined;
  files: string[];
  now?: Date;
}

type Read = { report: SummaryReport; known: boolean } | { unreadable: string };

async function readReport(file: string, campaign: Campaign, units: UnitRegistry, c: Common, now: Date): Promise<Read> {
  let bytes: Uint8Array;
  try {
    bytes = await c.io.readFile(file);
  } catch (e) {
    const code = fsErrorCode(e) === "ENOENT" ? "file.notFound" : "file.unreadable";
    return { unreadable: c.en ? errorText(code).messageEn : errorText(code).message };
  }
  const read = await readDocx(bytes);
  if (!read.ok) return { unreadable: c.en ? read.error.messageEn : read.error.message };
  const who = identifyReport(read.model, campaign, units.list());
  const extract = extractReport(read.model, campaign, { referenceDate: who.date ?? toCalendarDate(now.toISOString()) });
  // Without a header date the report counts as received now: it is here, whenever it was written.
  const receivedAt = who.date ? startOfDayInstant(who.date) : now.toISOString();
  const name = who.unit?.name ?? who.agency ?? file;
  return { report: { unitId: who.unit?.id ?? file, unitName: name, receivedAt, extract }, known: who.unit !== undefined };
}

export async function summaryCommand(a: SummaryArgs, c: Common): Promise<number> {
  if (!a.out) throw new UsageError(c.t.missingOption("out"));
  const { campaign, units } = await openCampaign(c.io, c.campaignId, a.csv, c.t, c.en);
  const now = a.now ?? new Date();
  const reports = new Map<string, SummaryReport>();
  let unreadable = 0;
  for (const file of a.files) {
    const r = await readReport(file, campaign, units, c, now);
    if ("unreadable" in r) {
      unreadable++;
      c.io.out(`${file}: ${c.t.fileUnreadable} — ${r.unreadable}\n`);
      continue;
    }
    // Two files from one unit: the later report stands, as a newer version does in the API.
    const before = reports.get(r.report.unitId);
    if (!before || before.receivedAt <= r.report.receivedAt) reports.set(r.report.unitId, r.report);
    c.io.out(`${file}: ${r.known ? r.report.unitName : c.t.unitUnknown(r.report.unitName)}\n`);
  }
  const known = [...reports.values()].filter((r) => units.get(r.unitId));
  const progress = known.map((r) => ({ unitId: r.unitId, latestVersion: 1, firstAt: r.receivedAt, latestAt: r.receivedAt }));
  const status = computeStatus({ campaign, units: units.list(), progress, now });
  const summary = compileSummary({ campaign, status, reports: [...reports.values()], now });
  try {
    await c.io.writeFile(a.out, writeSummaryDocx(campaign, summary, { issuer: issuerOf(campaign, units.get("snv")) }));
  } catch (e) {
    throw new UsageError(c.t.writeFailed(a.out, fsErrorCode(e) ?? String(e)));
  }
  c.io.out(c.t.summaryWritten(reports.size, a.out) + "\n");
  return unreadable > 0 ? 2 : 0;
}
