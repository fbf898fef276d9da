import { errorText } from "../../shared/errors/messages";
import { ERROR_CODES, type ErrorCode } from "../../shared/errors/codes";
import type { Lang } from "./index";

/**
 * A message for an error value: the catalogue's text for known codes, else what the server said. The catalogue of
 * every code in both languages is shared with the server; only a pane that has an error to show loads it.
 */
export function messageFor(lang: Lang, e: { code: string; message?: string; messageEn?: string }): string {
  if ((ERROR_CODES as readonly string[]).includes(e.code)) {
    const t = errorText(e.code as ErrorCode);
    return lang === "vi" ? t.message : t.messageEn;
  }
  return (lang === "vi" ? e.message : e.messageEn) ?? e.message ?? e.code;
}
