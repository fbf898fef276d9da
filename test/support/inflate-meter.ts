/**
 * Counts the bytes the reader actually inflates, so the zip-bomb tests assert the work done (stopped at the cap,
 * nowhere near the bomb's gigabyte; a part nobody needs never inflated) instead of a wall-clock bound. It wraps
 * zlib.createInflateRaw on the live module object, which the reader's zip stage calls for every deflated part.
 */
import type { Transform } from "node:stream";
import zlib = require("node:zlib");

export interface InflateMeter {
  /** Bytes every inflater produced since the meter was installed. */
  readonly bytes: () => number;
  /** Inflate streams opened since the meter was installed. */
  readonly streams: () => number;
  restore(): void;
}

export function meterInflation(): InflateMeter {
  const original = zlib.createInflateRaw;
  let bytes = 0;
  let streams = 0;
  const wrapped = (options?: zlib.ZlibOptions) => {
    const inflater: Transform = original(options);
    streams++;
    const push = inflater.push.bind(inflater);
    inflater.push = (chunk: unknown, encoding?: BufferEncoding) => {
      if (chunk instanceof Uint8Array) bytes += chunk.length;
      return push(chunk, encoding);
    };
    return inflater;
  };
  // Node defines the factory read-only but configurable: redefine it rather than assign.
  const install = (value: unknown) => Object.defineProperty(zlib, "createInflateRaw", { value, writable: false, enumerable: true, configurable: true });
  install(wrapped);
  return { bytes: () => bytes, streams: () => streams, restore: () => void install(original) };
}
