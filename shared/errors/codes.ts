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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as a value: what readers and handlers return or throw. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "CodedError";
  }
}
