import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import type { Principal } from "../auth/principal";
import type { Deps } from "./deps";

export type Method = "GET" | "POST";

export interface PublicCall {
  req: HttpRequest;
  ctx: InvocationContext;
  deps: Deps;
}
export interface SignedInCall extends PublicCall {
  principal: Principal;
}

export type PublicHandler = (call: PublicCall) => Promise<HttpResponseInit>;
export type SignedInHandler = (call: SignedInCall) => Promise<HttpResponseInit>;

interface RouteBase {
  /** Function name in Azure (unique, [A-Za-z][A-Za-z0-9_-]*). */
  name: string;
  method: Method;
  /** Azure route template under the "api" prefix: "campaigns/{campaignId}/units". */
  route: string;
}

/**
 * none: anyone. dev: anyone, and the route only exists when CCHC_DEV_AUTH=1. signedIn: any verified account; the
 * handler decides per unit (after checking the unit exists, so unknown ids answer 404). secretariat: Sở Nội vụ only.
 */
export type Route =
  | (RouteBase & { auth: "none" | "dev"; handler: PublicHandler })
  | (RouteBase & { auth: "signedIn" | "secretariat"; handler: SignedInHandler });
