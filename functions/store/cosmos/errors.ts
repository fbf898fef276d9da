/**
 * Reading @azure/cosmos failures: which are expected protocol answers (404, 409, 412 drive the write protocol) and
 * which mean the service is unavailable (throttling left after the SDK's own retries, timeouts, 5xx, auth refused,
 * network down) and become StoreUnavailableError → HTTP 503 with Retry-After.
 */
import { StoreUnavailableError } from "../port";

const UNAVAILABLE_STATUSES = new Set([401, 403, 408, 410, 429, 449, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "REQUEST_SEND_ERROR",
]);

/** The HTTP status of a Cosmos ErrorResponse (its `code` is the status number), or undefined for non-HTTP errors. */
export function cosmosStatus(err: unknown): number | undefined {
  const { code, statusCode } = (err ?? {}) as { code?: unknown; statusCode?: unknown };
  if (typeof code === "number") return code;
  if (typeof statusCode === "number") return statusCode;
  return undefined;
}

export const isConflict = (err: unknown): boolean => cosmosStatus(err) === 409;
export const isPreconditionFailed = (err: unknown): boolean => cosmosStatus(err) === 412;
export const isNotFound = (err: unknown): boolean => cosmosStatus(err) === 404;

function networkCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, name } = e as { code?: unknown; name?: unknown };
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
    if (name === "AbortError" || name === "TimeoutError") return String(name);
  }
  return undefined;
}

export function toCosmosStoreError(err: unknown): unknown {
  if (err instanceof StoreUnavailableError) return err;
  const status = cosmosStatus(err);
  if (status !== undefined && UNAVAILABLE_STATUSES.has(status)) {
    return new StoreUnavailableError(err, `Cosmos DB answered ${status}`);
  }
  const network = networkCode(err);
  if (network !== undefined) return new StoreUnavailableError(err, `Cosmos DB unreachable (${network})`);
  return err;
}
