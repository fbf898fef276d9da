/**
 * The Azure Functions translation of the web-standard handler contract (functions/app/route.ts): the library's
 * HttpRequest becomes a web Request whose body is still the host's stream, read only when a handler asks for it
 * (after admit() has accepted the headers); the handler's web Response becomes the HttpResponseInit the library sends.
 */
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { bodyBytes } from "../app/respond";
import type { Log } from "../app/route";

export function toRequest(req: HttpRequest): Request {
  const method = req.method;
  const body = method === "GET" || method === "HEAD" ? null : req.body;
  if (!body) return new Request(req.url, { method, headers: req.headers });
  // Node's fetch needs duplex "half" for a stream body (not in the DOM lib's RequestInit); the library's stream/web
  // type and the global one are the same class at runtime.
  const init: RequestInit & { duplex: "half" } = { method, headers: req.headers, body: body as unknown as ReadableStream, duplex: "half" };
  return new Request(req.url, init);
}

/** Headers, status and bytes as the handler made them; bytes a respond.ts helper holds go over without a stream. */
export function toResponseInit(res: Response): HttpResponseInit {
  const body = bodyBytes(res) ?? (res.body as NodeReadableStream | null) ?? undefined;
  return { status: res.status, headers: res.headers, ...(body ? { body } : {}) };
}

export function logOf(ctx: InvocationContext): Log {
  return { warn: (m) => ctx.warn(m), error: (m) => ctx.error(m) };
}
