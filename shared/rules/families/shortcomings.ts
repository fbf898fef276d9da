import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, say } from "../finding";
import { headingOf, judgedLines } from "../analysis/section-content";
import { hasPhrase, words } from "../text";

/** shortcomings.field: section II should name at least one CCHC field (name or alias of campaign.fields). */
export function shortcomingsRule(ctx: RuleContext): Finding[] {
  const { analysis: a, campaign } = ctx;
  const lines = judgedLines(a, "II");
  if (lines.length === 0) return [];
  const phrases = campaign.fields.flatMap((f) => [f.name, ...f.aliases]).map(words);
  if (lines.some((l) => phrases.some((p) => hasPhrase(l.words, p)))) return [];
  const examples = [...campaign.fields]
    .sort((x, y) => x.name.length - y.name.length)
    .slice(0, 3)
    .map((f) => `“${f.name.charAt(0).toLowerCase()}${f.name.slice(1)}”`)
    .join(", ");
  const heading = headingOf(a, "II");
  const text = say("shortcomings.field", { section: "II", examples });
  return [finding("shortcomings.field", text, { section: "II", ...(heading ? at(heading) : {}) })];
}
