import { ReviewRequestSchema, type ReviewRequest, type ReviewResult } from "../../../shared/api/review";
import type { Principal } from "../../auth/principal";
import type { Deps } from "../deps";
import { CodedError } from "../../../shared/errors/codes";
import type { ReviewRecord } from "../../store/port";
import { param, readJson } from "../request";
import { json } from "../respond";
import type { Log, SignedInHandler } from "../route";
import { audit } from "../submission/audit";
import { reviewOf } from "../submission/receipt";

/**
 * POST /api/submissions/{submissionId}/review (secretariat): accept or return the unit's latest version. Deciding
 * again replaces the decision; every decision is audited, so the audit keeps them all. The store checks "latest"
 * in the same step as the write, so a version arriving meanwhile makes this a 409, never a review of a stale report.
 */
export const review: SignedInHandler = async ({ req, params, log, deps, principal }) => {
  const body = await readJson(req, ReviewRequestSchema);
  return json(200, await decideReview(deps, log, principal, param(params, "submissionId"), body));
};

/** The decision itself, shared with the Google Sheets sidebar ("Tiếp nhận" / "Trả lại"). */
export async function decideReview(
  deps: Deps,
  log: Log,
  principal: Principal,
  submissionId: string,
  body: ReviewRequest,
): Promise<ReviewResult> {
  const record = await deps.store.get(submissionId);
  if (!record) throw new CodedError("submission.notFound");
  const stored: ReviewRecord = {
    submissionId: record.submissionId,
    campaignId: record.campaignId,
    unitId: record.unitId,
    version: record.version,
    decision: body.decision,
    comment: body.comment ?? "",
    by: principal.subject,
    at: deps.now().toISOString(),
  };
  const outcome = await deps.store.putReview(stored);
  if (outcome === "notFound") throw new CodedError("submission.notFound");
  if (outcome === "notLatest") throw new CodedError("review.notLatest", `${record.submissionId} is not the latest version`);
  await audit(deps, log, {
    at: stored.at,
    actor: principal.subject,
    campaignId: record.campaignId,
    unitId: record.unitId,
    outcome: `review.${body.decision}`,
    code: "ok",
    submissionId: record.submissionId,
  });
  // The sheet's "Xét duyệt" column follows, through the same durable mark a submission leaves.
  await deps.store.markDirty(record.campaignId, stored.at);
  deps.sync.notify(record.campaignId);
  return { submissionId: record.submissionId, review: reviewOf(stored) };
}
