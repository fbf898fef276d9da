/**
 * Content-addressed store of original documents. Adapters: ./disk.ts (default, atomic temp+rename) and
 * ./azure-blob.ts (Azure Blob Storage). One contract suite runs against both (test/contract/blob.contract.ts).
 */
export interface DocumentBlobStore {
  readonly kind: "disk" | "azure-blob";
  /** Stores bytes under their sha256 (hex); storing the same bytes twice is a no-op. Returns the sha256. */
  put(bytes: Uint8Array): Promise<string>;
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
  close(): Promise<void>;
}

export class BlobUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("document store unavailable", { cause });
    this.name = "BlobUnavailableError";
  }
}
