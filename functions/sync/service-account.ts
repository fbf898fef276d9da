/**
 * The service-account key file Google Cloud hands out (IAM → Service accounts → Keys → JSON). Only the fields the
 * JWT sign-in needs are checked; the rest of the file is ignored.
 */
import { z } from "zod";

export const ServiceAccountSchema = z.object({
  type: z.literal("service_account"),
  client_email: z.email(),
  private_key: z.string().includes("PRIVATE KEY", { message: "private_key must be the PEM key from the JSON key file" }),
  private_key_id: z.string().optional(),
});
export type ServiceAccount = z.infer<typeof ServiceAccountSchema>;

/** Parses the JSON text of a key file; `what` names the setting in the problems listed. */
export function parseServiceAccount(text: string, what: string): { account?: ServiceAccount; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problems: [`${what}: not JSON — paste the whole key file of the service account`] };
  }
  const parsed = ServiceAccountSchema.safeParse(raw);
  if (parsed.success) return { account: parsed.data, problems: [] };
  return { problems: parsed.error.issues.map((i) => `${what}: ${i.path.join(".") || "(file)"}: ${i.message}`) };
}
