/** Reading what a client sent, with every refusal as a coded error (never a crash on hostile input). */
import type { z } from "zod";
import { CodedError, type ErrorCode } from "../../shared/errors/codes";

export function param(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  if (!value) throw new CodedError("http.notFound", `missing route parameter ${name}`);
  return value;
}

/** One query-string parameter, or null. */
export function query(req: Request, name: string): string | null {
  return new URL(req.url).searchParams.get(name);
}

/** The media type without parameters, lower-case ("application/json"), or "" when absent. */
export function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function requireMediaType(req: Request, expected: string): void {
  if (mediaType(req) !== expected) throw new CodedError("http.unsupportedMediaType", `expected ${expected}`);
}

/**
 * The body, refused with 413 when over `maxBytes`. The declared length is checked before anything is read; the
 * local host has already capped the bytes it buffered, and the Azure host buffers within its own limit.
 */
export async function readBody(req: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = req.headers.get("content-length");
  if (declared && Number(declared) > maxBytes) throw new CodedError("http.payloadTooLarge", `limit ${maxBytes} bytes`);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new CodedError("http.payloadTooLarge", `limit ${maxBytes} bytes`);
  return bytes;
}

/** JSON bodies are small: they get their own cap well under the upload limit. */
const MAX_JSON_BYTES = 64 * 1024;

export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  requireMediaType(req, "application/json");
  return parseJson(new TextDecoder().decode(await readBody(req, MAX_JSON_BYTES)), schema, "http.badRequest", "(body)");
}

/** JSON text judged by a schema; malformed text and every schema issue are one coded refusal (`code`). */
export function parseJson<S extends z.ZodType>(text: string, schema: S, code: ErrorCode, root: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CodedError(code, "malformed JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || root}: ${i.message}`);
    throw new CodedError(code, issues.join("; "));
  }
  return parsed.data;
}
