export { extractReport, type ExtractOptions } from "./extract";
export { EXTRACT_VERSION, ReportExtractSchema, type ReportExtract, type Remedy, type Shortcoming } from "./schema";
