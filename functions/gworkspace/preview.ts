/**
 * GET /api/gworkspace/preview (development sign-in only, like /api/dev/token): runs any add-on trigger as a given
 * unit's clerk or as Sở Nội vụ, without Google, and answers its cards as HTML (preview-html.ts).
 *   ?path=gworkspace/docs/homepage&as=snv        the Docs homepage for the clerk of unit "snv"
 *   ?path=gworkspace/sheets/homepage&as=secretariat
 *   &doc=<id>   a document of the local Docs endpoint (GOOGLE_API_ROOT_URL), reached with PREVIEW_OAUTH_TOKEN
 * Buttons come back with go={"path","params"}; form inputs as f.<name>.
 */
import { z } from "zod";
import { CodedError } from "../../shared/errors/codes";
import type { AddonEvent, HostApp } from "../../shared/gworkspace/event";
import type { Principal } from "../auth/principal";
import type { PublicHandler } from "../app/route";
import { respond } from "../app/respond";
import { addonOf, runTrigger } from "./gate";
import { previewPage } from "./preview-html";
import { ADDON_PATHS, type AddonPath } from "./trigger";
import { ADDON_TRIGGERS } from "./triggers";

/** The user OAuth token a previewed Docs action sends: only a local endpoint started with it accepts it. */
export const PREVIEW_OAUTH_TOKEN = "dev-preview";

const PATHS = Object.values(ADDON_PATHS) as [AddonPath, ...AddonPath[]];
const GoSchema = z.object({ path: z.enum(PATHS), params: z.record(z.string(), z.string().max(500)) });

function principalOf(as: string, known: (unitId: string) => boolean): Principal {
  if (as === "secretariat") return { subject: "dev-preview-secretariat", role: "secretariat" };
  if (!known(as)) throw new CodedError("unit.notFound", as);
  return { subject: `dev-preview-${as}`, role: "clerk", unitId: as };
}

export const preview: PublicHandler = async ({ req, log, deps }) => {
  const addon = addonOf(deps);
  const q = new URL(req.url).searchParams;
  const go = q.get("go");
  const parsed = go ? GoSchema.safeParse(JSON.parse(go)) : GoSchema.safeParse({ path: q.get("path") ?? ADDON_PATHS.docsHome, params: {} });
  if (!parsed.success) throw new CodedError("http.badRequest", "unknown add-on path");
  const { path, params } = parsed.data;
  const trigger = ADDON_TRIGGERS.get(path);
  if (!trigger) throw new CodedError("http.notFound", path);
  const as = q.get("as") ?? "secretariat";
  const principal = principalOf(as, (id) => deps.campaigns.campaignsOf(id).length > 0);
  const formInputs = Object.fromEntries(
    [...q.entries()].filter(([k]) => k.startsWith("f.")).map(([k, v]) => [k.slice(2), { stringInputs: { value: [v] } }]),
  );
  const hostApp: HostApp = path.startsWith("gworkspace/sheets/") ? "SHEETS" : "DOCS";
  const doc = q.get("doc");
  const event: AddonEvent = {
    commonEventObject: { hostApp, parameters: params, formInputs, userLocale: "vi" },
    authorizationEventObject: doc ? { userOAuthToken: PREVIEW_OAUTH_TOKEN } : {},
    ...(doc ? { docs: { id: doc, addonHasFileScopePermission: true } } : {}),
  };
  const email = `${principal.subject}@preview.invalid`;
  const call = { event, email, principal, deps, addon, log };
  let actions = await runTrigger(trigger, call);
  // In Google a notice shows over the card that stays; the stateless preview shows the surface's homepage under it.
  if ("action" in actions && !actions.action.navigations && !actions.action.link) {
    const home = ADDON_TRIGGERS.get(hostApp === "SHEETS" ? ADDON_PATHS.sheetsHome : ADDON_PATHS.docsHome);
    const under = home ? await runTrigger(home, { ...call, event: { ...event, commonEventObject: { ...event.commonEventObject, formInputs: {} } } }) : undefined;
    if (under && "action" in under && under.action.navigations) actions = { action: { ...actions.action, navigations: under.action.navigations } };
  }
  const html = previewPage(actions, new URL(req.url).pathname, { as, ...(doc ? { doc } : {}) }, `Xem trước tiện ích — ${path}`);
  // The page's only style is inline and its only requests are its own forms and the links on the cards.
  const csp = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  return respond(200, html, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": csp });
};
