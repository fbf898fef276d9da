import { mayActForUnit, type Principal } from "../auth/principal";
import type { Campaign } from "../../shared/campaign/schema";
import { CodedError } from "../../shared/errors/codes";
import type { Unit } from "../../shared/units/schema";
import type { Deps } from "./deps";

export function requireCampaign(deps: Deps, id: string): Campaign {
  const campaign = deps.campaigns.get(id);
  if (!campaign) throw new CodedError("campaign.notFound", id);
  return campaign;
}

/** The unit in the campaign's own registry: a unit of another campaign (a 2024 district) is not found here. */
export function requireUnit(deps: Deps, campaignId: string, id: string): Unit {
  const unit = deps.campaigns.unitsFor(campaignId).get(id);
  if (!unit) throw new CodedError("unit.notFound", id);
  return unit;
}

/** A unit some campaign knows (development tokens name a unit, not a campaign). */
export function requireKnownUnit(deps: Deps, id: string): void {
  if (deps.campaigns.campaignsOf(id).length === 0) throw new CodedError("unit.notFound", id);
}

/** Reading a unit's versions and documents: its clerk, or Sở Nội vụ. */
export function authorizeUnit(principal: Principal, unitId: string): void {
  if (!mayActForUnit(principal, unitId)) throw new CodedError("auth.forbidden");
}

/** Submitting: only the unit's own clerk (Sở Nội vụ reads and exports; it files its own report as a clerk of "snv"). */
export function authorizeSubmit(principal: Principal, unitId: string): void {
  if (principal.role !== "clerk" || principal.unitId !== unitId) throw new CodedError("auth.forbidden");
}
