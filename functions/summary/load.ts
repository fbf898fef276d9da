/**
 * The campaign's summary from the store: one read of per-unit heads, one read of the campaign's extracts, and for
 * a latest version without a current extract (stored before this feature, or its write failed after the record)
 * one read of its document, extracted and stored so the next read is cheap again.
 */
import type { StatusDocument } from "../../shared/api/status";
import type { CampaignSummary } from "../../shared/api/summary";
import type { Campaign } from "../../shared/campaign/schema";
import { toCalendarDate } from "../../shared/dates/calendar";
import { computeStatus } from "../../shared/status/aggregate";
import { compileSummary, extractReport, EXTRACT_VERSION, type ReportExtract, type SummaryReport } from "../../shared/summary";
import type { CampaignCatalog } from "../../shared/campaign/catalog";
import type { DocumentBlobStore } from "../blob/port";
import { readDocx } from "../../docx/read";
import { readProgress, type ProgressStore } from "../store/progress";
import type { SubmissionStore, UnitSubmissionState } from "../store/port";

export interface SummaryDeps {
  store: ProgressStore & Pick<SubmissionStore, "listExtracts" | "putExtract" | "get">;
  /** Without it, versions lacking an extract are left out rather than read again. */
  blobs?: Pick<DocumentBlobStore, "get">;
  /** Each campaign with its own units. */
  campaigns: Pick<CampaignCatalog, "unitsFor">;
  now: () => Date;
  log?: (message: string) => void;
}

export interface LoadedSummary {
  status: StatusDocument;
  summary: CampaignSummary;
  heads: UnitSubmissionState[];
}

/** The summary counts the latest versions that are accepted or pending: a returned report is not the unit's word yet. */
function returnedUnits(status: StatusDocument): Set<string> {
  return new Set(status.units.filter((u) => u.review === "returned").map((u) => u.unitId));
}

export async function loadSummary(d: SummaryDeps, campaign: Campaign): Promise<LoadedSummary> {
  const now = d.now();
  const registry = d.campaigns.unitsFor(campaign.id);
  const units = registry.list();
  const { progress: heads, ...read } = await readProgress(d.store, campaign.id);
  const status = computeStatus({ campaign, units, progress: heads, ...read, now });
  const stored = new Map((await d.store.listExtracts(campaign.id)).map((e) => [e.submissionId, e.extract]));
  const returned = returnedUnits(status);
  const reports: SummaryReport[] = [];
  for (const head of heads) {
    const unit = registry.get(head.unitId);
    if (!unit || returned.has(head.unitId)) continue;
    const current = stored.get(head.latestSubmissionId);
    const extract = current?.version === EXTRACT_VERSION ? current : await extractAgain(d, campaign, head);
    if (extract) {
      reports.push({ unitId: unit.id, unitName: unit.name, submissionId: head.latestSubmissionId, receivedAt: head.latestAt, extract });
    }
  }
  return { status, heads, summary: compileSummary({ campaign, status, reports, now }) };
}

async function extractAgain(d: SummaryDeps, campaign: Campaign, head: UnitSubmissionState): Promise<ReportExtract | undefined> {
  if (!d.blobs) return undefined;
  const log = d.log ?? (() => undefined);
  try {
    const record = await d.store.get(head.latestSubmissionId);
    const bytes = record ? await d.blobs.get(record.sha256) : undefined;
    if (!record || !bytes) return undefined;
    const read = await readDocx(bytes);
    if (!read.ok) return undefined;
    const extract = extractReport(read.model, campaign, { referenceDate: toCalendarDate(record.receivedAt) });
    await d.store.putExtract({ submissionId: record.submissionId, campaignId: record.campaignId, unitId: record.unitId, extract });
    return extract;
  } catch (err) {
    // The summary still answers: this unit's content is missing from it until the next read succeeds.
    log(`summary: extract of ${head.latestSubmissionId} unavailable: ${String(err)}`);
    return undefined;
  }
}
