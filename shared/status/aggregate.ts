import type { Contest } from "../api/contest";
import type { ReviewDecision } from "../api/review";
import type { StatusDocument, StatusTotals, UnitStatus, UnitStatusRow } from "../api/status";
import { dueFor } from "../campaign";
import type { Campaign } from "../campaign/schema";
import type { Unit } from "../units/schema";
import { registryIndex, spreadToRepeats, type RegistryIndex } from "./registry-index";

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
  /**
   * The registry, in the order the status lists units. Pass the registry's own list (the same array every call): its
   * unitId → ordinal index is then built once; a list changed in place is indexed again.
   */
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

/** 1 + the position in `progress` of each unit's progress, by ordinal (0: none); a later entry for a unit wins. */
function progressByOrdinal(index: RegistryIndex, progress: readonly UnitProgress[]): Int32Array {
  const at = new Int32Array(index.size);
  for (let j = 0; j < progress.length; j++) {
    const o = index.ordinals.get(progress[j]!.unitId);
    if (o !== undefined) at[o] = j + 1;
  }
  spreadToRepeats(index, at);
  return at;
}

/** The review of each unit's `latestVersion`, by ordinal: a newer version is "pending" again without deleting anything. */
function reviewsByOrdinal(
  index: RegistryIndex,
  progress: readonly UnitProgress[],
  progressAt: Int32Array,
  reviews: readonly VersionReview[],
): (VersionReview | undefined)[] | null {
  if (reviews.length === 0) return null;
  const out = new Array<VersionReview | undefined>(index.size);
  for (const r of reviews) {
    const o = index.ordinals.get(r.unitId);
    const at = o === undefined ? 0 : progressAt[o]!;
    if (at !== 0 && progress[at - 1]!.latestVersion === r.version) out[o!] = r;
  }
  spreadToRepeats(index, out);
  return out;
}

/** Each unit's last delivered reminder, by ordinal. */
function remindersByOrdinal(index: RegistryIndex, reminders: readonly SentReminder[]): (string | undefined)[] | null {
  if (reminders.length === 0) return null;
  const out = new Array<string | undefined>(index.size);
  for (const r of reminders) {
    const o = index.ordinals.get(r.unitId);
    if (o === undefined || r.sentAt === null) continue;
    const prev = out[o];
    if (prev === undefined || r.sentAt > prev) out[o] = r.sentAt;
  }
  spreadToRepeats(index, out);
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
 * The status document of a campaign: one pass over the registry in its order, so it stays linear for a national
 * registry. Progress, reviews and reminders are placed by the unit's ordinal (see registry-index.ts) instead of a
 * map built per call; progress of units no longer in the registry is ignored.
 */
export function computeStatus({ campaign, units, progress, reviews = [], reminders = [], now }: StatusInput): StatusDocument {
  const index = registryIndex(units);
  const progressAt = progressByOrdinal(index, progress);
  const reviewAt = reviewsByOrdinal(index, progress, progressAt, reviews);
  const remindedAt = remindersByOrdinal(index, reminders);
  const nowMs = now.getTime();

  const totals = emptyTotals();
  // Every level of the campaign, in its order, zero counts included: the keys are the campaign's level ids.
  const byLevel: Record<string, StatusTotals> = Object.fromEntries(campaign.levels.map((l) => [l.id, emptyTotals()]));
  const dueOf = deadlines(campaign);
  // One object per row and nothing else per unit: the rows are what a 50,000-unit pass keeps alive, so every byte
  // saved elsewhere is a byte young-generation collections during the pass do not copy.
  const rows: UnitStatusRow[] = new Array<UnitStatusRow>(units.length);

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const { dueAt, dueMs } = dueOf(unit);
    const at = progressAt[i]!;
    const p = at === 0 ? undefined : progress[at - 1];
    let status: UnitStatus;
    if (p) status = Date.parse(p.firstAt) <= dueMs ? "on_time" : "late";
    else status = nowMs <= dueMs ? "missing" : "overdue";
    const review = reviewAt?.[i];
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
      lastRemindedAt: remindedAt?.[i] ?? null,
    };
  }
  return { campaignId: campaign.id, asOf: now.toISOString(), totals, byLevel, units: rows };
}
