/**
 * Documents in Azure Blob Storage (@azure/storage-blob 12.32), one block blob per sha256. A put is conditional on the
 * blob not existing (If-None-Match: *), so a second put of the same bytes, a retry, or a race between two servers
 * is answered 409/412 by the service and treated as done: content addressing makes the existing blob identical.
 */
import type { TokenCredential } from "@azure/core-auth";
import { DefaultAzureCredential } from "@azure/identity";
import {
  BlobServiceClient,
  type ContainerClient,
  type StorageRetryOptions,
  type StorageSharedKeyCredential,
} from "@azure/storage-blob";
import type { DocumentBlobStore } from "./port";
import { BlobUnavailableError } from "./port";
import { checkedKey, sha256Hex } from "./key";

export interface AzureBlobStoreOptions {
  container: string;
  /** Either a connection string (Azurite, account key) … */
  connectionString?: string;
  /** … or the account URL "https://<account>.blob.core.windows.net" with a credential (default: managed identity). */
  accountUrl?: string;
  credential?: TokenCredential | StorageSharedKeyCredential;
  /** SDK retry policy (defaults here: 3 tries, 500 ms growing to 5 s, 30 s per try). */
  retry?: StorageRetryOptions;
}

const DEFAULT_RETRY: StorageRetryOptions = { maxTries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 5000, tryTimeoutInMs: 30_000 };

/** The SDK's RestError carries the HTTP status; network failures carry none (code REQUEST_SEND_ERROR, AbortError). */
function statusOf(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

function unavailable(err: unknown, doing: string): BlobUnavailableError {
  const { code, name } = (err ?? {}) as { code?: unknown; name?: unknown };
  const status = statusOf(err);
  const what = status !== undefined ? `answered ${status} ${String(code ?? "")}` : `unreachable (${String(code ?? name)})`;
  return new BlobUnavailableError(err, `Azure Blob Storage ${what.trim()} while ${doing}`);
}

function serviceClient(opts: AzureBlobStoreOptions): BlobServiceClient {
  const options = { retryOptions: opts.retry ?? DEFAULT_RETRY };
  const { connectionString, accountUrl } = opts;
  if (connectionString !== undefined && accountUrl === undefined) {
    return BlobServiceClient.fromConnectionString(connectionString, options);
  }
  if (accountUrl !== undefined && connectionString === undefined) {
    return new BlobServiceClient(accountUrl, opts.credential ?? new DefaultAzureCredential(), options);
  }
  throw new TypeError("Azure Blob Storage needs exactly one of connectionString and accountUrl");
}

export async function openAzureBlobStore(opts: AzureBlobStoreOptions): Promise<DocumentBlobStore> {
  const container: ContainerClient = serviceClient(opts).getContainerClient(opts.container);
  try {
    await container.createIfNotExists();
  } catch (err) {
    throw unavailable(err, `creating container ${opts.container}`);
  }
  const blob = (key: string) => container.getBlockBlobClient(key);

  return {
    kind: "azure-blob",
    async put(bytes) {
      const key = sha256Hex(bytes);
      try {
        await blob(key).upload(bytes, bytes.byteLength, {
          conditions: { ifNoneMatch: "*" },
          blobHTTPHeaders: { blobContentType: "application/octet-stream" },
        });
      } catch (err) {
        const status = statusOf(err);
        if (status !== 409 && status !== 412) throw unavailable(err, `storing ${key}`);
      }
      return key;
    },
    async get(sha256) {
      const key = checkedKey(sha256);
      try {
        const buffer = await blob(key).downloadToBuffer();
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch (err) {
        if (statusOf(err) === 404) return undefined;
        throw unavailable(err, `reading ${key}`);
      }
    },
    async has(sha256) {
      const key = checkedKey(sha256);
      try {
        return await blob(key).exists();
      } catch (err) {
        throw unavailable(err, `checking ${key}`);
      }
    },
    close: () => Promise.resolve(),
  };
}
