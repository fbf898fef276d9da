import type { Review, Version } from "../../shared/api";

/** The decision on the unit's latest version (history is newest first), or undefined while it waits for review. */
export function latestReview(history: readonly Version[]): { version: number; review: Review } | undefined {
  const latest = history[0];
  return latest?.review ? { version: latest.version, review: latest.review } : undefined;
}
