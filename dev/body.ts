import type { IncomingMessage } from "node:http";

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: "tooLarge" | "aborted" | "timeout" };

/**
 * Buffers a request body up to `maxBytes` within `timeoutMs`. A declared Content-Length over the cap is refused
 * before one byte is read; a chunked body is counted as it arrives and reading stops at the first byte over the cap.
 * A body still incomplete at the deadline is cut (a slow upload holds its reservation and a connection otherwise).
 */
export function readCapped(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: "tooLarge" });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: BodyResult) => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        req.pause();
        finish({ ok: false, reason: "tooLarge" });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) });
    const onError = () => finish({ ok: false, reason: "aborted" });
    const timer = setTimeout(() => {
      req.pause();
      chunks.length = 0;
      finish({ ok: false, reason: "timeout" });
    }, timeoutMs);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onError);
  });
}
