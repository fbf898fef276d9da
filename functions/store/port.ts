import type { AuditEntryView } from "../../shared/api/audit";
import type { Contest } from "../../shared/api/contest";
import type { ReminderRecord, ReminderState } from "../../shared/api/reminders";
import type { ReviewRecord, StoredExtract, SubmissionRecord } from "./records";

/**
 * The submissions store port. Adapters: ./sqlite/ (embedded default) and ./cosmos/ (Azure Cosmos DB), each with its store.ts.
 * Every adapter passes the same contract suite (test/contract/store.contract.ts).
 */

export type { ReviewRecord, StoredExtract, SubmissionRecord };

export type NewSubmission = Omit<SubmissionRecord, "submissionId" | "version" | "contested"> & { contested?: Contest[] };

export interface RecordResult {
  record: SubmissionRecord;
  /** false when the idempotency key had already been used for this unit: record is the first receipt. */
  created: boolean;
}

/** Per-unit state the status aggregation is computed from (no GROUP BY in the store). */
export interface UnitSubmissionState {
  unitId: string;
  latestVersion: number;
  latestSubmissionId: string;
  latestAt: string;
  firstAt: string;
  /** Warnings count of the latest version. */
  latestWarnings: number;
  /** Contested findings of the latest version (errors submitted with a reason), and those reasons. */
  latestContested: number;
  latestContests: Contest[];
}

/** One submission attempt (who, when, unit, outcome, code): the same shape the audit endpoint serves. */
export type AuditEntry = AuditEntryView;

/** notLatest: a newer version exists (or is being committed), so this one can no longer be reviewed. */
export type PutReviewOutcome = "ok" | "notFound" | "notLatest";

export type { ReminderRecord };

export interface SubmissionStore {
  readonly kind: "sqlite" | "cosmos";
  /**
   * Records a submission as version n+1 of its unit, atomically. The same (campaign, unit, idempotencyKey) returns
   * the first record with created=false, also under concurrent calls. Throws StoreUnavailableError when the backing
   * service cannot be reached; nothing is half-written.
   */
  record(input: NewSubmission): Promise<RecordResult>;
  findByIdempotencyKey(campaignId: string, unitId: string, key: string): Promise<SubmissionRecord | undefined>;
  /** Newest first. */
  listVersions(campaignId: string, unitId: string): Promise<SubmissionRecord[]>;
  get(submissionId: string): Promise<SubmissionRecord | undefined>;
  unitStates(campaignId: string): Promise<UnitSubmissionState[]>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first, at most `limit` entries. */
  listAudit(campaignId: string, limit: number): Promise<AuditEntry[]>;
  /** Durable "sheet needs a reconcile" marks (Google Sheet sync). */
  markDirty(campaignId: string, at: string): Promise<void>;
  dirtyCampaigns(): Promise<{ campaignId: string; since: string }[]>;
  /** Clears the mark only if it was not set again after `since` (a submission during a sync keeps it dirty). */
  clearDirty(campaignId: string, since: string): Promise<void>;
  /** Stores (or replaces) the extract of a submission: written after the record, so it is safe to repeat. */
  putExtract(entry: StoredExtract): Promise<void>;
  /** Every stored extract of the campaign (all versions), in one read of one partition. */
  listExtracts(campaignId: string): Promise<StoredExtract[]>;
  /** Stores the review of `review.submissionId` only if that version is its unit's latest, atomically. */
  putReview(review: ReviewRecord): Promise<PutReviewOutcome>;
  /** Every stored review of a campaign, or of one unit: at most one per version. */
  listReviews(campaignId: string, unitId?: string): Promise<ReviewRecord[]>;
  /**
   * Inserts the reminder unless one with the same (campaign, unit, kind) exists: true when this call claimed it.
   * Under concurrent calls (several hosts) exactly one gets true, so a reminder is sent at most once.
   */
  claimReminder(reminder: ReminderRecord): Promise<boolean>;
  /** Replaces the reminder only if it is still in `expected` (state and attempts): false when another host moved it. */
  updateReminder(
    reminder: ReminderRecord,
    expected: { state: ReminderState; attempts: number },
  ): Promise<boolean>;
  listReminders(campaignId: string): Promise<ReminderRecord[]>;
  ping(): Promise<void>;
  /**
   * Every document hash a record points at. Optional: a store that answers it lets compose sweep orphan documents
   * of the disk blob store at start (SQLite does; Cosmos deployments use Azure Blob, which has no partial files).
   */
  referencedDocuments?(): Promise<Set<string>>;
  /** After close every call rejects with StoreUnavailableError. */
  close(): Promise<void>;
}

export class StoreUnavailableError extends Error {
  /** `detail` says what failed for operators' logs ("database is locked", "disk full"); never shown to users. */
  constructor(cause?: unknown, detail?: string) {
    super(detail ? `store unavailable: ${detail}` : "store unavailable", { cause });
    this.name = "StoreUnavailableError";
  }
}
