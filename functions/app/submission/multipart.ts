/**
 * POST …/submissions as multipart/form-data: exactly a `document` part (the .docx) and optionally a `contested` part
 * (JSON reasons). The body has already been read under the upload cap (readBody); @fastify/busboy walks it with its
 * own bounds (three parts at most, small headers, the reasons part capped), so a hostile body costs no more than a
 * raw upload of the same size. Any part other than these two, or one of them twice, is refused by name rather than
 * ignored: a client that sends something else has a bug worth seeing.
 */
import { Readable } from "node:stream";
import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { ContestRequestSchema, type ContestRequest } from "../../../shared/api/contest";
import { CodedError } from "../../../shared/errors/codes";
import { parseJson } from "../request";

export interface SubmissionParts {
  document: Uint8Array;
  contested: ContestRequest;
}

/** 50 reasons of 1,000 characters of up to 3 UTF-8 bytes each, and room for the JSON around them. */
const MAX_CONTESTED_BYTES = 256 * 1024;

type Part = "document" | "contested";
const PARTS: readonly string[] = ["document", "contested"];

export function parseSubmissionParts(body: Uint8Array, contentType: string, maxDocumentBytes: number): Promise<SubmissionParts> {
  return new Promise((resolve, reject) => {
    let busboy: ReturnType<typeof Busboy>;
    try {
      busboy = Busboy({
        headers: { "content-type": contentType },
        defCharset: "utf8",
        // By name, not by filename or type: curl, browsers and scripts label the .docx differently.
        isPartAFile: (name) => name === "document",
        limits: {
          parts: PARTS.length + 1,
          files: 2,
          fields: 2,
          fieldNameSize: 100,
          fieldSize: MAX_CONTESTED_BYTES,
          fileSize: maxDocumentBytes,
          headerPairs: 20,
        },
      });
    } catch (err) {
      return reject(new CodedError("multipart.malformed", err instanceof Error ? err.message : String(err)));
    }
    const seen = new Set<Part>();
    let document: Uint8Array | undefined;
    let contestedText: string | undefined;
    let documentDone: Promise<void> = Promise.resolve();
    let failed = false;
    const fail = (error: CodedError) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    // busboy hands over `undefined` for a part whose Content-Disposition has no name.
    const take = (raw: string | undefined): raw is Part => {
      const name = raw ?? "";
      if (!PARTS.includes(name)) {
        fail(new CodedError("multipart.unknownPart", `part "${name.slice(0, 100)}"`));
        return false;
      }
      if (seen.has(name as Part)) {
        fail(new CodedError("multipart.duplicatePart", `part "${name}"`));
        return false;
      }
      seen.add(name as Part);
      return true;
    };

    busboy.on("file", (name: string | undefined, stream: BusboyFileStream) => {
      if (!take(name)) return void stream.resume();
      documentDone = collect(stream).then(
        (bytes) => {
          if (stream.truncated) fail(new CodedError("http.payloadTooLarge", `limit ${maxDocumentBytes} bytes`));
          document = bytes;
        },
        (err: unknown) => fail(new CodedError("multipart.malformed", String(err))),
      );
    });
    busboy.on("field", (name: string | undefined, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
      if (!take(name)) return;
      if (valueTruncated) return fail(new CodedError("contest.invalid", `more than ${MAX_CONTESTED_BYTES} bytes`));
      contestedText = value;
    });
    busboy.on("partsLimit", () => fail(new CodedError("multipart.unknownPart", "too many parts")));
    busboy.on("error", (err: unknown) => fail(new CodedError("multipart.malformed", err instanceof Error ? err.message : String(err))));
    busboy.on("finish", () => {
      void documentDone.then(() => {
        if (failed) return;
        if (!document) return fail(new CodedError("multipart.missingDocument"));
        try {
          resolve({ document, contested: parseContested(contestedText) });
        } catch (err) {
          fail(err instanceof CodedError ? err : new CodedError("contest.invalid", String(err)));
        }
      });
    });
    Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)]).pipe(busboy);
  });
}

async function collect(stream: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** An absent or empty part contests nothing; anything else must be the schema's list. */
function parseContested(text: string | undefined): ContestRequest {
  if (text === undefined || text.trim() === "") return [];
  return parseJson(text, ContestRequestSchema, "contest.invalid", "(list)");
}
