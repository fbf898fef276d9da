/*
 * The add-in's icons, drawn in code so no binary is committed: a blue rounded square with a white document and a
 * check mark, as PNG (RGBA, zlib-deflated, CRC-checked chunks) at any size.
 */
"use strict";
const zlib = require("node:zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of pixel (x, y) in a unit square: background, page, check mark. */
function pixel(u, v, outline) {
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  const inside = (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  if (!inside) return [0, 0, 0, 0];
  const page = u > 0.25 && u < 0.75 && v > 0.18 && v < 0.82;
  const check = Math.abs(v - (0.62 + (u - 0.45) * (u < 0.45 ? 1 : -1.4))) < 0.05 && u > 0.33 && u < 0.68;
  if (outline) return page && !check ? [255, 255, 255, 255] : [0, 0, 0, 0];
  if (check) return [31, 78, 121, 255];
  if (page) return [255, 255, 255, 255];
  return [31, 78, 121, 255];
}

function png(size, { outline = false } = {}) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const px = pixel((x + 0.5) / size, (y + 0.5) / size, outline);
      raw.set(px, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

module.exports = { png };
