/**
 * Serving one path: the single step both translators (Azure app.http and the local node:http host) call. It answers
 * CORS preflights, picks the route by method (405 otherwise), verifies the token for protected routes, runs the
 * handler and turns any thrown error into the coded error body. Headers common to every answer are added here.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { CodedError } from "../../shared/errors/codes";
import { corsHeaders, preflightHeaders } from "./cors";
import type { Deps } from "./deps";
import { errorResponse, toErrorResponse } from "./errors";
import type { Route } from "./route";

async function run(route: Route, req: HttpRequest, ctx: InvocationContext, deps: Deps): Promise<HttpResponseInit> {
  if (route.auth === "none" || route.auth === "dev") return route.handler({ req, ctx, deps });
  const principal = await deps.verify(req.headers.get("authorization"));
  if (route.auth === "secretariat" && principal.role !== "secretariat") throw new CodedError("auth.forbidden");
  return route.handler({ req, ctx, deps, principal });
}

/** Adds headers every answer carries (nosniff, CORS); also used by the local host for answers it makes itself. */
export function withHeaders(res: HttpResponseInit, extra: Record<string, string>): HttpResponseInit {
  const headers = new Headers(res.headers);
  headers.set("X-Content-Type-Options", "nosniff");
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return { ...res, headers: Object.fromEntries(headers.entries()) };
}

/** `candidates`: every route on the matched path (one per method). */
export async function serve(
  candidates: readonly Route[],
  req: HttpRequest,
  ctx: InvocationContext,
  deps: Deps,
): Promise<HttpResponseInit> {
  const origin = req.headers.get("origin");
  const methods = candidates.map((r) => r.method);
  if (req.method === "OPTIONS") {
    return withHeaders({ status: 204 }, preflightHeaders(origin, deps.allowedOrigins, methods));
  }
  const cors = corsHeaders(origin, deps.allowedOrigins);
  const route = candidates.find((r) => r.method === req.method);
  if (!route) {
    const res = errorResponse("http.methodNotAllowed", { allowed: methods });
    return withHeaders(res, { ...cors, Allow: methods.join(", ") });
  }
  try {
    return withHeaders(await run(route, req, ctx, deps), cors);
  } catch (err) {
    return withHeaders(toErrorResponse(err, (m) => ctx.error(`${route.name}: ${m}`)), cors);
  }
}
