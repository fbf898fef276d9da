/**
 * The SQLite schema as an append-only list of migrations; PRAGMA user_version records how many have run. Never edit a
 * shipped step: add a new one, so a data folder from any earlier release opens and upgrades in place.
 */
import type Database from "better-sqlite3";

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE submissions (
    submission_id   TEXT PRIMARY KEY,
    campaign_id     TEXT NOT NULL,
    unit_id         TEXT NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    idempotency_key TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    due_at          TEXT NOT NULL,
    on_time         INTEGER NOT NULL CHECK (on_time IN (0, 1)),
    sha256          TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    submitted_by    TEXT NOT NULL,
    findings        TEXT NOT NULL,
    UNIQUE (campaign_id, unit_id, idempotency_key),
    UNIQUE (campaign_id, unit_id, version)
  );
  -- One row per unit that has submitted: status for 50,000 units is one scan, not a MAX per unit.
  CREATE TABLE unit_heads (
    campaign_id          TEXT NOT NULL,
    unit_id              TEXT NOT NULL,
    latest_version       INTEGER NOT NULL,
    latest_submission_id TEXT NOT NULL REFERENCES submissions (submission_id),
    latest_at            TEXT NOT NULL,
    first_at             TEXT NOT NULL,
    latest_warnings      INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, unit_id)
  ) WITHOUT ROWID;
  CREATE TABLE audit (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id   TEXT NOT NULL,
    unit_id       TEXT NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    code          TEXT NOT NULL,
    sha256        TEXT,
    submission_id TEXT
  );
  CREATE INDEX audit_by_campaign ON audit (campaign_id, seq);
  CREATE TABLE dirty_marks (
    campaign_id TEXT PRIMARY KEY,
    since       TEXT NOT NULL
  );
  `,
  // 2: contesting a finding with a reason: the reasons of each version (JSON), and on the head what status shows.
  `
  ALTER TABLE submissions ADD COLUMN contested TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE unit_heads ADD COLUMN latest_contested INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE unit_heads ADD COLUMN latest_contests TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE audit ADD COLUMN contested TEXT;
  `,
  // 3: what each report says (shared/summary), beside its submission; one campaign's rows are one index range.
  `
  CREATE TABLE extracts (
    submission_id TEXT PRIMARY KEY REFERENCES submissions (submission_id),
    campaign_id   TEXT NOT NULL,
    unit_id       TEXT NOT NULL,
    extract       TEXT NOT NULL
  );
  CREATE INDEX extracts_by_campaign ON extracts (campaign_id);
  `,
  // 4: the secretariat's desk: reviews of versions, and reminders claimed once per (campaign, unit, kind).
  `
  CREATE TABLE reviews (
    submission_id TEXT PRIMARY KEY REFERENCES submissions (submission_id),
    campaign_id   TEXT NOT NULL,
    unit_id       TEXT NOT NULL,
    version       INTEGER NOT NULL,
    decision      TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
    comment       TEXT NOT NULL,
    by            TEXT NOT NULL,
    at            TEXT NOT NULL
  );
  CREATE INDEX reviews_by_unit ON reviews (campaign_id, unit_id);
  CREATE TABLE reminders (
    campaign_id TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL,
    attempts    INTEGER NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, kind)
  ) WITHOUT ROWID;
  `,
];

const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs the pending steps, each in its own transaction, so a crash mid-upgrade leaves a consistent earlier version. */
export function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true });
  if (typeof current !== "number") throw new Error("PRAGMA user_version returned no number");
  if (current > SCHEMA_VERSION) {
    throw new Error(`database schema ${current} is newer than this build (${SCHEMA_VERSION}); refusing to open`);
  }
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    }).immediate();
  });
}
