import type { UnitDue } from "../../../shared/api/campaigns";
import { dueFor } from "../../../shared/campaign/deadline";
import type { Campaign } from "../../../shared/campaign/schema";
import { toIsoDate } from "../../../shared/dates/calendar";
import type { Unit } from "../../../shared/units/schema";
import { requireCampaign } from "../lookup";
import { param } from "../request";
import { json } from "../respond";
import type { PublicHandler } from "../route";

/** Campaigns and the unit registry are public facts (names of public bodies, published deadlines): no auth. */
export const listCampaigns: PublicHandler = async ({ deps }) => json(200, deps.campaigns.list());

export const getCampaign: PublicHandler = async ({ req, params, deps }) => json(200, requireCampaign(deps, param(params, "campaignId")));

function unitDue(campaign: Campaign, unit: Unit): UnitDue {
  const { due, dueAt, countKnown } = dueFor(campaign, unit);
  return {
    id: unit.id,
    name: unit.name,
    level: unit.level,
    subordinateCount: unit.subordinateCount,
    dueAt,
    due: toIsoDate(due),
    countKnown,
    shortCode: unit.shortCode,
    ...(unit.parentId ? { parentId: unit.parentId } : {}),
    ...(unit.parentName ? { parentName: unit.parentName } : {}),
    place: unit.place,
  };
}

export const listUnits: PublicHandler = async ({ req, params, deps }) => {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  return json(200, deps.campaigns.unitsFor(campaign.id).list().map((u) => unitDue(campaign, u)));
};
