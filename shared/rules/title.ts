import type { Finding } from "../model/findings";
import type { RuleContext } from "./context";
import { at, finding, say } from "./finding";

/** title.missing: the "BÁO CÁO" type name and a subject line about (self-)inspection of CCHC. */
export function titleRule(ctx: RuleContext): Finding[] {
  const { title } = ctx.analysis;
  const { typeName, subject } = ctx.campaign.outline;
  if (title.typeName && title.subject.length > 0) return [];
  const params = { typeName, subject };
  if (!title.typeName) {
    const first = title.subject[0];
    const id = first ? "title.missing/typeName" : "title.missing/both";
    return [finding("title.missing", say(id, params), { section: "title", ...(first ? at(first) : {}) })];
  }
  return [finding("title.missing", say("title.missing/subject", params), { section: "title", ...at(title.typeName) })];
}
