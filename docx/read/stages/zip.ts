/**
 * Unzip stage: the only module that touches the zip library. It lists the central directory once, then inflates
 * single parts on demand as streams, so a part nobody asks for (images, embedded objects) is never inflated.
 *
 * Zip-bomb defence: a part whose declared size is over the cap is refused before inflating a byte; then the bytes
 * actually inflated are counted here as they stream, and the stream is torn down the moment they pass the part cap,
 * the total cap, or the declared size (a lying header). Nothing beyond one inflate chunk is ever held.
 */
import * as yauzl from "yauzl";
import { createInflateRaw } from "node:zlib";
import { pipeline, type Readable } from "node:stream";
import { CodedError } from "../../../shared/errors/codes";
import { crc32 } from "./crc32";
import type { DocxLimits } from "./limits";
import type { ReaderWarning } from "./warnings";

export type ZipLimits = Omit<DocxLimits, "maxXmlDepth">;

export interface ZipPackage {
  /** OPC part names (no leading "/") are matched case-insensitively, as the packaging spec requires. */
  has(partName: string): boolean;
  /** The part's inflated bytes, chunk by chunk; rejects with a CodedError on any cap, CRC or data failure. */
  read(partName: string): AsyncIterable<Uint8Array>;
}

/** Compound File Binary header: Word writes password-protected documents in this container, not as a zip. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  warn: (w: ReaderWarning) => void = () => {},
): Promise<ZipPackage> {
  if (bytes.length > limits.maxFileBytes) throw new CodedError("docx.tooLarge", `${bytes.length} bytes`);
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw new CodedError("docx.encrypted", "OLE compound file");
  const { buffer, repaired } = withHonestComment(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  if (repaired) warn({ code: "reader.zipComment", detail: repaired });
  const zip = await fromBuffer(buffer);
  const entries = await listEntries(zip, limits.maxEntries);
  const inflated = { total: 0 };
  return {
    has: (name) => entries.has(name.toLowerCase()),
    read: (name) => readEntry(zip, entries.get(name.toLowerCase()), name, limits, inflated),
  };
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * yauzl refuses a zip whose end-of-central-directory record declares a comment length other than the bytes that
 * follow it (bytes appended by an upload or mail tool, or a comment cut short); mammoth (JSZip) and Word read them.
 * The record is located here within the same window yauzl searches (the last 64 KiB + 22 bytes), accepted only if
 * the central directory it points at ends exactly where the record starts, and the bytes handed on end where its
 * comment really ends. Everything else (entries, names, sizes, CRCs) is still judged by yauzl and the caps below;
 * the copy is bounded by maxFileBytes and the caller's bytes are never modified.
 */
export function withHonestComment(buffer: Buffer): { buffer: Buffer; repaired?: string } {
  const stop = Math.max(0, buffer.length - EOCD_SIZE - MAX_COMMENT);
  for (let i = buffer.length - EOCD_SIZE; i >= stop; i--) {
    if (buffer.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const declared = buffer.readUInt16LE(i + 20);
    const present = buffer.length - i - EOCD_SIZE;
    // The common case, and every case yauzl already accepts, goes through untouched.
    if (declared === present) return { buffer };
    // A signature inside a comment or in trailing junk is not the record.
    if (buffer.readUInt32LE(i + 16) + buffer.readUInt32LE(i + 12) !== i) continue;
    const comment = Math.min(declared, present);
    const fixed = Buffer.from(buffer.subarray(0, i + EOCD_SIZE + comment));
    fixed.writeUInt16LE(comment, i + 20);
    return { buffer: fixed, repaired: `comment length ${declared} declared, ${present} bytes present` };
  }
  return { buffer };
}

function fromBuffer(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Sizes are checked by our own counter below; yauzl only hands over the raw bytes of each entry.
    const options = { lazyEntries: true, decodeStrings: true, validateEntrySizes: false, strictFileNames: true };
    yauzl.fromBuffer(buffer, options, (err, zip) => {
      if (err || !zip) {
        // A file that starts like a zip but has no end record was cut short; anything else is not a zip at all.
        const looksZip = buffer[0] === 0x50 && buffer[1] === 0x4b;
        reject(new CodedError(looksZip ? "docx.corrupt" : "docx.notZip", err?.message));
      } else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile, maxEntries: number): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > maxEntries) {
    return Promise.reject(new CodedError("docx.tooManyEntries", `${zip.entryCount} entries`));
  }
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      const key = entry.fileName.toLowerCase();
      // Two entries with one name let different tools see different documents; Word never writes that.
      if (entries.has(key)) return fail(new CodedError("docx.corrupt", `duplicate entry ${entry.fileName}`));
      if (!key.endsWith("/")) entries.set(key, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", (err: unknown) => fail(zipError(err)));
    zip.readEntry();
    function fail(error: CodedError): void {
      zip.removeAllListeners("entry");
      reject(error);
    }
  });
}

