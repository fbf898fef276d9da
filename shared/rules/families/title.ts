import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, near, say } from "../finding";

/** title.missing: the "BÁO CÁO" type name and a subject line about (self-)inspection of CCHC. */
export function titleRule(ctx: RuleContext): Finding[] {
  const { title } = ctx.analysis;
  const { typeName, subject } = ctx.campaign.outline;
  if (title.typeName && title.subject.length > 0) return [];
  const params = { typeName, subject };
  if (!title.typeName) {
    const first = title.subject[0];
    const id = first ? "title.missing/typeName" : "title.missing/both";
    // Nothing of the title: point where it belongs, at the first line after the header (or the first heading).
    const a = ctx.analysis;
    const where = first ? at(first) : near(...a.lines.slice(a.preamble.from, a.preamble.from + 3), a.sections[0]?.heading);
    return [finding("title.missing", say(id, params), { section: "title", ...where })];
  }
  return [finding("title.missing", say("title.missing/subject", params), { section: "title", ...at(title.typeName) })];
}
