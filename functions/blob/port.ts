/**
 * Content-addressed store of original documents. Adapters: ./disk.ts (default, atomic temp+rename) and
 * ./azure-blob.ts (Azure Blob Storage). One contract suite runs against both (test/contract/blob.contract.ts).
 */
export interface DocumentBlobStore {
  readonly kind: "disk" | "azure-blob";
  /** Stores bytes under their sha256 (hex); storing the same bytes twice is a no-op. Returns the sha256. */
  put(bytes: Uint8Array): Promise<string>;
  /** Keys must be 64 hex characters; anything else is refused with a RangeError (no path tricks). */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
  close(): Promise<void>;
}

export class BlobUnavailableError extends Error {
  /** `detail` says what failed for operators' logs ("disk full (ENOSPC)"); never shown to users. */
  constructor(cause?: unknown, detail?: string) {
    super(detail ? `document store unavailable: ${detail}` : "document store unavailable", { cause });
    this.name = "BlobUnavailableError";
  }
}
