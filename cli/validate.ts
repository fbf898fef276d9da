import type { Campaign } from "../shared/campaign/schema";
import { errorText } from "../shared/errors/messages";
import type { ErrorCode } from "../shared/errors/codes";
import type { DocumentModel } from "../shared/model/document";
import { hasErrors, type Finding } from "../shared/model/findings";
import { checkDocument } from "../shared/rules";
import { readerWarningText } from "../docx/read";
import { readDocxCapped } from "../docx/text-caps";
import { fsErrorCode, type CliIO } from "./io";

/** What the reader skipped or repaired in a file it could read, in the requested language. */
export interface ReaderNote {
  code: string;
  message: string;
}

/** One NDJSON line of `cchc validate --json` (the public contract). */
export type FileResult =
  | { file: string; ok: boolean; findings: Finding[]; readerWarnings: ReaderNote[] }
  | { file: string; ok: false; unreadable: { code: string; message: string } };

export interface CheckedFile {
  result: FileResult;
  /** The read document, for excerpts in the text listing. */
  doc?: DocumentModel;
}

function unreadable(file: string, code: ErrorCode, en: boolean, message?: string): CheckedFile {
  const text = errorText(code);
  return { result: { file, ok: false, unreadable: { code, message: message ?? (en ? text.messageEn : text.message) } } };
}

/** Reads and checks one file; never throws, so one bad file never stops the others. */
export async function checkFile(file: string, campaign: Campaign, io: CliIO, en: boolean): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    return unreadable(file, fsErrorCode(e) === "ENOENT" ? "file.notFound" : "file.unreadable", en);
  }
  // In-process (the user's own machine), but with the server's caps on paragraphs and text.
  const read = await readDocxCapped(bytes);
  if (!read.ok) return unreadable(file, read.error.code, en, en ? read.error.messageEn : read.error.message);
  let findings: Finding[];
  try {
    findings = checkDocument(read.model, campaign);
  } catch {
    return unreadable(file, "check.failed", en);
  }
  const readerWarnings = read.warnings.map((w) => ({ code: w.code, message: readerWarningText(w, en ? "en" : "vi") }));
  return { result: { file, ok: !hasErrors(findings), findings, readerWarnings }, doc: read.model };
}

/** 2 if any file is unreadable, else 1 if any report has errors, else 0. */
export function exitCodeFor(results: readonly FileResult[]): number {
  if (results.some((r) => "unreadable" in r)) return 2;
  return results.some((r) => !r.ok) ? 1 : 0;
}