async function* readEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry | undefined,
  name: string,
  limits: ZipLimits,
  inflated: { total: number },
): AsyncGenerator<Uint8Array> {
  if (!entry) throw new CodedError("docx.corrupt", `missing part ${name}`);
  if (entry.isEncrypted()) throw new CodedError("docx.encrypted", `encrypted entry ${name}`);
  if (entry.uncompressedSize > limits.maxPartInflatedBytes) {
    throw new CodedError("docx.zipBomb", `${name} declares ${entry.uncompressedSize} bytes`);
  }
  const stream = await openStream(zip, entry);
  let partBytes = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      partBytes += chunk.length;
      inflated.total += chunk.length;
      if (
        partBytes > entry.uncompressedSize ||
        partBytes > limits.maxPartInflatedBytes ||
        inflated.total > limits.maxTotalInflatedBytes
      ) {
        const detail = `${name} inflated to ${partBytes}+ bytes, declared ${entry.uncompressedSize}`;
        throw new CodedError("docx.zipBomb", detail);
      }
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (err) {
    throw zipError(err);
  } finally {
    stream.destroy();
  }
  if (partBytes !== entry.uncompressedSize) throw new CodedError("docx.corrupt", `${name} is shorter than declared`);
  if (crc >>> 0 !== entry.crc32 >>> 0) throw new CodedError("docx.corrupt", `CRC mismatch in ${name}`);
}

/** yauzl 3's raw-bytes option; @types/yauzl still describes yauzl 2. */
type OpenRaw = (
  entry: yauzl.Entry,
  options: { decodeFileData: false },
  callback: (err: Error | null, stream?: Readable) => void,
) => void;

/**
 * Larger than zlib's 16 KiB default: each chunk is a round trip through libuv's thread pool that the parser waits
 * for (a 300-page document.xml took 34 at 64 KiB), and a chunk's decoded text is then large enough for V8 to keep
 * out of the young generation. Still one bounded buffer, and small enough that a part refused early (too deep, a
 * lying size) is refused within its first chunk.
 */
const INFLATE_CHUNK = 192 * 1024;

function openStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return Promise.reject(new CodedError("docx.corrupt", `compression method ${entry.compressionMethod}`));
  }
  return new Promise((resolve, reject) => {
    (zip.openReadStream as unknown as OpenRaw).call(zip, entry, { decodeFileData: false }, (err, raw) => {
      if (err || !raw) return reject(zipError(err));
      if (entry.compressionMethod === 0) return resolve(raw);
      // pipeline tears both streams down when the consumer stops early or either side fails.
      resolve(pipeline(raw, createInflateRaw({ chunkSize: INFLATE_CHUNK }), () => {}));
    });
  });
}

/** Maps yauzl/zlib failures (plain Errors with prose messages) onto the closed set of codes. */
function zipError(err: unknown): CodedError {
  if (err instanceof CodedError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/^(invalid characters in fileName|absolute path|invalid relative path)/.test(message)) {
    return new CodedError("docx.unsafePath", message);
  }
  if (/encrypt/i.test(message)) return new CodedError("docx.encrypted", message);
  return new CodedError("docx.corrupt", message);
}
