import type { DocumentReader } from "../../docx/worker/pool";
import { toCalendarDate } from "../../../shared/dates/calendar";
import { CodedError } from "../../../shared/errors/codes";
import type { Campaign } from "../../../shared/campaign/schema";
import type { Finding } from "../../../shared/model/findings";
import { checkDocument } from "../../../shared/rules";

export interface UploadCheck {
  campaign: Campaign;
  now: Date;
  maxBytes: number;
  /** The instance's bounded reader (deps.reader): worker threads, documents in flight capped, text caps. */
  reader: DocumentReader;
  /** Receives the reader's technical detail of a refusal (which part, which cap): for operators, not clients. */
  log: (message: string) => void;
}

/**
 * The server's own verdict on uploaded bytes: the hardened reader, then the one rule engine in shared/. An unreadable
 * file throws its docx.* code; findings are returned as they are (the caller decides what an error means).
 */
export async function checkUpload(bytes: Uint8Array, c: UploadCheck): Promise<Finding[]> {
  const read = await c.reader.read(bytes, { maxFileBytes: c.maxBytes });
  if (!read.ok) {
    if (read.error.detail) c.log(`${read.error.code}: ${read.error.detail}`);
    throw new CodedError(read.error.code);
  }
  return checkDocument(read.model, c.campaign, { referenceDate: toCalendarDate(c.now.toISOString()) });
}
