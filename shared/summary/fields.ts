import type { Campaign } from "../campaign/schema";
import { hasPhrase, words } from "../rules/text";

/** Finds the campaign's CCHC fields a text names, by name or alias, as the shortcomings rule matches them. */
export type FieldMatcher = (text: string) => string[];

export function fieldMatcher(campaign: Campaign): FieldMatcher {
  const phrases = campaign.fields.map((f) => ({ key: f.key, phrases: [f.name, ...f.aliases].map(words).filter(Boolean) }));
  const firstAt = (w: string, ps: readonly string[]) =>
    Math.min(...ps.map((p) => (hasPhrase(w, p) ? ` ${w} `.indexOf(` ${p} `) : Infinity)));
  const named = (text: string) =>
    phrases
      .map((f) => ({ key: f.key, at: firstAt(words(text), f.phrases) }))
      .filter((m) => m.at !== Infinity)
      .sort((x, y) => x.at - y.at)
      .map((m) => m.key);
  return (text) => {
    // "- Lĩnh vực chính quyền số: … giải quyết TTHC còn thấp": the field named before the colon is the subject.
    const colon = text.indexOf(":");
    if (colon > 0) {
      const lead = named(text.slice(0, colon));
      if (lead.length > 0) return lead;
    }
    return named(text);
  };
}
