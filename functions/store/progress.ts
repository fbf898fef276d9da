/**
 * What the status aggregation reads from the store for one campaign: per-unit heads, the reviews and the reminders,
 * in parallel. The status endpoints and the sheet reconcile use this one read, so they show the same numbers.
 */
import type { StatusInput } from "../../shared/status/aggregate";
import type { SubmissionStore, UnitSubmissionState } from "./port";

export type ProgressStore = Pick<SubmissionStore, "unitStates" | "listReviews" | "listReminders">;

export async function readProgress(
  store: ProgressStore,
  campaignId: string,
): Promise<Required<Pick<StatusInput, "reviews" | "reminders">> & { progress: UnitSubmissionState[] }> {
  const [progress, reviews, reminders] = await Promise.all([
    store.unitStates(campaignId),
    store.listReviews(campaignId),
    store.listReminders(campaignId),
  ]);
  return { progress, reviews, reminders };
}
