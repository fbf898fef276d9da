import { CodedError } from "../../shared/errors/codes";
import type { Finding } from "../../shared/model/findings";

/** What the pane shows for a failed call: a stable code and, from the server, its own messages and findings. */
export interface PaneError {
  code: string;
  message?: string;
  messageEn?: string;
  status?: number;
  findings?: Finding[];
}

export function toPaneError(e: unknown): PaneError {
  // A CodedError's message is for logs ("office.failed: GeneralException …"); the catalogue gives the user's text.
  if (e instanceof CodedError) return { code: e.code };
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") return e as PaneError;
  return { code: "http.internal", message: e instanceof Error ? e.message : String(e) };
}
