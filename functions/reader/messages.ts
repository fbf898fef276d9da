/** What the reader thread and the pool send each other; parsed with zod on receipt like any other boundary. */
import { z } from "zod";
import type { DocumentModel } from "../../shared/model/document";
import { ERROR_CODES } from "../../shared/errors/codes";
import { READER_WARNING_CODES } from "../../docx/read/stages/warnings";

export const ReadJobSchema = z.object({
  id: z.number().int(),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "not bytes"),
  maxFileBytes: z.number().int().positive(),
  maxParagraphs: z.number().int().positive(),
  maxTextChars: z.number().int().positive(),
});
export type ReadJob = z.infer<typeof ReadJobSchema>;

// The model is our own reader's output (schema-shaped by construction); a full parse of 50,000 paragraphs would cost
// more than the read, so only its envelope is checked here.
const ModelSchema = z.custom<DocumentModel>(
  (v) => typeof v === "object" && v !== null && Array.isArray((v as { blocks?: unknown }).blocks),
  "not a document model",
);

export const ReadReplySchema = z.object({
  id: z.number().int(),
  result: z.discriminatedUnion("ok", [
    z.object({
      ok: z.literal(true),
      model: ModelSchema,
      // What the reader skipped or repaired travels back too: a forgiven damage is never silent.
      warnings: z.array(z.object({ code: z.enum(READER_WARNING_CODES), part: z.string().optional(), detail: z.string().optional() })),
    }),
    z.object({
      ok: z.literal(false),
      error: z.object({
        code: z.enum(ERROR_CODES),
        message: z.string(),
        messageEn: z.string(),
        detail: z.string().optional(),
      }),
    }),
  ]),
});
export type ReadReply = z.infer<typeof ReadReplySchema>;
