import { z } from "zod";
import { RULE_SEVERITY, type RuleCode } from "../rules/codes";

export const SeveritySchema = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** Where a finding points: a top-level block, and inside a table the row / cell / paragraph of that cell. */
export const LocationSchema = z.object({
  block: z.number().int().min(0),
  row: z.number().int().min(0).optional(),
  cell: z.number().int().min(0).optional(),
  paragraph: z.number().int().min(0).optional(),
  /** Character offsets in the paragraph's text. */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const SectionIdSchema = z.enum(["header", "title", "I", "II", "III", "IV", "footer", "format"]);
export type SectionId = z.infer<typeof SectionIdSchema>;

/** A machine-applicable remedy the task pane can offer ("Thêm mục", "Xóa mục"). */
export const FixSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("insertSection"),
    section: z.enum(["I", "II", "III", "IV"]),
    /** Insert before this block; absent means after the last body section / before the footer. */
    beforeBlock: z.number().int().min(0).optional(),
  }),
  z.object({
    /** An optional section the unit has nothing to say in: its heading and everything under it go. */
    kind: z.literal("removeSection"),
    section: z.enum(["I", "II", "III", "IV"]),
    /** The heading's block. */
    fromBlock: z.number().int().min(0),
    /** The section's last block (inclusive); the next section or the closing line starts after it. */
    toBlock: z.number().int().min(0),
  }),
]);
export type Fix = z.infer<typeof FixSchema>;

/** The closed list of finding codes (shared/rules/codes.ts): a finding that crosses a boundary carries one of them. */
const FindingCodeSchema = z.enum(Object.keys(RULE_SEVERITY) as [RuleCode, ...RuleCode[]]);

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  messageEn: z.string(),
  section: SectionIdSchema.optional(),
  location: LocationSchema.optional(),
  /** The text at the location, for listings ("Số: …/BC-"). */
  excerpt: z.string().optional(),
  fix: FixSchema.optional(),
  /** Set on an error the clerk contested with a reason when submitting (shared/api/contest.ts). */
  contested: z.literal(true).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
