import { createContext, useContext } from "react";
import { vi } from "./vi";

export type Strings = typeof vi;
export type Lang = "vi" | "en";

/** Vietnamese unless Office's UI language is something else ("en-US", "fr-FR" …). */
export function langOf(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/**
 * The catalogues this pane has loaded. Vietnamese is the first screen's language and ships with it; English is a
 * chunk fetched once, before the first render, by a pane whose Office speaks another language.
 */
const loaded: Partial<Record<Lang, Strings>> = { vi };

export async function loadStrings(lang: Lang): Promise<Strings> {
  loaded[lang] ??= lang === "en" ? (await import("./en")).en : vi;
  return loaded[lang];
}

/** The catalogue of `lang` once `loadStrings(lang)` has resolved; Vietnamese before that. */
export function stringsFor(lang: Lang): Strings {
  return loaded[lang] ?? vi;
}

export const LangContext = createContext<Lang>("vi");

export function useStrings(): Strings {
  return stringsFor(useContext(LangContext));
}

export function useLang(): Lang {
  return useContext(LangContext);
}
