import { z } from "zod";

/**
 * Runtime configuration of the pane: config.json next to taskpane.html (written by scripts/build-addin.js from the
 * environment), overridden by query parameters for development (?api=http://127.0.0.1:7071&campaign=demo-2026).
 * A production build never takes ?api=: a manifest pointing at the real pane with ?api=https://evil.example would
 * otherwise send the user's token and report elsewhere. (esbuild replaces process.env.NODE_ENV at build time.)
 */
const DEVELOPMENT_BUILD = process.env.NODE_ENV !== "production";
export const PaneConfigSchema = z.object({
  apiBase: z.string().url().default("http://127.0.0.1:7071"),
  campaignId: z.string().optional(),
  /** Entra ID app registration for nested app authentication; absent → Office SSO (getAccessToken) only. */
  auth: z
    .object({
      clientId: z.string().min(1),
      authority: z.string().url().optional(),
      scopes: z.array(z.string()).min(1),
    })
    .optional(),
});
export type PaneConfig = z.infer<typeof PaneConfigSchema>;

export async function loadConfig(
  search: string,
  fetchConfig: () => Promise<unknown>,
  allowApiOverride: boolean = DEVELOPMENT_BUILD,
): Promise<PaneConfig> {
  let file: unknown = {};
  try {
    file = await fetchConfig();
  } catch {
    // No config.json (plain static hosting): defaults and query parameters only.
  }
  const params = new URLSearchParams(search);
  const parsed = PaneConfigSchema.safeParse({
    ...(typeof file === "object" && file !== null ? file : {}),
    ...(allowApiOverride && params.get("api") ? { apiBase: params.get("api") } : {}),
    ...(params.get("campaign") ? { campaignId: params.get("campaign") } : {}),
  });
  return parsed.success ? { ...parsed.data, apiBase: parsed.data.apiBase.replace(/\/+$/, "") } : PaneConfigSchema.parse({});
}
