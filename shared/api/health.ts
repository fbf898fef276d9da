import { z } from "zod";

export const HealthSchema = z.object({
  status: z.literal("ok"),
  store: z.enum(["sqlite", "cosmos"]),
  /** Package version of the running backend. */
  version: z.string(),
  blob: z.enum(["disk", "azure-blob"]),
  /** true when the host issues development tokens (never in production). */
  devAuth: z.boolean(),
});
export type Health = z.infer<typeof HealthSchema>;
