/** The secretariat's desk on SQLite: reviews of versions and reminder claims (tables from migration 2). */
import type Database from "better-sqlite3";
import { ReminderRecordSchema } from "../../../shared/api/reminders";
import type { PutReviewOutcome, ReminderRecord, ReviewRecord, SubmissionStore } from "../port";
import { reviewRecordSchema } from "../records";

type DeskMethods = Pick<SubmissionStore, "putReview" | "listReviews" | "claimReminder" | "updateReminder" | "listReminders">;

interface ReviewRow {
  submission_id: string;
  campaign_id: string;
  unit_id: string;
  version: number;
  decision: string;
  comment: string;
  by: string;
  at: string;
}

const fromReviewRow = (r: ReviewRow): ReviewRecord =>
  reviewRecordSchema.parse({
    submissionId: r.submission_id,
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    version: r.version,
    decision: r.decision,
    comment: r.comment,
    by: r.by,
    at: r.at,
  });

const fromReminderBody = (body: string): ReminderRecord => ReminderRecordSchema.parse(JSON.parse(body) as unknown);

/** `run` is the adapter's wrapper that turns closed stores and SQLite failures into StoreUnavailableError. */
export function sqliteDesk(db: Database.Database, run: <T>(fn: () => T) => Promise<T>): DeskMethods {
  const q = {
    latest: db.prepare<[string, string], { latest_version: number }>(
      "SELECT latest_version FROM unit_heads WHERE campaign_id = ? AND unit_id = ?",
    ),
    putReview: db.prepare(
      `INSERT INTO reviews VALUES (@submissionId, @campaignId, @unitId, @version, @decision, @comment, @by, @at)
       ON CONFLICT (submission_id) DO UPDATE SET decision = excluded.decision, comment = excluded.comment,
        by = excluded.by, at = excluded.at`,
    ),
    reviewsOfCampaign: db.prepare<[string], ReviewRow>("SELECT * FROM reviews WHERE campaign_id = ? ORDER BY unit_id, version"),
    reviewsOfUnit: db.prepare<[string, string], ReviewRow>(
      "SELECT * FROM reviews WHERE campaign_id = ? AND unit_id = ? ORDER BY version",
    ),
    claim: db.prepare(
      `INSERT INTO reminders VALUES (@campaignId, @unitId, @kind, @state, @attempts, @body)
       ON CONFLICT (campaign_id, unit_id, kind) DO NOTHING`,
    ),
    update: db.prepare(
      `UPDATE reminders SET state = @state, attempts = @attempts, body = @body
       WHERE campaign_id = @campaignId AND unit_id = @unitId AND kind = @kind
        AND state = @expectedState AND attempts = @expectedAttempts`,
    ),
    reminders: db.prepare<[string], { body: string }>(
      "SELECT body FROM reminders WHERE campaign_id = ? ORDER BY unit_id, kind",
    ),
  };

  // The head check and the write in one write transaction: a version committed meanwhile waits for the lock.
  const putReviewTx = db.transaction((review: ReviewRecord): PutReviewOutcome => {
    const head = q.latest.get(review.campaignId, review.unitId);
    if (!head || head.latest_version < review.version) return "notFound";
    if (head.latest_version !== review.version) return "notLatest";
    q.putReview.run(reviewRecordSchema.parse(review));
    return "ok";
  });

  const row = (r: ReminderRecord) => {
    const valid = ReminderRecordSchema.parse(r);
    return { ...valid, body: JSON.stringify(valid) };
  };

  return {
    putReview: (review) => run(() => putReviewTx.immediate(review)),
    listReviews: (campaignId, unitId) =>
      run(() =>
        (unitId === undefined ? q.reviewsOfCampaign.all(campaignId) : q.reviewsOfUnit.all(campaignId, unitId)).map(
          fromReviewRow,
        ),
      ),
    claimReminder: (reminder) => run(() => q.claim.run(row(reminder)).changes === 1),
    updateReminder: (reminder, expected) =>
      run(
        () =>
          q.update.run({ ...row(reminder), expectedState: expected.state, expectedAttempts: expected.attempts })
            .changes === 1,
      ),
    listReminders: (campaignId) => run(() => q.reminders.all(campaignId).map((r) => fromReminderBody(r.body))),
  };
}
