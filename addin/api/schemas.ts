/**
 * The shared schemas the pane validates API answers with, gathered in one module the client imports on its first
 * call: zod is the largest piece of the pane's script, and the first screen draws before any answer arrives.
 */
import { z } from "zod";
import { FindingSchema } from "../../shared/model/findings";

export { ApiErrorBodySchema, CampaignListSchema, DevTokenResponseSchema, DOCX_MEDIA_TYPE, HealthSchema, MeSchema, ReceiptSchema, UnitDueListSchema, VersionListSchema } from "../../shared/api";
export const FindingsSchema = z.array(FindingSchema);
