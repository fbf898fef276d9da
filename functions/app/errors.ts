/**
 * The one table from stable error codes to HTTP statuses, and the one way an error becomes a response body:
 * {"error": {"code", "message", "messageEn", ...}} with the texts from the shared catalogue.
 */
import { BlobUnavailableError } from "../blob/port";
import { StoreUnavailableError } from "../store/port";
import { CodedError, type ErrorCode } from "../../shared/errors/codes";
import { errorText } from "../../shared/errors/messages";
import { json } from "./respond";

const STATUS: Partial<Record<ErrorCode, number>> = {
  "report.invalid": 422,
  "auth.missingToken": 401,
  "auth.invalidToken": 401,
  "auth.expiredToken": 401,
  "auth.insufficientScope": 403,
  "auth.noRole": 403,
  "auth.forbidden": 403,
  "auth.keysUnavailable": 503,
  "http.notFound": 404,
  "http.methodNotAllowed": 405,
  "http.badRequest": 400,
  "http.payloadTooLarge": 413,
  "http.unsupportedMediaType": 415,
  "http.internal": 500,
  "campaign.notFound": 404,
  "unit.notFound": 404,
  "submission.notFound": 404,
  "idempotency.invalidKey": 400,
  "idempotency.conflict": 409,
  "store.unavailable": 503,
  "multipart.malformed": 400,
  "multipart.unknownPart": 400,
  "multipart.duplicatePart": 400,
  "multipart.missingDocument": 400,
  "contest.invalid": 400,
  "server.busy": 503,
  "http.tooManyRequests": 429,
  "docx.tooLarge": 413,
  "review.notLatest": 409,
};

/** Codes not in the table: an unreadable upload (docx.*) is the client's 400, anything else is ours, 500. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? (code.startsWith("docx.") ? 400 : 500);
}

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** `extra` goes into the error object (findings, detail, allowed methods …). */
export function errorResponse(code: ErrorCode, extra: Record<string, unknown> = {}): Response {
  const status = statusOf(code);
  const headers: Record<string, string> = {};
  if (status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  // The rate limiter says when the account's next request will be let through.
  if (status === 429) {
    const wait = extra["retryAfterSec"];
    headers["Retry-After"] = String(typeof wait === "number" && wait > 0 ? wait : RETRY_AFTER_SECONDS);
  }
  if (status === 401) headers["WWW-Authenticate"] = `Bearer error="invalid_token"`;
  if (code === "auth.insufficientScope") headers["WWW-Authenticate"] = `Bearer error="insufficient_scope"`;
  return json(status, { error: { code, ...errorText(code), ...extra } }, headers);
}

export interface Classified {
  code: ErrorCode;
  status: number;
  /** Said to the client only for 4xx: it explains their request; 5xx details stay in the log. */
  extra: Record<string, unknown>;
  /** For the log. */
  internal?: string;
}

/** What a thrown value means for the client: storage outages are 503, coded errors their table status, bugs 500. */
export function classify(err: unknown): Classified {
  if (err instanceof StoreUnavailableError || err instanceof BlobUnavailableError) {
    return { code: "store.unavailable", status: 503, extra: {}, internal: err.message };
  }
  if (err instanceof CodedError) {
    const status = statusOf(err.code);
    // A full queue or budget is the limit doing its job: logging each refusal would grow the log with the flood.
    if (err.code === "server.busy") return { code: err.code, status, extra: {} };
    if (status >= 500) return { code: err.code, status, extra: {}, internal: err.message };
    return { code: err.code, status, extra: { ...(err.detail ? { detail: err.detail } : {}), ...(err.extra ?? {}) } };
  }
  // Duck-typed: errors thrown by native modules or another realm fail `instanceof Error`.
  const stack = typeof err === "object" && err !== null && "stack" in err ? err.stack : undefined;
  const internal = typeof stack === "string" ? stack : String(err);
  return { code: "http.internal", status: 500, extra: {}, internal };
}

/** `log` receives what the client is not told. */
export function toErrorResponse(err: unknown, log: (msg: string) => void): Response {
  const c = classify(err);
  if (c.internal) log(`${c.code}: ${c.internal}`);
  return errorResponse(c.code, c.extra);
}
