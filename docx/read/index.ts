export { readDocx, type DocxReadResult, type DocxReadError } from "./read-docx";
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
export { readerWarningText, READER_WARNING_CODES, type ReaderWarning, type ReaderWarningCode } from "./warnings";
