import { z } from "zod";
import { CodedError } from "../../../shared/errors/codes";
import { requireCampaign } from "../lookup";
import { param, query } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";

const LimitSchema = z.coerce.number().int().min(1).max(1000).default(100);

/** GET …/audit[?limit=100] (secretariat): the latest submission attempts with who, when, outcome and code. */
export const listAudit: SignedInHandler = async ({ req, params, deps }) => {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  const limit = LimitSchema.safeParse(query(req, "limit") ?? undefined);
  if (!limit.success) throw new CodedError("http.badRequest", "limit must be 1–1000");
  return json(200, await deps.store.listAudit(campaign.id, limit.data));
};
