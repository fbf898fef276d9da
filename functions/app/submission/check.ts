import type { DocumentReader } from "../../reader/pool";
import { toCalendarDate } from "../../../shared/dates/calendar";
import { CodedError } from "../../../shared/errors/codes";
import type { Campaign } from "../../../shared/campaign/schema";
import type { Finding } from "../../../shared/model/findings";
import type { DocumentModel } from "../../../shared/model/document";
import { checkDocument } from "../../../shared/rules";
import { analyse } from "../../../shared/rules/analysis/structure";
import { extractReport, type ReportExtract } from "../../../shared/summary";

export interface UploadCheck {
  campaign: Campaign;
  now: Date;
  maxBytes: number;
  /** The instance's bounded reader (deps.reader): worker threads, documents in flight capped, text caps. */
  reader: DocumentReader;
  /** The submitting unit's code in document numbers, for the examples in messages (absent: /api/validate). */
  unitCode?: string;
  /** Receives the reader's technical detail of a refusal (which part, which cap): for operators, not clients. */
  log: (message: string) => void;
}

/**
 * The server's own verdict on uploaded bytes: the hardened reader, then the one rule engine in shared/. An unreadable
 * file throws its docx.* code; findings are returned as they are (the caller decides what an error means).
 */
export async function checkUpload(bytes: Uint8Array, c: UploadCheck): Promise<Finding[]> {
  return (await checkAndExtract(bytes, c, false)).findings;
}

/**
 * The verdict and, for a submission, what the report says (shared/summary) from the same reading of the bytes.
 * The extract never blocks a report: if reading it fails, the summary reads the stored document again later.
 */
export async function checkAndExtract(
  bytes: Uint8Array,
  c: UploadCheck,
  extract = true,
): Promise<{ findings: Finding[]; extract?: ReportExtract }> {
  const model = await readUpload(bytes, c);
  const referenceDate = toCalendarDate(c.now.toISOString());
  // One pre-pass serves the check and the extract.
  const analysis = analyse(model, c.campaign);
  const findings = checkDocument(model, c.campaign, { referenceDate, analysis, ...(c.unitCode ? { unitCode: c.unitCode } : {}) });
  if (!extract) return { findings };
  try {
    return { findings, extract: extractReport(model, c.campaign, { referenceDate, analysis }) };
  } catch (err) {
    c.log(`summary extract failed: ${String(err)}`);
    return { findings };
  }
}

async function readUpload(bytes: Uint8Array, c: UploadCheck): Promise<DocumentModel> {
  const read = await c.reader.read(bytes, { maxFileBytes: c.maxBytes });
  if (!read.ok) {
    if (read.error.detail) c.log(`${read.error.code}: ${read.error.detail}`);
    throw new CodedError(read.error.code);
  }
  // Read despite damage (a lying zip comment, a broken theme): the operator sees what was forgiven.
  for (const w of read.warnings) c.log(`${w.code}${w.part ? ` ${w.part}` : ""}: ${w.detail ?? ""}`);
  return read.model;
}
