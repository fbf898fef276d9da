import type { IncomingMessage } from "node:http";

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: "tooLarge" | "aborted" };

/**
 * Buffers a request body up to `maxBytes`. A declared Content-Length over the cap is refused before one byte is read;
 * a chunked body is counted as it arrives and reading stops at the first byte over the cap.
 */
export function readCapped(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, reason: "tooLarge" });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: BodyResult) => {
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
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onError);
  });
}
