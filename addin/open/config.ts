/**
 * What open.html reads from outside: config.json (written by scripts/build-addin.js, the pane's own settings) and
 * two API answers. Checked with zod's small build, so the page stays a few kilobytes; each schema is tied to the
 * full one's type. Unlike the pane, the page takes NO `?api=` override: a crafted link must never be able to send a
 * secretariat's token to another server.
 */
import * as z from "zod/mini";
import type { DevTokenResponse } from "../../shared/api/dev";
import type { Health } from "../../shared/api/health";
import type { PaneConfig } from "../config";

export type OpenConfig = Pick<PaneConfig, "apiBase" | "auth">;

const OpenConfigSchema = z.object({
  apiBase: z._default(z.url(), "http://127.0.0.1:7071"),
  auth: z.optional(
    z.object({
      clientId: z.string().check(z.minLength(1)),
      authority: z.optional(z.url()),
      scopes: z.array(z.string()).check(z.minLength(1)),
    }),
  ),
}) satisfies z.ZodMiniType<OpenConfig, unknown>;

export const DevAuthSchema = z.object({ devAuth: z.boolean() }) satisfies z.ZodMiniType<Pick<Health, "devAuth">, unknown>;
export const DevTokenSchema = z.object({ token: z.string() }) satisfies z.ZodMiniType<Pick<DevTokenResponse, "token">, unknown>;

/** config.json next to the page; without one (plain static hosting) the local API. */
export async function openConfig(fetchConfig: () => Promise<unknown>): Promise<OpenConfig> {
  const raw = await fetchConfig().catch(() => ({}));
  const parsed = OpenConfigSchema.safeParse(raw);
  const config = parsed.success ? parsed.data : OpenConfigSchema.parse({});
  return { ...config, apiBase: config.apiBase.replace(/\/+$/, "") };
}
