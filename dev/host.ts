/**
 * The local host: node:http translated to the web Request/Response of the handler contract, the same route table and
 * the same admit() and dispatch() steps as Azure Functions. What the Functions host does for us in Azure is done here: routing with
 * path parameters, a hard cap on request bodies (refused before or while reading, never buffered beyond the cap), a
 * deadline for receiving them, and graceful close. A body is read only once admit() has accepted the headers
 * (route, token, quota, a reservation in the instance's upload budget).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { corsHeaders } from "../functions/app/cors";
import type { Deps } from "../functions/app/deps";
import { errorResponse } from "../functions/app/errors";
import { bodyBytes } from "../functions/app/respond";
import type { Log, Route } from "../functions/app/route";
import { API_PREFIX } from "../functions/app/routes";
import { admit, dispatch, withHeaders } from "../functions/app/serve";
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

const NO_BYTES = new Uint8Array(0);

/**
 * The bytes of an answer a respond.ts helper built are written as they are: undici would build a web stream to hand
 * them over and read them back (a quarter of the CPU of a status request). Any other body is read through its stream.
 */
async function send(res: ServerResponse, answer: Response, close = false): Promise<void> {
  const body = bodyBytes(answer) ?? (answer.body ? new Uint8Array(await answer.arrayBuffer()) : NO_BYTES);
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => (headers[name] = value));
  // A 304 carries no body; a Content-Length there would have to be the full answer's.
  if (answer.status !== 304) headers["content-length"] = String(body.byteLength);
  if (close) headers["connection"] = "close";
  res.writeHead(answer.status, headers);
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
  async function refuse(req: IncomingMessage, res: ServerResponse, answer: Response): Promise<void> {
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
    const logger: Log = {
      warn: (m) => log("warn", `[${functionName}] ${m}`),
      error: (m) => log("error", `[${functionName}] ${m}`),
    };
    // Route, token, quota and the body's byte reservation are settled from the headers before a byte is read.
    // Node already lower-cases header names: admit() reads them from the record, no Headers object per request.
    const head = { method, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } };
    const admission = await admit(match.routes, head, deps, (m) => logger.error(m));
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
      const request = new Request(url.href, { method, headers, ...(bytes ? { body: bytes as Uint8Array<ArrayBuffer> } : {}) });
      await send(res, await dispatch(admitted, { req: request, params: match.params, log: logger }, deps));
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
