import { CodedError } from "../errors/codes";
import { HA_TINH_2024 } from "./ha-tinh-2024";
import type { z } from "zod";
import { CampaignSchema, type Campaign } from "./schema";

/** A zod failure as one line naming each field: "deadlines.rules.0.due: Invalid string". */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}

/**
 * Validates campaign data and indexes it by id. A malformed campaign is refused at load with every problem named,
 * so a typo in a new campaign's data fails the first test run, not a clerk's submission.
 */
export function loadCampaigns(data: readonly unknown[]): ReadonlyMap<string, Campaign> {
  const byId = new Map<string, Campaign>();
  data.forEach((raw, i) => {
    const parsed = CampaignSchema.safeParse(raw);
    if (!parsed.success) {
      throw new CodedError("campaign.invalid", `campaign #${i}: ${issuesText(parsed.error)}`);
    }
    if (byId.has(parsed.data.id)) throw new CodedError("campaign.invalid", `campaign #${i}: duplicate id "${parsed.data.id}"`);
    byId.set(parsed.data.id, parsed.data);
  });
  return byId;
}

export const DEFAULT_CAMPAIGN_ID = HA_TINH_2024.id;
