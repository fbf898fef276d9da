/**
 * The local host: node:http translated to the same HttpRequest objects, the same route table and the same serve()
 * step as Azure Functions. What the Functions host does for us in Azure is done here: routing with path parameters,
 * a hard cap on request bodies (refused before or while reading, never buffered beyond the cap) and graceful close.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from "@azure/functions";
import { corsHeaders } from "../app/cors";
import type { Deps } from "../app/deps";
import { errorResponse } from "../app/errors";
import type { Route } from "../app/route";
import { API_PREFIX } from "../app/routes";
import { serve, withHeaders } from "../app/serve";
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
async function bodyOf(init: HttpResponseInit): Promise<{ body: Buffer; headers: Headers }> {
  if (init.body === undefined && init.jsonBody !== undefined) {
    const headers = new Headers(init.headers);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    return { body: Buffer.from(JSON.stringify(init.jsonBody)), headers };
  }
  if (init.body instanceof Uint8Array) {
    return { body: Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength), headers: new Headers(init.headers) };
  }
  const response = new HttpResponse(init);
  return { body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

async function send(res: ServerResponse, init: HttpResponseInit, close = false): Promise<void> {
  const { body, headers: h } = await bodyOf(init);
  const headers: Record<string, string> = Object.fromEntries(h.entries());
  headers["content-length"] = String(body.length);
  if (close) headers["connection"] = "close";
  res.writeHead(init.status ?? 200, headers);
  res.end(body);
}

export async function startLocalHost(opts: LocalHostOptions): Promise<LocalHost> {
  const route = createRouter(opts.routes);
  const log = opts.log ?? ((level, msg) => (level === "error" ? console.error(msg) : console.log(msg)));
  const prefix = `/${API_PREFIX}/`;
  const { deps } = opts;
  // Filled in once listening; the Host header is the client's to choose, so it is not used to build URLs.
  let base = "http://127.0.0.1";

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const cors = corsHeaders(req.headers.origin ?? null, deps.allowedOrigins);
    const match = url.pathname.startsWith(prefix) ? route(url.pathname.slice(prefix.length)) : undefined;
    if (!match) {
      req.resume();
      return send(res, withHeaders(errorResponse("http.notFound"), cors));
    }
    let bytes: Uint8Array | undefined;
    // Only a route that takes a body gets one read; anything else (405, preflight, GET) is answered without it.
    const takesBody = match.routes.some((r) => r.method === req.method && r.method !== "GET");
    if (takesBody) {
      const body = await readCapped(req, deps.maxUploadBytes);
      if (!body.ok) {
        if (body.reason === "aborted") return void res.destroy();
        const tooLarge = errorResponse("http.payloadTooLarge", { limitBytes: deps.maxUploadBytes });
        // Refused without reading the rest: the connection is dropped once the answer is out (the short delay lets
        // the client read it before the reset).
        res.once("finish", () => setTimeout(() => req.socket.destroy(), 50).unref());
        return send(res, withHeaders(tooLarge, cors), true);
      }
      bytes = body.bytes;
    } else {
      req.resume();
    }
    const request = new HttpRequest({
      method: req.method ?? "GET",
      url: url.href,
      headers: headersOf(req),
      params: match.params,
      ...(bytes ? { body: { bytes } } : {}),
    });
    const functionName = match.routes.find((r) => r.method === req.method)?.name ?? match.routes[0]?.name ?? "unknown";
    const ctx = new InvocationContext({
      invocationId: randomUUID(),
      functionName,
      logHandler: (level, ...args) => log(level, `[${functionName}] ${args.map(String).join(" ")}`),
    });
    await send(res, await serve(match.routes, request, ctx, deps));
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
  // Slow clients may not hold connections open forever (slowloris).
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
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
