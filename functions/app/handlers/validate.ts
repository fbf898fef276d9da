import type { ValidateResult } from "../../../shared/api/submissions";
import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";
import { DEFAULT_CAMPAIGN_ID } from "../../../shared/campaign/registry";
import { hasErrors } from "../../../shared/model/findings";
import { requireCampaign } from "../lookup";
import { query, readBody, requireMediaType } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";
import { checkUpload } from "../submission/check";

/**
 * POST /api/validate[?campaignId=…]: the server's verdict on a .docx without storing anything, for tools and other
 * front ends. Same reader, same rules, same limits as a submission; any signed-in account, within its per-account
 * rate (the route's quota), because reading a document is the most expensive thing a request can ask for.
 */
export const validate: SignedInHandler = async ({ req, log, deps }) => {
  const campaign = requireCampaign(deps, query(req, "campaignId") ?? DEFAULT_CAMPAIGN_ID);
  requireMediaType(req, DOCX_MEDIA_TYPE);
  const bytes = await readBody(req, deps.maxUploadBytes);
  const findings = await checkUpload(bytes, {
    campaign,
    now: deps.now(),
    maxBytes: deps.maxUploadBytes,
    reader: deps.reader,
    log: (m) => log.warn(m),
  });
  const body: ValidateResult = { campaignId: campaign.id, ok: !hasErrors(findings), findings };
  return json(200, body);
};
