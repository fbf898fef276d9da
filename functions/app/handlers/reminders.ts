import { RemindersRequestSchema, type RemindersResult } from "../../../shared/api/reminders";
import { requireCampaign } from "../lookup";
import { param, readJson } from "../request";
import { json } from "../respond";
import type { SignedInCall, SignedInHandler } from "../route";
import { audit } from "../submission/audit";

/** GET …/reminders (secretariat): every reminder of the campaign with its state, attempts and time sent. */
export const listReminders: SignedInHandler = async ({ req, params, deps }) => {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  return json(200, await deps.store.listReminders(campaign.id));
};

/**
 * A hand send is a secretariat member's act towards each unit it reached, so each unit gets an audit line naming who
 * sent it (`reminder.sent`) or whose attempt the relay refused (`reminder.failed`, retried by the timer). The
 * reminders list already records every reminder, the timer's included; what it cannot say is who pressed the button.
 * A dry run changes nothing and, like every read, is not audited (README: "What the audit keeps").
 */
async function auditHandSend({ log, deps, principal }: SignedInCall, campaignId: string, result: RemindersResult): Promise<void> {
  const at = deps.now().toISOString();
  const lines = [
    ...result.sent.map((s) => ({ unitId: s.unitId, outcome: "reminder.sent", code: "ok" })),
    ...result.skipped.filter((s) => s.reason === "sendFailed").map((s) => ({ unitId: s.unitId, outcome: "reminder.failed", code: s.reason })),
  ];
  // One after another: a hand send to every due unit is a few hundred small writes, not worth a burst on Cosmos.
  for (const line of lines) await audit(deps, log, { at, actor: principal.subject, campaignId, ...line });
}

/**
 * POST …/reminders (secretariat): `{unitIds?, dryRun?}`. Without unitIds, whatever the policy says is due now;
 * with unitIds, those units now (a unit with nothing scheduled gets one hand-sent reminder a day at most).
 * dryRun answers what would be sent and sends nothing.
 */
export const sendReminders: SignedInHandler = async (call) => {
  const campaign = requireCampaign(call.deps, param(call.params, "campaignId"));
  const body = await readJson(call.req, RemindersRequestSchema);
  const result = await call.deps.reminders.run(campaign, body);
  if (!result.dryRun) await auditHandSend(call, campaign.id, result);
  return json(200, result);
};
