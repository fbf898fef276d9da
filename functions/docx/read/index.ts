export { readDocx, type DocxReadResult, type DocxReadError } from "./read-docx";
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
