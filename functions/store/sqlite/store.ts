/**
 * SubmissionStore on an embedded SQLite file (better-sqlite3): the default for `npm start` and single-server installs.
 * better-sqlite3 is synchronous, so each call runs to completion without interleaving inside one process; record()
 * additionally takes the write lock up front (BEGIN IMMEDIATE) so several processes sharing the file stay gapless
 * and idempotent too.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { AuditEntry, NewSubmission, RecordResult, SubmissionStore } from "../port";
import { StoreUnavailableError } from "../port";
import { headFigures, toAuditEntry, toStoredExtract, toSubmissionRecord } from "../records";
import type { AuditRow, HeadRow, SubmissionRow } from "./rows";
import { fromAuditRow, fromHeadRow, fromRow, toRow } from "./rows";
import { toStoreError } from "./errors";
import { migrate } from "./schema";
import { sqliteDesk } from "./desk";
import { submissionIdOf } from "../submission-id";

export interface SqliteStoreOptions {
  /** Database file, normally `${CCHC_DATA_DIR}/cchc.sqlite`; its folder is created if missing. */
  file: string;
  /** How long a writer waits for another process's lock before giving up with StoreUnavailableError. */
  busyTimeoutMs?: number;
}

function openDatabase(opts: SqliteStoreOptions): Database.Database {
  mkdirSync(dirname(opts.file), { recursive: true });
  const db = new Database(opts.file, { timeout: opts.busyTimeoutMs ?? 5000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function openSqliteStore(opts: SqliteStoreOptions): SubmissionStore {
  let db: Database.Database;
  try {
    db = openDatabase(opts);
  } catch (err) {
    throw toStoreError(err);
  }
  let closed = false;

  const q = {
    byKey: db.prepare<[string, string, string], SubmissionRow>(
      "SELECT * FROM submissions WHERE campaign_id = ? AND unit_id = ? AND idempotency_key = ?",
    ),
    head: db.prepare<[string, string], HeadRow>("SELECT * FROM unit_heads WHERE campaign_id = ? AND unit_id = ?"),
    insert: db.prepare(
      `INSERT INTO submissions VALUES (@submission_id, @campaign_id, @unit_id, @version, @idempotency_key,
        @received_at, @due_at, @on_time, @sha256, @size_bytes, @submitted_by, @findings, @contested)`,
    ),
    advanceHead: db.prepare(
      `INSERT INTO unit_heads VALUES (@campaign_id, @unit_id, @version, @submission_id, @received_at, @received_at,
        @warnings, @contested_count, @contests)
       ON CONFLICT (campaign_id, unit_id) DO UPDATE SET latest_version = excluded.latest_version,
        latest_submission_id = excluded.latest_submission_id, latest_at = excluded.latest_at,
        latest_warnings = excluded.latest_warnings, latest_contested = excluded.latest_contested,
        latest_contests = excluded.latest_contests`,
    ),
    versions: db.prepare<[string, string], SubmissionRow>(
      "SELECT * FROM submissions WHERE campaign_id = ? AND unit_id = ? ORDER BY version DESC",
    ),
    byId: db.prepare<[string], SubmissionRow>("SELECT * FROM submissions WHERE submission_id = ?"),
    heads: db.prepare<[string], HeadRow>("SELECT * FROM unit_heads WHERE campaign_id = ? ORDER BY unit_id"),
    appendAudit: db.prepare(
      `INSERT INTO audit (campaign_id, unit_id, at, actor, outcome, code, sha256, submission_id, contested)
       VALUES (@campaignId, @unitId, @at, @actor, @outcome, @code, @sha256, @submissionId, @contested)`,
    ),
    listAudit: db.prepare<[string, number], AuditRow>(
      "SELECT * FROM audit WHERE campaign_id = ? ORDER BY seq DESC LIMIT ?",
    ),
    // max() keeps the newest mark when marks arrive out of order from several instances.
    markDirty: db.prepare(
      `INSERT INTO dirty_marks VALUES (?, ?)
       ON CONFLICT (campaign_id) DO UPDATE SET since = max(since, excluded.since)`,
    ),
    dirty: db.prepare<[], { campaign_id: string; since: string }>(
      "SELECT campaign_id, since FROM dirty_marks ORDER BY campaign_id",
    ),
    clearDirty: db.prepare("DELETE FROM dirty_marks WHERE campaign_id = ? AND since <= ?"),
    putExtract: db.prepare(
      `INSERT INTO extracts VALUES (@submissionId, @campaignId, @unitId, @extract)
       ON CONFLICT (submission_id) DO UPDATE SET extract = excluded.extract`,
    ),
    extracts: db.prepare<[string], { submission_id: string; campaign_id: string; unit_id: string; extract: string }>(
      "SELECT * FROM extracts WHERE campaign_id = ? ORDER BY submission_id",
    ),
    documents: db.prepare<[], { sha256: string }>("SELECT DISTINCT sha256 FROM submissions"),
  };

  /**
   * The receipt a client holds must survive a power loss: its transaction commits with synchronous=FULL (the WAL is
   * fsynced at commit). Everything else — audit lines, dirty marks — stays NORMAL, where a power loss may drop the
   * last commits but never corrupts the database. better-sqlite3 is synchronous, so nothing interleaves.
   */
  function durably<T>(fn: () => T): T {
    db.pragma("synchronous = FULL");
    try {
      return fn();
    } finally {
      db.pragma("synchronous = NORMAL");
    }
  }

  const recordTx = db.transaction((input: NewSubmission): RecordResult => {
    const existing = q.byKey.get(input.campaignId, input.unitId, input.idempotencyKey);
    if (existing) return { record: fromRow(existing), created: false };
    const version = (q.head.get(input.campaignId, input.unitId)?.latest_version ?? 0) + 1;
    const record = toSubmissionRecord({
      ...input,
      submissionId: submissionIdOf(input.campaignId, input.unitId, version),
      version,
    });
    const row = toRow(record);
    q.insert.run(row);
    const figures = headFigures(record);
    q.advanceHead.run({
      ...row,
      warnings: figures.warnings,
      contested_count: figures.contested,
      contests: JSON.stringify(figures.contests),
    });
    return { record, created: true };
  });

  /** Every call goes through here: closed stores and machine-level SQLite failures become StoreUnavailableError. */
  function run<T>(fn: () => T): Promise<T> {
    if (closed) return Promise.reject(new StoreUnavailableError(undefined, "store is closed"));
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(toStoreError(err));
    }
  }

  return {
    kind: "sqlite",
    record: (input) => run(() => durably(() => recordTx.immediate(input))),
    findByIdempotencyKey: (campaignId, unitId, key) =>
      run(() => {
        const row = q.byKey.get(campaignId, unitId, key);
        return row ? fromRow(row) : undefined;
      }),
    listVersions: (campaignId, unitId) => run(() => q.versions.all(campaignId, unitId).map(fromRow)),
    get: (submissionId) =>
      run(() => {
        const row = q.byId.get(submissionId);
        return row ? fromRow(row) : undefined;
      }),
    unitStates: (campaignId) =>
run(() => q.heads.all(campaignId).map(fromHeadRow)),
    appendAudit: (entry: AuditEntry) =>
      run(() => {
        const { contested, ...rest } = toAuditEntry(entry);
        q.appendAudit.run({
          sha256: null,
          submissionId: null,
          ...rest,
          contested: contested === undefined ? null : JSON.stringify(contested),
        });
      }),
    listAudit: (campaignId, limit) =>
run(() => q.listAudit.all(campaignId, Math.max(0, Math.floor(limit))).map(fromAuditRow)),
    markDirty: (campaignId, at) =>
      run(() => {
        q.markDirty.run(campaignId, at);
      }),
    dirtyCampaigns: () => run(() => q.dirty.all().map((r) => ({ campaignId: r.campaign_id, since: r.since }))),
    clearDirty: (campaignId, since) =>
      run(() => {
        q.clearDirty.run(campaignId, since);
      }),
    putExtract: (entry) =>
      run(() => {
        q.putExtract.run({ ...entry, extract: JSON.stringify(entry.extract) });
      }),
    listExtracts: (campaignId) =>
      run(() =>
        q.extracts.all(campaignId).map((r) =>
          toStoredExtract({
            submissionId: r.submission_id,
            campaignId: r.campaign_id,
            unitId: r.unit_id,
            extract: JSON.parse(r.extract) as unknown,
          }),
        ),
      ),
    ...sqliteDesk(db, run),
    ping: () =>
      run(() => {
        db.prepare("SELECT 1").get();
      }),
    referencedDocuments: () => run(() => new Set(q.documents.all().map((r) => r.sha256))),
    close: () => {
      if (!closed) {
        closed = true;
        db.close();
      }
      return Promise.resolve();
    },
  };
}
