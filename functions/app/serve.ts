/**
 * Serving one path, in two steps both translators (Azure app.http and the local node:http host) call.
 *   admit: from the method and headers alone — CORS preflight, the route by method (405 otherwise), the token of a
 *          protected route, the per-account quota, and a reservation of the body's bytes in the instance's upload
 *          budget (413 over the cap, 503 when the budget is spent). Nothing of the body has been read yet.
 *   dispatch: runs the handler (which may now read the body) and turns any thrown error into the coded error body.
 * serve() is both in a row, for a host that hands over a request whose body is read lazily (Azure's, as a stream).
 * Handlers take a web Request and answer a web Response (route.ts); the hosts translate to and from their own types.
 */
import type { Principal } from "../auth/principal";
import { CodedError } from "../../shared/errors/codes";
import { corsHeaders, preflightHeaders } from "./cors";
import type { Deps } from "./deps";
import { errorResponse, toErrorResponse } from "./errors";
import type { Log, Route } from "./route";

/** A Response whose headers may be changed: a handler's own, or a copy of one with immutable headers (fetch's). */
function mutable(res: Response): Response {
  try {
    res.headers.set("x-content-type-options", "nosniff");
    return res;
  } catch {
    const headers = new Headers(res.headers);
    headers.set("x-content-type-options", "nosniff");
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

/** Adds headers every answer carries (nosniff, CORS); also used by the local host for answers it makes itself. */
export function withHeaders(res: Response, extra: Record<string, string>): Response {
  const out = mutable(res);
  for (const name in extra) {
    // Vary lists add up (the answer's "Accept-Encoding" and CORS's "Origin"); every other header is replaced.
    if (name.toLowerCase() === "vary") out.headers.append(name, extra[name]!);
    else out.headers.set(name, extra[name]!);
  }
  return out;
}

export interface Admitted {
  route: Route;
  principal?: Principal;
  cors: Record<string, string>;
  /** Gives back the body's reservation; call once the answer is out (idempotent). */
  release: () => void;
}

export type Admission = { admitted: Admitted } | { answer: Response };

/** What admit() reads of a request: available before its body on every host. */
export interface RequestHead {
  method: string;
  headers: { get(name: string): string | null };
}

async function principalFor(route: Route, head: RequestHead, deps: Deps): Promise<Principal | undefined> {
  if (route.auth === "none" || route.auth === "dev") return undefined;
  const principal = await deps.verify(head.headers.get("authorization"));
  if (route.auth === "secretariat" && principal.role !== "secretariat") throw new CodedError("auth.forbidden");
  const wait =
    route.quota === "validate"
      ? deps.limits.validate.take(principal.subject)
      : route.quota === "rejections"
        ? deps.limits.rejections.exhausted(principal.subject)
        : undefined;
  if (wait !== undefined) throw new CodedError("http.tooManyRequests", undefined, { retryAfterSec: wait });
  return principal;
}

/** Bytes the body may occupy: what it declares (refused over the cap), else the cap itself (chunked bodies). */
function reserveBody(head: RequestHead, deps: Deps): () => void {
  if (head.method === "GET" || head.method === "HEAD") return () => undefined;
  const declared = head.headers.get("content-length");
  const length = declared !== null && /^\d+$/.test(declared.trim()) ? Number(declared) : undefined;
  if (length !== undefined && length > deps.maxUploadBytes) {
    const limitBytes = deps.maxUploadBytes;
    throw new CodedError("http.payloadTooLarge", `limit ${limitBytes} bytes`, { limitBytes });
  }
  const release = deps.limits.uploads.reserve(length ?? deps.maxUploadBytes);
  if (!release) throw new CodedError("server.busy", "upload bytes in flight at the instance's limit");
  return release;
}

/** `candidates`: every route on the matched path (one per method). `log` receives what the client is not told. */
export async function admit(
  candidates: readonly Route[],
  head: RequestHead,
  deps: Deps,
  log: (message: string) => void,
): Promise<Admission> {
  const origin = head.headers.get("origin");
  const methods = candidates.map((r) => r.method);
  if (head.method === "OPTIONS") {
    return { answer: withHeaders(new Response(null, { status: 204 }), preflightHeaders(origin, deps.allowedOrigins, methods)) };
  }
  const cors = corsHeaders(origin, deps.allowedOrigins);
  const route = candidates.find((r) => r.method === head.method);
  if (!route) {
    const res = errorResponse("http.methodNotAllowed", { allowed: methods });
    return { answer: withHeaders(res, { ...cors, Allow: methods.join(", ") }) };
  }
  try {
    const principal = await principalFor(route, head, deps);
    const release = reserveBody(head, deps);
    return { admitted: { route, cors, release, ...(principal ? { principal } : {}) } };
  } catch (err) {
    return { answer: withHeaders(toErrorResponse(err, (m) => log(`${route.name}: ${m}`)), cors) };
  }
}

/** What a host hands over besides its deps: the request (body not yet read on Azure), the path parameters, a log. */
export interface Incoming {
  req: Request;
  params: Readonly<Record<string, string>>;
  log: Log;
}

/** Runs the admitted route's handler; releases the body's reservation when done. */
export async function dispatch(admitted: Admitted, incoming: Incoming, deps: Deps): Promise<Response> {
  const { route, principal, cors } = admitted;
  const call = { ...incoming, deps };
  try {
    let res: Response;
    if (route.auth === "none" || route.auth === "dev") res = await route.handler(call);
    else if (principal) res = await route.handler({ ...call, principal });
    else throw new Error(`${route.name}: admitted without a principal`);
    return withHeaders(res, cors);
  } catch (err) {
    return withHeaders(toErrorResponse(err, (m) => incoming.log.error(`${route.name}: ${m}`)), cors);
  } finally {
    admitted.release();
  }
}

/** admit + dispatch, for hosts whose request body is read only when a handler asks for it (Azure). */
export async function serve(candidates: readonly Route[], incoming: Incoming, deps: Deps): Promise<Response> {
  const admission = await admit(candidates, incoming.req, deps, (m) => incoming.log.error(m));
  if ("answer" in admission) return admission.answer;
  return dispatch(admission.admitted, incoming, deps);
}
