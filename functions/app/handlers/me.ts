import type { Me } from "../../../shared/api/me";
import { json } from "../respond";
import type { SignedInHandler } from "../route";

/**
 * GET /api/me: the verified principal (role and unit from the accounts mapping), and for a clerk the campaigns
 * whose registry holds the unit, so the pane never opens a campaign the unit does not report in.
 */
export const me: SignedInHandler = async ({ principal, deps }) => {
  const unit = principal.unitId ? { unitId: principal.unitId, campaignIds: deps.campaigns.campaignsOf(principal.unitId) } : {};
  const body: Me = { subject: principal.subject, role: principal.role, ...unit };
  return json(200, body);
};
