/**
 * A minimal zip writer whose headers can lie (declared sizes, CRC), for the hostile-input tests that fflate, being
 * a correct writer, cannot produce. Also builds a 1 GiB-inflating deflate stream from ~1 MB without allocating 1 GiB.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** Data as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  uncompressedSize: number;
  crc: number;
}

export function deflatedEntry(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, data: deflateRawSync(bytes), method: 8, uncompressedSize: bytes.length, crc: crc32(bytes) };
}

/**
 * Raw deflate data that inflates to `mib` MiB of zeros: one sync-flushed (non-final) 1 MiB block sequence repeated
 * (back-references inside it only ever point at zeros, so repetition stays valid), then an empty final block.
 */
export function zerosDeflated(mib: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const out = Buffer.alloc(chunk.length * mib + 2);
  for (let i = 0; i < mib; i++) chunk.copy(out, i * chunk.length);
  out[out.length - 2] = 0x03;
  out[out.length - 1] = 0x00;
  return out;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method ?? 8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method ?? 8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
