import { z } from "zod";

/** GET /api/me: who the token belongs to, so the pane opens on the signed-in clerk's own unit. */
export const MeSchema = z.object({
  subject: z.string(),
  role: z.enum(["clerk", "secretariat"]),
  unitId: z.string().optional(),
  /** Campaigns whose unit registry holds the clerk's unit (each campaign has its own units): the pane opens one. */
  campaignIds: z.array(z.string()).optional(),
});
export type Me = z.infer<typeof MeSchema>;
