import { CodedError } from "../../shared/errors/codes";
import { officeGlobals, type OfficeErrorLike, type OfficeNamespace, type RequestContext, type WordNamespace } from "./office";

/**
 * The one door to Word: every adapter function goes through here, so the Word.run promise is always returned (never
 * dropped) and Office's errors arrive as CodedError values with stable codes.
 */
export function runWord<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
  try {
    return wordApi().run(batch).catch((e: unknown) => Promise.reject(toCodedError(e)));
  } catch (e) {
    return Promise.reject(toCodedError(e));
  }
}

export function wordApi(): WordNamespace {
  const w = officeGlobals().Word;
  if (!w) throw new CodedError("office.unavailable", "Word global is missing");
  return w;
}

export function officeApi(): OfficeNamespace {
  const o = officeGlobals().Office;
  if (!o) throw new CodedError("office.unavailable", "Office global is missing");
  return o;
}

function isOfficeError(e: unknown): e is OfficeErrorLike {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

export function toCodedError(e: unknown): CodedError {
  if (e instanceof CodedError) return e;
  if (isOfficeError(e)) {
    // ApiNotFound / NotImplemented: the host lacks the method (requirement set missing at runtime).
    const code = e.code === "ApiNotFound" || e.code === "NotImplemented" ? "office.unsupported" : "office.failed";
    return new CodedError(code, `${e.code}: ${e.message}`, { officeCode: e.code, location: e.debugInfo?.errorLocation });
  }
  return new CodedError("office.failed", e instanceof Error ? e.message : String(e));
}
