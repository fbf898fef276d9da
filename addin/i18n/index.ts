import { createContext, useContext } from "react";
import { errorText } from "../../shared/errors/messages";
import { ERROR_CODES, type ErrorCode } from "../../shared/errors/codes";
import { en } from "./en";
import { vi } from "./vi";

export type Strings = typeof vi;
export type Lang = "vi" | "en";

/** Vietnamese unless Office's UI language is something else ("en-US", "fr-FR" …). */
export function langOf(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

export function stringsFor(lang: Lang): Strings {
  return lang === "vi" ? vi : en;
}

export const LangContext = createContext<Lang>("vi");

export function useStrings(): Strings {
  return stringsFor(useContext(LangContext));
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A message for an error value: the catalogue's text for known codes, else what the server said. */
export function messageFor(lang: Lang, e: { code: string; message?: string; messageEn?: string }): string {
  if ((ERROR_CODES as readonly string[]).includes(e.code)) {
    const t = errorText(e.code as ErrorCode);
    return lang === "vi" ? t.message : t.messageEn;
  }
  return (lang === "vi" ? e.message : e.messageEn) ?? e.message ?? e.code;
}
