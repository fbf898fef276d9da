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

export function requireUnit(deps: Deps, id: string): Unit {
  const unit = deps.units.get(id);
  if (!unit) throw new CodedError("unit.notFound", id);
  return unit;
}

/** Reading a unit's versions and documents: its clerk, or Sở Nội vụ. */
export function authorizeUnit(principal: Principal, unitId: string): void {
  if (!mayActForUnit(principal, unitId)) throw new CodedError("auth.forbidden");
}

/** Submitting: only the unit's own clerk (Sở Nội vụ reads and exports; it files its own report as a clerk of "snv"). */
export function authorizeSubmit(principal: Principal, unitId: string): void {
  if (principal.role !== "clerk" || principal.unitId !== unitId) throw new CodedError("auth.forbidden");
}
