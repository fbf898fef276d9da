import type { Principal } from "../auth/principal";
import type { Deps } from "./deps";

export type Method = "GET" | "POST";

/** What a handler tells the operator (never the client): the Functions log in Azure, the console locally. */
export interface Log {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * A handler's input is web-standard: a `Request` (Node's global fetch Request) and the route's path parameters, so
 * handlers run the same under any host and tests call them without a server.
 */
export interface PublicCall {
  req: Request;
  params: Readonly<Record<string, string>>;
  log: Log;
  deps: Deps;
}
export interface SignedInCall extends PublicCall {
  principal: Principal;
}

export type PublicHandler = (call: PublicCall) => Promise<Response>;
export type SignedInHandler = (call: SignedInCall) => Promise<Response>;

interface RouteBase {
  /** Function name in Azure (unique, [A-Za-z][A-Za-z0-9_-]*). */
  name: string;
  method: Method;
  /** Azure route template under the "api" prefix: "campaigns/{campaignId}/units". */
  route: string;
  /**
   * A per-account limit checked with the token, before the body is read (429 + Retry-After). validate: each call
   * takes a token; rejections: refused while the account's recent rejected attempts used up their allowance.
   */
  quota?: "validate" | "rejections";
}

/**
 * none: anyone. dev: anyone, and the route only exists on the local host with CCHC_DEV_AUTH=1 on loopback. signedIn: any verified account; the
 * handler decides per unit (after checking the unit exists, so unknown ids answer 404). secretariat: Sở Nội vụ only.
 */
export type Route =
  | (RouteBase & { auth: "none" | "dev"; handler: PublicHandler })
  | (RouteBase & { auth: "signedIn" | "secretariat"; handler: SignedInHandler });
