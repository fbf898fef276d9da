/**
 * The secretariat's desk on Cosmos DB. Reviews: one document per version in the campaign partition, written only
 * while the unit's head still points at that version. Reminders: the deterministic id makes create-if-absent the
 * claim (409 = someone else has it), and every later change is a replace under the ETag read just before.
 */
import type { ItemDefinition } from "@azure/cosmos";
import { ReminderRecordSchema } from "../../../shared/api/reminders";
import type { PutReviewOutcome, ReminderRecord, ReviewRecord, SubmissionStore } from "../port";
import { createIfAbsent, readDoc, replaceIfMatch } from "./docs";
import type { RecordContext } from "./record";
import { readHead, unitOf } from "./record";
import { reviewRecordSchema } from "../records";

/** Code-unit order, the same as SQLite's default BINARY collation, so both adapters list in the same order. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type DeskMethods = Pick<SubmissionStore, "putReview" | "listReviews" | "claimReminder" | "updateReminder" | "listReminders">;

/** Unit ids are slugs and kinds are [a-z0-9-]: the id never holds a character Cosmos forbids ('/', '\\', '?', '#'). */
const reminderId = (unitId: string, kind: string): string => `${unitId}|${kind}`;

export function cosmosDesk(ctx: RecordContext, guard: <T>(fn: () => Promise<T>) => Promise<T>): DeskMethods {
  const { reviews, reminders } = ctx.containers;

  async function queryAll(container: typeof reviews, query: string, params: Record<string, string>, pk: string) {
    const parameters = Object.entries(params).map(([name, value]) => ({ name, value }));
    const { resources } = await container.items.query<ItemDefinition>({ query, parameters }, { partitionKey: pk }).fetchAll();
    return resources;
  }

  return {
    putReview: (review) =>
      guard(async (): Promise<PutReviewOutcome> => {
        const valid = reviewRecordSchema.parse(review);
        const head = await readHead(ctx, unitOf(valid.campaignId, valid.unitId));
        if (!head || head.doc.latestVersion < valid.version) return "notFound";
        if (head.doc.latestVersion !== valid.version) return "notLatest";
        await reviews.items.upsert({ ...valid, id: valid.submissionId });
        // A version committed between the head read and the upsert makes this review stale, not wrong: status only
        // counts a review whose version is the head's, so the unit shows "pending" for its new version either way.
        return "ok";
      }),
    listReviews: (campaignId, unitId) =>
      guard(async () => {
        const rows =
          unitId === undefined
            ? await queryAll(reviews, "SELECT * FROM c WHERE c.campaignId = @c", { "@c": campaignId }, campaignId)
            : await queryAll(
                reviews,
                "SELECT * FROM c WHERE c.campaignId = @c AND c.unitId = @u",
                { "@c": campaignId, "@u": unitId },
                campaignId,
              );
        return rows
          .map((r): ReviewRecord => reviewRecordSchema.parse(r))
          .sort((a, b) => byCodeUnits(a.unitId, b.unitId) || a.version - b.version);
      }),
    claimReminder: (reminder) =>
      guard(() => {
        const valid = ReminderRecordSchema.parse(reminder);
        return createIfAbsent(reminders, { ...valid, id: reminderId(valid.unitId, valid.kind) });
      }),
    updateReminder: (reminder, expected) =>
      guard(async () => {
        const valid = ReminderRecordSchema.parse(reminder);
        const id = reminderId(valid.unitId, valid.kind);
        const current = await readDoc(reminders, id, valid.campaignId, ReminderRecordSchema);
        if (!current || current.doc.state !== expected.state || current.doc.attempts !== expected.attempts) return false;
        return replaceIfMatch(reminders, valid.campaignId, { ...valid, id }, current.etag);
      }),
    listReminders: (campaignId) =>
      guard(async () => {
        const rows = await queryAll(reminders, "SELECT * FROM c WHERE c.campaignId = @c", { "@c": campaignId }, campaignId);
        return rows
          .map((r): ReminderRecord => ReminderRecordSchema.parse(r))
          .sort((a, b) => byCodeUnits(a.unitId, b.unitId) || byCodeUnits(a.kind, b.kind));
      }),
  };
}
