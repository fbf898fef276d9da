/**
 * Caps on what a read document may hold, checked on the model before any rule runs: a few kilobytes of zip can
 * inflate to millions of paragraphs or tens of megabytes of text, and every rule walks all of it. Real reports are a
 * few dozen pages (a 300-page document is ~15,000 paragraphs and ~1,000,000 characters), so the caps leave room.
 * The server and the CLI apply the same caps; only the server also reads in a worker thread with a heap limit.
 */
import type { DocumentModel, Paragraph } from "../shared/model/document";
import { CodedError } from "../shared/errors/codes";
import { errorText } from "../shared/errors/messages";
import { readDocx, type DocxLimits, type DocxReadResult } from "./read";

export interface TextCaps {
  maxParagraphs: number;
  maxTextChars: number;
}

export const DEFAULT_TEXT_CAPS: TextCaps = Object.freeze({ maxParagraphs: 50_000, maxTextChars: 3_000_000 });

function* paragraphs(model: DocumentModel): Generator<Paragraph> {
  for (const b of model.blocks) {
    if (b.type === "paragraph") yield b;
    else for (const row of b.rows) for (const cell of row.cells) yield* cell.paragraphs;
  }
}

/** Throws docx.tooLarge naming the cap that was passed (the detail goes to the log, the code to the client). */
export function checkTextCaps(model: DocumentModel, caps: TextCaps): void {
  let count = 0;
  let chars = 0;
  for (const p of paragraphs(model)) {
    if (++count > caps.maxParagraphs) {
      throw new CodedError("docx.tooLarge", `more than ${caps.maxParagraphs} paragraphs`);
    }
    chars += p.text.length;
    if (chars > caps.maxTextChars) {
      throw new CodedError("docx.tooLarge", `more than ${caps.maxTextChars} characters of text`);
    }
  }
}

/** readDocx, then the text caps: what the server's worker and the CLI both call. */
export async function readDocxCapped(
  bytes: Uint8Array,
  limits: Partial<DocxLimits> = {},
  caps: TextCaps = DEFAULT_TEXT_CAPS,
): Promise<DocxReadResult> {
  const read = await readDocx(bytes, limits);
  if (!read.ok) return read;
  try {
    checkTextCaps(read.model, caps);
  } catch (err) {
    const detail = err instanceof CodedError ? err.message.slice("docx.tooLarge: ".length) : String(err);
    return { ok: false, error: { code: "docx.tooLarge", ...errorText("docx.tooLarge"), detail } };
  }
  return read;
}
