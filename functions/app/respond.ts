import type { HttpResponseInit } from "@azure/functions";

/** JSON answers are per-user and change with every submission: never cached by browsers or proxies. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponseInit {
  return {
    status,
    jsonBody: body,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  };
}

/** A file download; `filename` must be ASCII (ids and dates only). */
export function file(
  body: Uint8Array | string,
  contentType: string,
  filename: string,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return {
    status: 200,
    body,
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      ...headers,
    },
  };
}
