import { z } from "zod";
import { CampaignSchema } from "../campaign/schema";
import { UnitLevelSchema } from "../units/schema";

/** GET /api/campaigns: the full campaigns (there are few), newest-relevant first as the catalogue orders them. */
export const CampaignListSchema = z.array(CampaignSchema);
export type CampaignList = z.infer<typeof CampaignListSchema>;

/** One row of GET /api/campaigns/{campaignId}/units: the registry entry and its deadline in this campaign. */
export const UnitDueSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: UnitLevelSchema,
  subordinateCount: z.number().int().min(0).nullable(),
  /** Latest instant that is still on time (ISO, UTC). */
  dueAt: z.string(),
  /** The same deadline as a calendar day in Asia/Ho_Chi_Minh, yyyy-mm-dd. */
  due: z.string(),
  /** false when the subordinate count is unknown and the unit was put in the default deadline group. */
  countKnown: z.boolean(),
  shortCode: z.string(),
  parentId: z.string().optional(),
  /** Parent body printed above the unit name in the header ("UBND TỈNH HÀ TĨNH"), if any. */
  parentName: z.string().optional(),
  place: z.string(),
});
export type UnitDue = z.infer<typeof UnitDueSchema>;
export const UnitDueListSchema = z.array(UnitDueSchema);
