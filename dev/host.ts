/**
 * The local host: node:http translated to the same HttpRequest objects, the same route table and the same admit()
 * and dispatch() steps as Azure Functions. What the Functions host does for us in Azure is done here: routing with
 * path parameters, a hard cap on request bodies (refused before or while reading, never buffered beyond the cap), a
 * deadline for receiving them, and graceful close. A body is read only once admit() has accepted the headers
 * (route, token, quota, a reservation in the instance's upload budget).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from "@azure/functions";
import { corsHeaders } from "../functions/app/cors";
import type { Deps } from "../functions/app/deps";
import { errorResponse } from "../functions/app/errors";
import type { Route } from "../functions/app/route";
import { API_PREFIX } from "../functions/app/routes";
import { admit, dispatch, headerRecord, withHeaders } from "../functions/app/serve";
import { isLoopbackHost } from "../functions/config";
import { CodedError } from "../shared/errors/codes";
import { readCapped } from "./body";
import { createRouter } from "./router";

export interface LocalHostOptions {
  deps: Deps;
  routes: readonly Route[];
  /** Default 127.0.0.1: the development host is not meant to be reachable from the network. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** Logs of each invocation; default: console. */
  log?: (level: string, message: string) => void;
}

export interface LocalHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

/**
 * JSON and byte answers (every handler's) are written directly: going through HttpResponse's web streams cost a
 * quarter of the CPU of a status request. Anything else takes the library's path, so semantics stay Azure's.
 */
async function bodyOf(init: HttpResponseInit): Promise<{ body: Buffer; headers: Record<string, string> }> {
  if (init.body === undefined && init.jsonBody !== undefined) {
    const headers = headerRecord(init.headers);
    headers["content-type"] ??= "application/json";
    return { body: Buffer.from(JSON.stringify(init.jsonBody)), headers };
  }
  if (init.body instanceof Uint8Array) {
    return { body: Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength), headers: headerRecord(init.headers) };
  }
  if (init.body === undefined && init.status === 304) return { body: Buffer.alloc(0), headers: headerRecord(init.headers) };
  const response = new HttpResponse(init);
  return { body: Buffer.from(await response.arrayBuffer()), headers: Object.fromEntries(response.headers.entries()) };
}

async function send(res: ServerResponse, init: HttpResponseInit, close = false): Promise<void> {
  const { body, headers } = await bodyOf(init);
  // A 304 carries no body; a Content-Length there would have to be the full answer's.
  if (init.status !== 304) headers["content-length"] = String(body.length);
  if (close) headers["connection"] = "close";
  res.writeHead(init.status ?? 200, headers);
  res.end(body);
}

export async function startLocalHost(opts: LocalHostOptions): Promise<LocalHost> {
  const listenOn = opts.host ?? "127.0.0.1";
  if (opts.routes.some((r) => r.auth === "dev") && !isLoopbackHost(listenOn)) {
    throw new CodedError("config.invalid", `development sign-in is served on loopback only, not on ${listenOn}`);
  }
  const route = createRouter(opts.routes);
  const log = opts.log ?? ((level, msg) => (level === "error" ? console.error(msg) : console.log(msg)));
  const prefix = `/${API_PREFIX}/`;
  const { deps } = opts;
  // Filled in once listening; the Host header is the client's to choose, so it is not used to build URLs.
  let base = "http://127.0.0.1";

  /** Answers without reading a body the client may still be sending: the connection closes after the answer. */
  async function refuse(req: IncomingMessage, res: ServerResponse, answer: HttpResponseInit): Promise<void> {
    const pending = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
    if (!pending) {
      req.resume();
      return send(res, answer);
    }
    // The short delay lets the client read the answer before the reset.
    res.once("finish", () => setTimeout(() => req.socket.destroy(), 50).unref());
    return send(res, answer, true);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const cors = corsHeaders(req.headers.origin ?? null, deps.allowedOrigins);
    const match = url.pathname.startsWith(prefix) ? route(url.pathname.slice(prefix.length)) : undefined;
    if (!match) return refuse(req, res, withHeaders(errorResponse("http.notFound"), cors));
    const method = req.method ?? "GET";
    const headers = headersOf(req);
    const functionName = match.routes.find((r) => r.method === method)?.name ?? match.routes[0]?.name ?? "unknown";
    const ctx = new InvocationContext({
      invocationId: randomUUID(),
      functionName,
      logHandler: (level, ...args) => log(level, `[${functionName}] ${args.map(String).join(" ")}`),
    });
    // Route, token, quota and the body's byte reservation are settled from the headers before a byte is read.
    // Node already lower-cases header names: admit() reads them from the record, no Headers object per request.
    const head = { method, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } };
    const admission = await admit(match.routes, head, deps, (m) => ctx.error(m));
    if ("answer" in admission) return refuse(req, res, admission.answer);
    const { admitted } = admission;
    try {
      let bytes: Uint8Array | undefined;
      if (method !== "GET" && method !== "HEAD") {
        const body = await readCapped(req, deps.maxUploadBytes, deps.limits.bodyTimeoutMs);
        if (!body.ok) {
          if (body.reason !== "tooLarge") return void req.socket.destroy();
          const tooLarge = errorResponse("http.payloadTooLarge", { limitBytes: deps.maxUploadBytes });
          return refuse(req, res, withHeaders(tooLarge, admitted.cors));
        }
        bytes = body.bytes;
      } else {
        req.resume();
      }
      const request = new HttpRequest({
        method,
        url: url.href,
        headers,
        params: match.params,
        ...(bytes ? { body: { bytes } } : {}),
      });
      await send(res, await dispatch(admitted, request, ctx, deps));
    } finally {
      admitted.release();
    }
  }

  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const p = handle(req, res)
      .catch((err: unknown) => {
        log("error", `local host: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (!res.headersSent) void send(res, errorResponse("http.internal"));
        else res.destroy();
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  // Slow clients may not hold connections open (slowloris): headers within 20 s, then the body within its own
  // deadline (readCapped); the server-wide request timeout is only the backstop.
  server.headersTimeout = 20_000;
  server.requestTimeout = server.headersTimeout + deps.limits.bodyTimeoutMs + 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, listenOn, () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const hostPart = address.includes(":") ? `[${address}]` : address;
  base = `http://${hostPart}:${port}`;

  return {
    url: base,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}
