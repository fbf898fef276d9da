/**
 * Stable error codes: a closed union. Messages live in the catalogues (messages.vi.ts / messages.en.ts), never at the
 * throw site; HTTP statuses live in one table in functions/.
 */
export const ERROR_CODES = [
  "docx.notZip",
  "docx.encrypted",
  "docx.tooLarge",
  "docx.zipBomb",
  "docx.tooManyEntries",
  "docx.corrupt",
  "docx.doctype",
  "docx.xmlTooDeep",
  "docx.notWordDocument",
  "docx.unsafePath",
  // Backend HTTP contract (functions/app/errors.ts maps each to a status).
  "report.invalid",
  "auth.missingToken",
  "auth.invalidToken",
  "auth.expiredToken",
  "auth.insufficientScope",
  "auth.noRole",
  "auth.keysUnavailable",
  "auth.forbidden",
  "http.notFound",
  "http.methodNotAllowed",
  "http.badRequest",
  "http.payloadTooLarge",
  "http.unsupportedMediaType",
  "http.internal",
  "campaign.notFound",
  "unit.notFound",
  "submission.notFound",
  "idempotency.invalidKey",
  "idempotency.conflict",
  "store.unavailable",
  // POST …/submissions as multipart/form-data with contested findings (functions/app/submission/multipart.ts).
  "multipart.malformed",
  "multipart.unknownPart",
  "multipart.duplicatePart",
  "multipart.missingDocument",
  "contest.invalid",
  // Per-instance limits (functions/limits): a full queue or byte budget is 503, a per-account rate limit 429.
  "server.busy",
  "http.tooManyRequests",
  "config.invalid",
  // A malformed ISO date or instant handed to shared/dates (a caller bug, never user text).
  "date.invalid",
  "file.notFound",
  "file.unreadable",
  // The rule engine failed on a readable document (a bug): reported per file so the other files still get checked.
  "check.failed",
  "campaign.invalid",
  "campaign.noDeadlineRule",
  "unit.invalid",
  // Word add-in (addin/word wraps Office.js failures; addin/api wraps network failures).
  "office.unavailable",
  "office.unsupported",
  "office.failed",
  "office.fileUnsupported",
  "office.fileFailed",
  "office.staleLocation",
  "api.unreachable",
  // The server answered but its CORS list does not include the pane's origin (a configuration problem, not the network).
  "api.originRefused",
  "api.badResponse",
  // Google Sheet sync (functions/sync): shown in GET /api/campaigns/{id}/sync, never as an HTTP error of a request.
  "sheets.unavailable",
  "sheets.denied",
  "sheets.notFound",
  "sheets.rejected",
  "sheets.writeFailed",
  // The secretariat's desk: only a unit's latest version can be accepted or returned.
  "review.notLatest",
  // Google Docs / Drive called by the Google Workspace add-on with the user's own token (functions/gworkspace).
  "google.unavailable",
  "google.denied",
  "google.notFound",
  "google.rejected",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as a value: what readers and handlers return or throw. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Technical detail (which part, which cap): kept apart so nobody parses it back out of the message. */
    readonly detail?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "CodedError";
  }
}
