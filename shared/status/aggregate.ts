import type { Contest } from "../api/contest";
import type { ReviewDecision } from "../api/review";
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

/** A review of one version (structurally the store's ReviewRecord): it counts only while that version is the latest. */
export interface VersionReview {
  unitId: string;
  version: number;
  decision: ReviewDecision;
  comment: string;
}

/** A delivered reminder (structurally the store's ReminderRecord). */
export interface SentReminder {
  unitId: string;
  sentAt: string | null;
}

export interface StatusInput {
  campaign: Campaign;
  /** The registry, in the order the status lists units. */
  units: readonly Unit[];
  progress: readonly UnitProgress[];
  reviews?: readonly VersionReview[];
  reminders?: readonly SentReminder[];
  now: Date;
}

function emptyTotals(): StatusTotals {
  return { units: 0, submitted: 0, onTime: 0, late: 0, missing: 0, overdue: 0, accepted: 0, returned: 0 };
}

const COUNTER: Record<UnitStatus, keyof StatusTotals> = {
  on_time: "onTime",
  late: "late",
  missing: "missing",
  overdue: "overdue",
};

function count(totals: StatusTotals, status: UnitStatus, review: ReviewDecision | undefined): void {
  totals.units += 1;
  totals[COUNTER[status]] += 1;
  if (status === "on_time" || status === "late") totals.submitted += 1;
  if (review) totals[review] += 1;
}

/** unitId → the review of `latestVersion`, so a newer version is "pending" again without deleting anything. */
function latestReviews(progress: ReadonlyMap<string, UnitProgress>, reviews: readonly VersionReview[]) {
  const out = new Map<string, VersionReview>();
  for (const r of reviews) if (progress.get(r.unitId)?.latestVersion === r.version) out.set(r.unitId, r);
  return out;
}

function lastReminded(reminders: readonly SentReminder[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of reminders) {
    const prev = out.get(r.unitId);
    if (r.sentAt !== null && (prev === undefined || r.sentAt > prev)) out.set(r.unitId, r.sentAt);
  }
  return out;
}

/** One frozen empty list shared by every row without contests (most of them); a caller that mutates it fails loudly. */
const NO_CONTESTS = Object.freeze([]) as unknown as Contest[];

interface Due {
  dueAt: string;
  dueMs: number;
}

/**
 * The deadline depends only on the level and the subordinate count: a handful of distinct values even for 50,000
 * units, looked up by level then count (no key string per unit).
 */
function deadlines(campaign: Campaign): (unit: Unit) => Due {
  const byLevel = new Map<string, Map<number | null, Due>>();
  return (unit) => {
    let byCount = byLevel.get(unit.level);
    if (!byCount) byLevel.set(unit.level, (byCount = new Map()));
    let due = byCount.get(unit.subordinateCount);
    if (!due) {
      const { dueAt } = dueFor(campaign, unit);
      due = { dueAt, dueMs: Date.parse(dueAt) };
      byCount.set(unit.subordinateCount, due);
    }
    return due;
  };
}

/**
 * The status document of a campaign: one pass over the registry with a map of per-unit progress, so it stays
 * linear for a national registry. Progress of units no longer in the registry is ignored.
 */
export function computeStatus({ campaign, units, progress, reviews = [], reminders = [], now }: StatusInput): StatusDocument {
  const byUnit = new Map<string, UnitProgress>();
  for (const p of progress) byUnit.set(p.unitId, p);
  const reviewOf = latestReviews(byUnit, reviews);
  const remindedAt = lastReminded(reminders);
  const nowMs = now.getTime();

  const totals = emptyTotals();
  // Every level of the campaign, in its order, zero counts included: the keys are the campaign's level ids.
  const byLevel: Record<string, StatusTotals> = Object.fromEntries(campaign.levels.map((l) => [l.id, emptyTotals()]));
  const dueOf = deadlines(campaign);
  // Sized once, and rows without contests share one empty list: fewer allocations per unit. What grows with the
  // registry is the rows already built that every young-generation collection during the pass has to copy, and
  // cache misses on the progress map; allocating less is what keeps that small.
  const rows: UnitStatusRow[] = new Array<UnitStatusRow>(units.length);

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const { dueAt, dueMs } = dueOf(unit);
    const p = byUnit.get(unit.id);
    let status: UnitStatus;
    if (p) status = Date.parse(p.firstAt) <= dueMs ? "on_time" : "late";
    else status = nowMs <= dueMs ? "missing" : "overdue";
    const review = reviewOf.get(unit.id);
    count(totals, status, review?.decision);
    count((byLevel[unit.level] ??= emptyTotals()), status, review?.decision);
    rows[i] = {
      unitId: unit.id,
      name: unit.name,
      level: unit.level,
      dueAt,
      status,
      version: p ? p.latestVersion : null,
      submittedAt: p ? p.firstAt : null,
      lastSubmittedAt: p ? p.latestAt : null,
      contested: p?.latestContested ?? 0,
      contestedReasons: p?.latestContests?.length ? [...p.latestContests] : NO_CONTESTS,
      review: review?.decision ?? "pending",
      reviewComment: review ? review.comment : null,
      lastRemindedAt: remindedAt.get(unit.id) ?? null,
    };
  }
  return { campaignId: campaign.id, asOf: now.toISOString(), totals, byLevel, units: rows };
}
