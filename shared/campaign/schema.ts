import { z } from "zod";
import { LEVELS_2024 } from "./levels";
import { ReminderPolicySchema } from "../reminders/policy";

/** Roman-numbered body sections of the report outline. */
export const SectionKeySchema = z.enum(["I", "II", "III", "IV"]);
export type SectionKey = z.infer<typeof SectionKeySchema>;

export const OutlineSectionSchema = z.object({
  key: SectionKeySchema,
  /** Heading as the template writes it, caps: "KẾT QUẢ ĐẠT ĐƯỢC". */
  heading: z.string(),
  /** Other ways real reports title this section (matched after normalisation). */
  aliases: z.array(z.string()),
  /**
   * Words that say what the section is about without being its title ("khó khăn", "phương hướng"): a heading made
   * of these is the section when its numeral or position agrees (see shared/rules/analysis/headings.ts).
   */
  concepts: z.array(z.string()).optional(),
  required: z.boolean(),
  /** Trailing note of the heading in the template, e.g. "(Nếu có)". */
  headingNote: z.string().optional(),
  /** The template's guidance paragraph; left in a report it is a placeholder. */
  guidance: z.string(),
  /** A table the template puts under the guidance (the remedies table): its header row, left to right. */
  table: z.object({ columns: z.array(z.string()).min(1) }).optional(),
});
export type OutlineSection = z.infer<typeof OutlineSectionSchema>;

export const OutlineSchema = z.object({
  /** Placeholder the template prints for the unit name. */
  agencyPlaceholder: z.string(),
  /** Type code in "Số: 05/BC-SNV". */
  typeCode: z.string(),
  typeName: z.string(),
  /** Subject line under BÁO CÁO. */
  subject: z.string(),
  /** Phrases (any one) that make a subject line count as this report's subject. */
  subjectKeywords: z.array(z.string()),
  sections: z.array(OutlineSectionSchema),
  /** Recipients prefilled in "Nơi nhận:". */
  recipients: z.array(z.string()),
  signerPlaceholder: z.string(),
});
export type Outline = z.infer<typeof OutlineSchema>;

export const DeadlineRuleSchema = z.object({
  /** Applies when minSubordinates <= count < maxSubordinates (bounds optional). */
  minSubordinates: z.number().int().min(0).optional(),
  maxSubordinates: z.number().int().min(0).optional(),
  /** Calendar due date, yyyy-mm-dd, in the campaign's time zone. */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  label: z.string(),
});
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** A level id: lower-case ASCII, the `level` column of the units CSV ("province_dept", "commune"). */
export const LevelIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/);

/**
 * One level of reporting units in a campaign. Levels belong to the campaign, not to the code: a 2024 campaign has
 * districts, a campaign after the 2025 reform has none.
 */
export const LevelSchema = z.object({
  id: LevelIdSchema,
  /** As the status, the exports and the pane print it: "Sở, ban, ngành cấp tỉnh". */
  label: z.string().min(1),
  labelEn: z.string().min(1),
  /** For narrow listings (`cchc units`): "sở, ngành". */
  short: z.string().min(1).optional(),
  shortEn: z.string().min(1).optional(),
  /** Deadline rules of this level only; absent: the campaign's rules (`deadlines.rules`) apply. */
  deadlines: z.array(DeadlineRuleSchema).min(1).optional(),
});
export type Level = z.infer<typeof LevelSchema>;

export const CchcFieldSchema = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});
export type CchcField = z.infer<typeof CchcFieldSchema>;

export const CampaignSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  year: z.number().int(),
  name: z.string(),
  /** "6 tháng đầu năm 2024" */
  period: z.string(),
  /** The months the reports cover (yyyy-mm-dd, inclusive): the period's wording is derived from them (period.ts). */
  periodSpan: z
    .object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
    .optional(),
  timeZone: z.literal("Asia/Ho_Chi_Minh"),
  /** Default place for the date line when a unit has none. */
  place: z.string(),
  outline: OutlineSchema,
  deadlines: z.object({
    /** true: "trước ngày 30/6" means by the end of 30/6; false: before 30/6 starts. */
    inclusiveEndOfDay: z.boolean(),
    rules: z.array(DeadlineRuleSchema).min(1),
  }),
  fields: z.array(CchcFieldSchema),
  /**
   * The campaign's levels, in the order status and sheets list them. A campaigns file written before levels existed
   * gets the 2024 set (province departments, central agencies, districts, communes).
   */
  levels: z
    .array(LevelSchema)
    .min(1)
    .default(() => LEVELS_2024.map((l) => ({ ...l })))
    .refine((levels) => new Set(levels.map((l) => l.id)).size === levels.length, "level ids must be unique"),
  /** Set for generated demo campaigns. */
  demo: z.boolean().optional(),
  /** When units that have not submitted are reminded by e-mail; absent = DEFAULT_REMINDER_POLICY. */
  reminders: ReminderPolicySchema.optional(),
});
export type Campaign = z.infer<typeof CampaignSchema>;
