import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";
import { CodedError } from "../../../shared/errors/codes";
import { authorizeUnit, requireCampaign, requireUnit } from "../lookup";
import { param } from "../request";
import { file, json } from "../respond";
import type { SignedInHandler } from "../route";
import { versionOf } from "../submission/receipt";
import { parseSubmissionId } from "../../store/submission-id";

/** GET …/units/{unitId}/submissions: every version of the unit, newest first (clerk of the unit or secretariat). */
export const listVersions: SignedInHandler = async ({ req, params, deps, principal }) => {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  const unit = requireUnit(deps, campaign.id, param(params, "unitId"));
  authorizeUnit(principal, unit.id);
  const [records, reviews] = await Promise.all([
    deps.store.listVersions(campaign.id, unit.id),
    deps.store.listReviews(campaign.id, unit.id),
  ]);
  return json(200, records.map((r) => versionOf(r, reviews)));
};

/** GET /api/submissions/{submissionId}: one version with its review (clerk of the unit or secretariat). */
export const getVersion: SignedInHandler = async ({ req, params, deps, principal }) => {
  const record = await deps.store.get(param(params, "submissionId"));
  if (!record) throw new CodedError("submission.notFound");
  authorizeUnit(principal, record.unitId);
  return json(200, versionOf(record, await deps.store.listReviews(record.campaignId, record.unitId)));
};

/**
 * GET /api/submissions/{submissionId}/document: the original bytes, under the same rules as the versions list.
 * The id names its unit, so another unit's clerk is refused on the id alone, before any lookup: 403 whether or not
 * the submission exists, so ids cannot be probed to learn who has submitted.
 */
export const getDocument: SignedInHandler = async ({ req, params, log, deps, principal }) => {
  const submissionId = param(params, "submissionId");
  const parts = parseSubmissionId(submissionId);
  if (!parts) throw new CodedError("submission.notFound");
  authorizeUnit(principal, parts.unitId);
  const record = await deps.store.get(submissionId);
  if (!record) throw new CodedError("submission.notFound");
  authorizeUnit(principal, record.unitId);
  const bytes = await deps.blobs.get(record.sha256);
  if (!bytes) {
    // Cannot happen by construction (blob before record); if it does, it is our fault, not a missing submission.
    log.error(`blob ${record.sha256} of ${record.submissionId} is missing`);
    throw new CodedError("http.internal", "document bytes missing");
  }
  return file(bytes, DOCX_MEDIA_TYPE, `${record.unitId}-v${record.version}.docx`, { ETag: `"${record.sha256}"` });
};
