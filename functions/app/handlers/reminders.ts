import { RemindersRequestSchema } from "../../../shared/api/reminders";
import { requireCampaign } from "../lookup";
import { param, readJson } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";

/** GET …/reminders (secretariat): every reminder of the campaign with its state, attempts and time sent. */
export const listReminders: SignedInHandler = async ({ req, deps }) => {
  const campaign = requireCampaign(deps, param(req, "campaignId"));
  return json(200, await deps.store.listReminders(campaign.id));
};

/**
 * POST …/reminders (secretariat): `{unitIds?, dryRun?}`. Without unitIds, whatever the policy says is due now;
 * with unitIds, those units now (a unit with nothing scheduled gets one hand-sent reminder a day at most).
 * dryRun answers what would be sent and sends nothing.
 */
export const sendReminders: SignedInHandler = async ({ req, deps }) => {
  const campaign = requireCampaign(deps, param(req, "campaignId"));
  const body = await readJson(req, RemindersRequestSchema);
  return json(200, await deps.reminders.run(campaign, body));
};
