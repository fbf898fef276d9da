import { z } from "zod";

/**
 * A level id of the unit's campaign ("province_dept", "commune"). The campaign decides which levels exist
 * (`Campaign.levels`); a registry is checked against them when it is attached to a campaign.
 */
export const UnitLevelSchema = z.string().regex(/^[a-z][a-z0-9_]*$/);
export type UnitLevel = z.infer<typeof UnitLevelSchema>;

export const UnitSchema = z.object({
  /** Stable id, lower-case ASCII: "snv", "d443" (GSO code), "c-42-xxxxx". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Official name as written in the header, e.g. "Sở Tư pháp", "UBND huyện Can Lộc". */
  name: z.string().min(1),
  /** Code used in document numbers: "STP" in "Số: 05/BC-STP". */
  shortCode: z.string().min(1),
  level: UnitLevelSchema,
  parentId: z.string().optional(),
  /** Parent body printed above the unit name ("UBND TỈNH HÀ TĨNH"), if any. */
  parentName: z.string().optional(),
  /** Place name for the date line ("Hà Tĩnh", "Can Lộc"). */
  place: z.string().min(1),
  /** Subordinate divisions/units; null when unknown (treated as the < 15 group and flagged). */
  subordinateCount: z.number().int().min(0).nullable(),
  /** Where Sở Nội vụ's reminders go (the units CSV's `email` column, ";"-separated). */
  emails: z.array(z.email()).min(1).optional(),
});
export type Unit = z.infer<typeof UnitSchema>;
