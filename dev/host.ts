/**
 * SCRATCH (issue 11 §4 evaluation): the local host on hono + @hono/node-server, with hono/cors and hono/body-limit,
 * and our admit() step as the route's first action.
 */
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer, type HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { Deps } from "../functions/app/deps";
import { errorResponse } from "../functions/app/errors";
import { bodyBytes } from "../functions/app/respond";
import type { Log, Route } from "../functions/app/route";
import { API_PREFIX, routesByPath } from "../functions/app/routes";
import { admit, dispatch, withHeaders, type Admitted } from "../functions/app/serve";
import { isLoopbackHost } from "../functions/config";
import { CodedError } from "../shared/errors/codes";

export interface LocalHostOptions {
  deps: Deps;
  routes: readonly Route[];
  host?: string;
  port: number;
  log?: (level: string, message: string) => void;
}

export interface LocalHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Env = { Bindings: HttpBindings; Variables: { admitted: Admitted } };

/** Answers without reading a body the client may still be sending: the connection closes after the answer. */
function refuse(incoming: IncomingMessage, answer: Response): Response {
  const pending = incoming.headers["transfer-encoding"] !== undefined || Number(incoming.headers["content-length"] ?? 0) > 0;
  if (!pending) return answer;
  answer.headers.set("connection", "close");
  incoming.socket.once("drain", () => undefined);
  setTimeout(() => incoming.socket.destroy(), 50).unref();
  return answer;
}

export async function startLocalHost(opts: LocalHostOptions): Promise<LocalHost> {
  const listenOn = opts.host ?? "127.0.0.1";
  if (opts.routes.some((r) => r.auth === "dev") && !isLoopbackHost(listenOn)) {
    throw new CodedError("config.invalid", `development sign-in is served on loopback only, not on ${listenOn}`);
  }
  const log = opts.log ?? ((level, msg) => (level === "error" ? console.error(msg) : console.log(msg)));
  const { deps } = opts;
  const app = new Hono<Env>({ strict: false }).basePath(`/${API_PREFIX}`);
  app.use(
    cors({
      origin: (origin) => (deps.allowedOrigins.includes(origin) ? origin : null),
      allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key"],
      exposeHeaders: ["Idempotent-Replayed", "Idempotency-Key", "Retry-After", "Location", "Content-Disposition", "ETag"],
      maxAge: 600,
    }),
  );

  for (const [template, routes] of routesByPath(opts.routes)) {
    const path = `/${template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, ":$1")}`;
    const functionName = routes[0]?.name ?? "unknown";
    const logger: Log = { warn: (m) => log("warn", `[${functionName}] ${m}`), error: (m) => log("error", `[${functionName}] ${m}`) };
    app.all(
      path,
      async (c, next) => {
        // Route, token, quota and the body's byte reservation are settled from the headers before a byte is read.
        const admission = await admit(routes, c.req.raw, deps, (m) => logger.error(m));
        if ("answer" in admission) return refuse(c.env.incoming, admission.answer);
        c.set("admitted", admission.admitted);
        // The body's deadline: a slow upload holds its reservation and a connection otherwise.
        const incoming = c.env.incoming;
        if (!incoming.readableEnded) {
          const timer = setTimeout(() => incoming.socket.destroy(), deps.limits.bodyTimeoutMs);
          incoming.once("end", () => clearTimeout(timer));
          incoming.once("close", () => clearTimeout(timer));
        }
        try {
          await next();
        } finally {
          admission.admitted.release();
        }
        return undefined;
      },
      bodyLimit({
        maxSize: deps.maxUploadBytes,
        onError: (c: Context<Env>) => refuse(c.env.incoming, errorResponse("http.payloadTooLarge", { limitBytes: deps.maxUploadBytes })),
      }),
      async (c) => {
        const res = await dispatch(c.get("admitted"), { req: c.req.raw, params: c.req.param(), log: logger }, deps);
        // node-server's own (global) Response carries known bytes to the socket without a stream.
        const bytes = bodyBytes(res);
        return bytes ? new Response(bytes as Uint8Array<ArrayBuffer>, res) : res;
      },
    );
  }
  app.notFound((c) => refuse(c.env.incoming, withHeaders(errorResponse("http.notFound"), {})));

  const server = createAdaptorServer({ fetch: app.fetch, autoCleanupIncoming: false });
  const http = server as import("node:http").Server;
  http.headersTimeout = 20_000;
  http.requestTimeout = http.headersTimeout + deps.limits.bodyTimeoutMs + 5_000;
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(opts.port, listenOn, () => resolve());
  });
  const { port, address } = http.address() as AddressInfo;
  const hostPart = address.includes(":") ? `[${address}]` : address;
  const base = `http://${hostPart}:${port}`;
  return {
    url: base,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      http.closeAllConnections();
      await closed;
    },
  };
}
