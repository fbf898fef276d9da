import type { StatusDocument } from "../api/status";
import type { CampaignSummary } from "../api/summary";
import type { Campaign } from "../campaign/schema";
import type { ReportExtract } from "./schema";

/** One unit's latest report as the summary counts it. */
export interface SummaryReport {
  unitId: string;
  unitName: string;
  submissionId?: string;
  /** When it arrived: a remedy whose deadline passed after this is overdue until the unit reports again. */
  receivedAt: string;
  extract: ReportExtract;
}

export interface SummaryInput {
  campaign: Pick<Campaign, "id" | "fields">;
  /** The campaign's status at `now` (shared/status): reporting totals and the appendix come from it. */
  status: StatusDocument;
  /** The reports to count, at most one per unit; reports of units outside the status are listed after them. */
  reports: readonly SummaryReport[];
  now: Date;
}

/**
 * The province's picture: totals, shortcomings grouped by the campaign's fields, remedies by deadline, proposals.
 * Pure and linear in the number of reports. A remedy is overdue when its deadline has passed and the unit's
 * latest report came before that deadline: a unit that reported again since has followed it up.
 */
export function compileSummary({ campaign, status, reports, now }: SummaryInput): CampaignSummary {
  const order = new Map(status.units.map((u, i) => [u.unitId, i]));
  const rank = (unitId: string) => order.get(unitId) ?? order.size;
  const sorted = [...reports].sort((a, b) => rank(a.unitId) - rank(b.unitId));
  const src = (r: SummaryReport) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    ...(r.submissionId !== undefined ? { submissionId: r.submissionId } : {}),
  });

  const inspected = { units: 0, total: 0, unitsOfTotal: 0, reports: 0 };
  for (const r of sorted) {
    const f = r.extract.inspected;
    if (!f || (f.count === undefined && f.total === undefined && f.ratio === undefined)) continue;
    inspected.reports += 1;
    inspected.units += f.count ?? 0;
    if (f.count !== undefined && f.total !== undefined) {
      inspected.total += f.total;
      inspected.unitsOfTotal += f.count;
    }
  }

  const nowMs = now.getTime();
  const remedies = sorted
    .flatMap((r) =>
      r.extract.remedies.map((m) => ({
        ...src(r),
        text: m.text,
        deadlineAt: m.deadlineAt ?? null,
        overdue: m.deadlineAt !== undefined && Date.parse(m.deadlineAt) < nowMs && Date.parse(r.receivedAt) <= Date.parse(m.deadlineAt),
        ...(m.field !== undefined ? { field: m.field } : {}),
      })),
    )
    .map((m, i) => ({ m, i }))
    .sort((x, y) => compareDeadlines(x.m.deadlineAt, y.m.deadlineAt) || x.i - y.i)
    .map((x) => x.m);

  const byReport = new Map(sorted.map((r) => [r.unitId, r]));
  const units: CampaignSummary["units"] = status.units.map((u) => {
    const r = byReport.get(u.unitId);
    const f = r?.extract.inspected;
    return {
      unitId: u.unitId,
      unitName: u.name,
      ...(r?.submissionId !== undefined ? { submissionId: r.submissionId } : {}),
      level: u.level,
      status: u.status,
      submittedAt: u.submittedAt,
      ...(f ? { inspected: figure(f) } : {}),
    };
  });
  for (const r of sorted) {
    if (order.has(r.unitId)) continue;
    const f = r.extract.inspected;
    units.push({ ...src(r), submittedAt: r.receivedAt, ...(f ? { inspected: figure(f) } : {}) });
  }

  return {
    campaignId: campaign.id,
    asOf: now.toISOString(),
    reporting: status.totals,
    inspected,
    shortcomingsByField: campaign.fields.map((f) => ({
      field: f.key,
      name: f.name,
      units: sorted.flatMap((r) => r.extract.shortcomings.filter((s) => s.field === f.key).map((s) => ({ ...src(r), excerpt: s.excerpt }))),
    })),
    remedies,
    proposals: sorted.flatMap((r) => r.extract.proposals.map((p) => ({ ...src(r), excerpt: p.excerpt }))),
    units,
  };
}

function figure(f: NonNullable<ReportExtract["inspected"]>) {
  return {
    ...(f.count !== undefined ? { count: f.count } : {}),
    ...(f.total !== undefined ? { total: f.total } : {}),
    ...(f.ratio !== undefined ? { ratio: f.ratio } : {}),
  };
}

function compareDeadlines(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
