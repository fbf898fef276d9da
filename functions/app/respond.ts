/**
 * Handlers answer with web `Response`s built here. Node's fetch (undici) builds a ReadableStream for every body when
 * a Response is constructed (~24 µs on this machine, about a third of a whole cached status answer), and reading it
 * back costs as much again. So an answer whose bytes are known is a BufferedResponse: constructed without a body,
 * it makes the real one only if someone reads it (tests, the Azure library), and the hosts write `bodyBytes()`
 * straight to the socket. Reading it through any body member gives the same bytes.
 */
const streams = new WeakMap<BufferedResponse, Response>();

class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
  }

  static bytesOf(res: Response): Uint8Array | undefined {
    return res instanceof BufferedResponse ? res.#bytes : undefined;
  }

  /** The Response that owns the body stream, made on first read; its headers are this one's (content type for blob/formData). */
  static readable(res: BufferedResponse): Response {
    let full = streams.get(res);
    if (!full) streams.set(res, (full = new Response(res.#bytes as Uint8Array<ArrayBuffer>, { headers: res.headers })));
    return full;
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError("Response.clone: body has already been consumed.");
    return new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: new Headers(this.headers) });
  }
}
for (const name of ["arrayBuffer", "blob", "bytes", "formData", "json", "text"] as const) {
  Object.defineProperty(BufferedResponse.prototype, name, {
    value(this: BufferedResponse) {
      return BufferedResponse.readable(this)[name]();
    },
    writable: true,
    configurable: true,
  });
}
Object.defineProperties(BufferedResponse.prototype, {
  body: { get: (function (this: BufferedResponse) { return BufferedResponse.readable(this).body; }), configurable: true },
  bodyUsed: { get: (function (this: BufferedResponse) { return streams.get(this)?.bodyUsed ?? false; }), configurable: true },
});

/** The bytes of an answer built here, for a host to write without going through the body stream. */
export const bodyBytes = (res: Response): Uint8Array | undefined => BufferedResponse.bytesOf(res);

/** `body`: bytes or text (UTF-8); none for 204/304. */
export function respond(status: number, body: Uint8Array | string | undefined, headers: Record<string, string>): Response {
  if (body === undefined) return new Response(null, { status, headers });
  return new BufferedResponse(typeof body === "string" ? Buffer.from(body) : body, { status, headers });
}

/** JSON answers are per-user and change with every submission: never cached by browsers or proxies. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return respond(status, JSON.stringify(body), {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    ...headers,
  });
}

/** A file download; `filename` must be ASCII (ids and dates only). */
export function file(
  body: Uint8Array | string,
  contentType: string,
  filename: string,
  headers: Record<string, string> = {},
): Response {
  return respond(200, body, {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
    ...headers,
  });
}
