import type { Contest } from "../api/contest";
import type { StatusDocument, StatusTotals, UnitStatus, UnitStatusRow } from "../api/status";
import { dueFor } from "../campaign";
import type { Campaign } from "../campaign/schema";
import type { Unit } from "../units/schema";

/** What the store knows about one unit in one campaign (structurally the store's UnitSubmissionState). */
export interface UnitProgress {
  unitId: string;
  latestVersion: number;
  /** ISO instant of version 1: on time or late is judged by it. */
  firstAt: string;
  latestAt: string;
  /** Contested findings of the latest version and their reasons (absent: none). */
  latestContested?: number;
  latestContests?: readonly Contest[];
}

export interface StatusInput {
  campaign: Campaign;
  /** The registry, in the order the status lists units. */
  units: readonly Unit[];
  progress: readonly UnitProgress[];
  now: Date;
}

function emptyTotals(): StatusTotals {
  return { units: 0, submitted: 0, onTime: 0, late: 0, missing: 0, overdue: 0 };
}

const COUNTER: Record<UnitStatus, keyof StatusTotals> = {
  on_time: "onTime",
  late: "late",
  missing: "missing",
  overdue: "overdue",
};

function count(totals: StatusTotals, status: UnitStatus): void {
  totals.units += 1;
  totals[COUNTER[status]] += 1;
  if (status === "on_time" || status === "late") totals.submitted += 1;
}

/**
 * The status document of a campaign: one pass over the registry with a map of per-unit progress, so it stays
 * linear for a national registry. Progress of units no longer in the registry is ignored.
 */
export function computeStatus({ campaign, units, progress, now }: StatusInput): StatusDocument {
  const byUnit = new Map<string, UnitProgress>();
  for (const p of progress) byUnit.set(p.unitId, p);
  const nowMs = now.getTime();

  const totals = emptyTotals();
  // Every level of the campaign, in its order, zero counts included: the keys are the campaign's level ids.
  const byLevel: Record<string, StatusTotals> = Object.fromEntries(campaign.levels.map((l) => [l.id, emptyTotals()]));
  const rows: UnitStatusRow[] = [];
  // The deadline depends only on the level and the subordinate count: a handful of distinct values even for
  // 50,000 units.
  const dueByKey = new Map<string, { dueAt: string; dueMs: number }>();

  for (const unit of units) {
    const key = `${unit.level} ${unit.subordinateCount}`;
    let due = dueByKey.get(key);
    if (!due) {
      const { dueAt } = dueFor(campaign, unit);
      due = { dueAt, dueMs: Date.parse(dueAt) };
      dueByKey.set(key, due);
    }
    const { dueAt, dueMs } = due;
    const p = byUnit.get(unit.id);
    let status: UnitStatus;
    if (p) status = Date.parse(p.firstAt) <= dueMs ? "on_time" : "late";
    else status = nowMs <= dueMs ? "missing" : "overdue";
    count(totals, status);
    count((byLevel[unit.level] ??= emptyTotals()), status);
    rows.push({
      unitId: unit.id,
      name: unit.name,
      level: unit.level,
      dueAt,
      status,
      version: p ? p.latestVersion : null,
      submittedAt: p ? p.firstAt : null,
      lastSubmittedAt: p ? p.latestAt : null,
      contested: p?.latestContested ?? 0,
      contestedReasons: p?.latestContests ? [...p.latestContests] : [],
    });
  }
  return { campaignId: campaign.id, asOf: now.toISOString(), totals, byLevel, units: rows };
}
