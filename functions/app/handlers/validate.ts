import type { ValidateResult } from "../../../shared/api/submissions";
import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";
import { DEFAULT_CAMPAIGN_ID } from "../../../shared/campaign/registry";
import { hasErrors } from "../../../shared/model/findings";
import { requireCampaign } from "../lookup";
import { readBody, requireMediaType } from "../request";
import { json } from "../respond";
import type { PublicHandler } from "../route";
import { checkUpload } from "../submission/check";

/**
 * POST /api/validate[?campaignId=…]: the server's verdict on a .docx without storing anything, for tools and other
 * front ends. Same reader, same rules, same limits as a submission.
 */
export const validate: PublicHandler = async ({ req, ctx, deps }) => {
  const campaign = requireCampaign(deps, req.query.get("campaignId") ?? DEFAULT_CAMPAIGN_ID);
  requireMediaType(req, DOCX_MEDIA_TYPE);
  const bytes = await readBody(req, deps.maxUploadBytes);
  const log = (m: string) => ctx.warn(m);
  const findings = await checkUpload(bytes, { campaign, now: deps.now(), maxBytes: deps.maxUploadBytes, log });
  const body: ValidateResult = { campaignId: campaign.id, ok: !hasErrors(findings), findings };
  return json(200, body);
};
