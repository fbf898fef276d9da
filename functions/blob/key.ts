/** Content addresses: the sha256 of the bytes, as 64 lower-case hex characters. Nothing else is ever a key. */
import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Keys end up in file paths and blob names, so anything but 64 hex characters ("../", "%2e", NUL) is refused before
 * it reaches the file system or the network. Upper-case hex is accepted and normalised.
 */
export function checkedKey(key: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(key)) throw new RangeError("a document key is 64 hex characters (sha256)");
  return key.toLowerCase();
}
