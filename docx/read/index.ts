export { readDocx, type DocxReadResult, type DocxReadError } from "./stages/read-docx";
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./stages/limits";
export { readerWarningText, READER_WARNING_CODES, type ReaderWarning, type ReaderWarningCode } from "./stages/warnings";
