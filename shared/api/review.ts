import { z } from "zod";

/** What Sở Nội vụ decided about one version of a unit's report. */
export const ReviewDecisionSchema = z.enum(["accepted", "returned"]);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** The latest version's review state; a newer version starts again at "pending". */
export const ReviewStateSchema = z.enum(["pending", "accepted", "returned"]);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const REVIEW_COMMENT_MAX = 2000;

/** POST /api/submissions/{submissionId}/review. A returned report must say why, so the clerk knows what to fix. */
export const ReviewRequestSchema = z
  .object({
    decision: ReviewDecisionSchema,
    comment: z.string().trim().max(REVIEW_COMMENT_MAX).optional(),
  })
  .strict()
  .refine((r) => r.decision !== "returned" || (r.comment ?? "").length > 0, {
    message: "comment is required when the report is returned",
    path: ["comment"],
  });
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

export const ReviewSchema = z.object({
  decision: ReviewDecisionSchema,
  /** "" when an accepted report needed no comment. */
  comment: z.string(),
  /** Who decided (token subject). */
  by: z.string(),
  /** ISO instant. */
  at: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** 200 body of POST …/review. */
export const ReviewResultSchema = z.object({ submissionId: z.string(), review: ReviewSchema });
export type ReviewResult = z.infer<typeof ReviewResultSchema>;
