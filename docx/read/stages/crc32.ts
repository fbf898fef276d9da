/**
 * CRC-32 for verifying inflated parts. zlib.crc32 is native but only exists from Node 20.15; on older Node 20 a
 * table-driven fallback keeps every document readable instead of failing them all as corrupt.
 */
import * as zlib from "node:zlib";

type Crc32 = (data: Uint8Array, previous: number) => number;

const TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function crc32Portable(data: Uint8Array, previous: number): number {
  let crc = ~previous;
  for (let i = 0; i < data.length; i++) crc = (TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

const native = (zlib as { crc32?: Crc32 }).crc32;

export const crc32: Crc32 = native ? (data, previous) => native(data, previous) : crc32Portable;
