import { z } from "zod";

/**
 * POST /api/dev/token (only when CCHC_DEV_AUTH=1). `{"unitId"}` → a clerk of that unit, `{"role":"secretariat"}` →
 * Sở Nội vụ. The optional knobs exist so tests can obtain expired, wrong-audience or scope-less tokens signed by the
 * real development key, and go through the same verification as every other token.
 */
const knobs = {
  subject: z.string().min(1).max(200).optional(),
  /** Lifetime in seconds; negative gives an already expired token. */
  ttlSeconds: z.number().int().min(-86_400).max(86_400).optional(),
  audience: z.string().min(1).max(200).optional(),
  /** Space-separated scopes for the `scp` claim; "" gives a token without scope. */
  scope: z.string().max(200).optional(),
};

export const DevTokenRequestSchema = z.union([
  z.strictObject({ unitId: z.string().min(1).max(100), role: z.literal("clerk").optional(), ...knobs }),
  z.strictObject({ role: z.literal("secretariat"), ...knobs }),
]);
export type DevTokenRequest = z.infer<typeof DevTokenRequestSchema>;

export const DevTokenResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
});
export type DevTokenResponse = z.infer<typeof DevTokenResponseSchema>;
