import type { Finding } from "../model/findings";
import type { RuleContext } from "./context";
import { statesUnitCount } from "./counts";
import { at, finding, say } from "./finding";
import { headingOf, judgedLines } from "./section-content";

/** results.count: section I must state how many (or what share of) units were inspected. */
export function resultsRule(ctx: RuleContext): Finding[] {
  const { analysis: a } = ctx;
  const lines = judgedLines(a, "I");
  if (lines.length === 0 || lines.some((l) => statesUnitCount(l.text))) return [];
  const heading = headingOf(a, "I");
  return [finding("results.count", say("results.count", { section: "I" }), { section: "I", ...(heading ? at(heading) : {}) })];
}
