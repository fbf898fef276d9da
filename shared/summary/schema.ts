import { z } from "zod";

/**
 * What one report says, as stored with its submission (shared/summary/extract.ts reads it with the rule engine's
 * pre-pass). Field keys are the campaign's own (Campaign.fields[].key: "a" … "g"). Bump EXTRACT_VERSION when the
 * reading changes: stored extracts of another version are read again from the document.
 */
export const EXTRACT_VERSION = 2;

export const InspectedFigureSchema = z.object({
  /** Units inspected or self-inspected ("08/12 phòng" → 8; "11 cơ quan, đơn vị" → 11). */
  count: z.number().int().nonnegative().optional(),
  /** Units planned / in scope ("08/12" → 12). */
  total: z.number().int().nonnegative().optional(),
  /** The share as the report states it, in percent ("đạt 66,7%" → 66.7). */
  ratio: z.number().nonnegative().optional(),
  /** The sentence that states it. */
  excerpt: z.string(),
});
export type InspectedFigure = z.infer<typeof InspectedFigureSchema>;

export const ShortcomingSchema = z.object({ field: z.string(), excerpt: z.string() });
export type Shortcoming = z.infer<typeof ShortcomingSchema>;

export const RemedySchema = z.object({
  text: z.string(),
  /** The latest instant that meets the stated deadline (ISO, UTC); absent when none is stated or it is vague. */
  deadlineAt: z.string().optional(),
  /** The deadline as written ("trước ngày 30/9/2024"). */
  deadlineText: z.string().optional(),
  /** The CCHC field the remedy addresses, when the text names one. */
  field: z.string().optional(),
});
export type Remedy = z.infer<typeof RemedySchema>;

export const ReportExtractSchema = z.object({
  version: z.number().int(),
  inspected: InspectedFigureSchema.optional(),
  shortcomings: z.array(ShortcomingSchema),
  remedies: z.array(RemedySchema),
  proposals: z.array(z.object({ excerpt: z.string() })),
});
export type ReportExtract = z.infer<typeof ReportExtractSchema>;
