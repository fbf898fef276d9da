import type { ValidateResult } from "../../../shared/api/submissions";
import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";
import { DEFAULT_CAMPAIGN_ID } from "../../../shared/campaign/registry";
import { hasErrors } from "../../../shared/model/findings";
import { requireCampaign } from "../lookup";
import { readBody, requireMediaType } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";
import { checkUpload } from "../submission/check";

/**
 * POST /api/validate[?campaignId=…]: the server's verdict on a .docx without storing anything, for tools and other
 * front ends. Same reader, same rules, same limits as a submission; any signed-in account, within its per-account
 * rate (the route's quota), because reading a document is the most expensive thing a request can ask for.
 */
export const validate: SignedInHandler = async ({ req, ctx, deps }) => {
  const campaign = requireCampaign(deps, req.query.get("campaignId") ?? DEFAULT_CAMPAIGN_ID);
  requireMediaType(req, DOCX_MEDIA_TYPE);
  const bytes = await readBody(req, deps.maxUploadBytes);
  const log = (m: string) => ctx.warn(m);
  const findings = await checkUpload(bytes, {
    campaign,
    now: deps.now(),
    maxBytes: deps.maxUploadBytes,
    reader: deps.reader,
    log,
  });
  const body: ValidateResult = { campaignId: campaign.id, ok: !hasErrors(findings), findings };
  return json(200, body);
};
