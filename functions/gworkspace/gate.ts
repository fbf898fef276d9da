/**
 * Every add-on endpoint goes through here: Google's system ID token (Authorization header) first, then the event
 * body (zod), then the user's ID token from the event, mapped to a role through the accounts file. A request that
 * fails a token check is refused with 401 like any API call; an unmapped account gets a card that names whom to
 * ask, never data; a coded failure inside a trigger becomes a notification the sidebar shows.
 */
import { CodedError } from "../../shared/errors/codes";
import { AddonEventSchema, type AddonEvent } from "../../shared/gworkspace/event";
import type { RenderActions } from "../../shared/gworkspace/card";
import type { Principal } from "../auth/principal";
import type { Deps } from "../app/deps";
import { classify } from "../app/errors";
import { readJson } from "../app/request";
import { json } from "../app/respond";
import type { Log, PublicHandler } from "../app/route";
import { errorNotice, unmappedCard } from "./cards/common";
import type { AddonDeps, Trigger } from "./trigger";

export function addonOf(deps: Deps): AddonDeps {
  if (!deps.gworkspace) throw new CodedError("http.notFound", "the Google Workspace add-on is not configured");
  return deps.gworkspace;
}

/** Runs a trigger for a known account; coded failures (Docs down, no access, unknown campaign) become notices. */
export async function runTrigger(
  trigger: Trigger,
  call: { event: AddonEvent; email: string; principal: Principal; deps: Deps; addon: AddonDeps; log: Log },
): Promise<RenderActions> {
  try {
    return await trigger(call);
  } catch (err) {
    const c = classify(err);
    if (c.internal) call.log.error(`gworkspace: ${c.code}: ${c.internal}`);
    else if (err instanceof CodedError) call.log.warn(`gworkspace: ${err.message}`);
    return errorNotice(c.code);
  }
}

export function addonHandler(path: string, trigger: Trigger): PublicHandler {
  return async ({ req, log, deps }) => {
    const addon = addonOf(deps);
    if (!addon.tokens) throw new CodedError("http.notFound", "the add-on endpoints need GOOGLE_ADDON_AUDIENCE");
    const { tokens } = addon;
    // Refusals are logged: Google shows the user a generic error, so the operator's log is where a wrong audience shows.
    const refused = (err: unknown) => {
      if (err instanceof CodedError) log.warn(`gworkspace ${path}: refused: ${err.message}`);
      throw err;
    };
    await tokens.system(req.headers.get("authorization"), `${addon.baseUrl}/api/${path}`).catch(refused);
    const event = await readJson(req, AddonEventSchema);
    const user = await tokens.user(event.authorizationEventObject.userIdToken).catch(refused);
    const role = addon.accounts.lookupGoogle(user.email);
    if (!role) return json(200, unmappedCard(user.email));
    const principal: Principal = { subject: `google:${user.sub}`, ...role };
    return json(200, await runTrigger(trigger, { event, email: user.email, principal, deps, addon, log }));
  };
}
