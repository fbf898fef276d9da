/**
 * Google Docs and Drive for the add-on, through the official clients and with the USER's OAuth token from the event
 * (the add-on's scopes: the open document only), never a service account. Calls are retried by the sheet sync's
 * policy (sync/retry.ts: exponential backoff with jitter, Retry-After honoured) within an interactive budget, since
 * Google waits about 30 s for a card; failures become google.* codes.
 */
import { docs as docsApi, type docs_v1 } from "@googleapis/docs";
import { drive as driveApi } from "@googleapis/drive";
import { CodedError } from "../../shared/errors/codes";
import { failureOf, messages, retryable } from "../sync/google-sheets";
import { staticTokenAuth, NATIVE_FETCH } from "../sync/google-auth";
import { parseRetryAfter, withRetry, type RetryPolicy } from "../sync/retry";

/** A sidebar click: a few quick retries, all within about 10 s of waiting. */
export const INTERACTIVE_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4_000, budgetMs: 10_000 };
const REQUEST_TIMEOUT_MS = 15_000;
export const DOCX_EXPORT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface GoogleApiOptions {
  /** Only for a local test endpoint (config.ts refuses anything but loopback). */
  rootUrl?: string;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now: () => Date;
  log: (message: string) => void;
}

export interface UserDocs {
  get(documentId: string): Promise<docs_v1.Schema$Document>;
  batchUpdate(documentId: string, requests: docs_v1.Schema$Request[]): Promise<void>;
  exportDocx(fileId: string): Promise<Uint8Array>;
}

function coded(err: unknown): unknown {
  const f = failureOf(err);
  if (!f.fromClient) return err;
  const detail = `${f.status !== undefined ? `HTTP ${f.status}: ` : ""}${messages(err)}`;
  if (retryable(f)) return new CodedError("google.unavailable", detail);
  if (f.status === 401 || f.status === 403) return new CodedError("google.denied", detail);
  if (f.status === 404) return new CodedError("google.notFound", detail);
  return new CodedError("google.rejected", detail);
}

/** The clients for one request, acting as the user whose token came with the event. */
export function userDocs(accessToken: string, o: GoogleApiOptions): UserDocs {
  const common = {
    auth: staticTokenAuth(accessToken),
    ...(o.rootUrl ? { rootUrl: o.rootUrl } : {}),
    // One retry policy, ours; gaxios would otherwise retry GETs on its own.
    retry: false,
    timeout: REQUEST_TIMEOUT_MS,
    ...NATIVE_FETCH,
  };
  const docs = docsApi({ version: "v1", ...common });
  const drive = driveApi({ version: "v3", ...common });

  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      const { value } = await withRetry(fn, {
        policy: o.retry ?? INTERACTIVE_RETRY,
        sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        random: o.random ?? Math.random,
        judge: (err) => {
          const f = failureOf(err);
          if (!retryable(f)) return { retry: false };
          const after = parseRetryAfter(f.retryAfter, o.now().getTime());
          return after === undefined ? { retry: true } : { retry: true, retryAfterMs: after };
        },
        onRetry: (attempt, delay, err) => o.log(`google ${what}: attempt ${attempt} failed (${messages(err)}), retrying in ${delay} ms`),
      });
      return value;
    } catch (err) {
      throw coded(err);
    }
  }

  return {
    async get(documentId) {
      const res = await call("documents.get", () => docs.documents.get({ documentId }));
      return res.data;
    },
    async batchUpdate(documentId, requests) {
      await call("documents.batchUpdate", () => docs.documents.batchUpdate({ documentId, requestBody: { requests } }));
    },
    async exportDocx(fileId) {
      const res = await call("files.export", () =>
        drive.files.export({ fileId, mimeType: DOCX_EXPORT_TYPE }, { responseType: "arraybuffer" }),
      );
      // Compared by tag, not instanceof: the bytes may come from another realm (jest, worker threads).
      const data: unknown = res.data;
      if (Object.prototype.toString.call(data) !== "[object ArrayBuffer]") throw new CodedError("google.rejected", "files.export answered no bytes");
      return new Uint8Array(data as ArrayBuffer);
    },
  };
}
