import { requireCampaign } from "../lookup";
import { param } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";

/**
 * GET …/sync (secretariat): whether accepted submissions still wait for the sheet (the durable dirty mark), and
 * this instance's last sync result, error and time.
 */
export const getSync: SignedInHandler = async ({ req, params, deps }) => {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  return json(200, await deps.sync.status(campaign.id));
};
