export { extractReport, type ExtractOptions } from "./extract";
export { EXTRACT_VERSION, ReportExtractSchema, type ReportExtract, type Remedy, type Shortcoming } from "./schema";
export { compileSummary, type SummaryInput, type SummaryReport } from "./compile";
export { buildSummaryDoc, issuerOf, OVERDUE_REMEDY, SUMMARY_SUBJECT, type SummaryDocOptions } from "./document";
export { identifyReport, type Identified } from "./identify";
