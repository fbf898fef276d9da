import type { Finding } from "../model/findings";
import type { RuleContext } from "./context";
import { at, finding, say } from "./finding";
import { isContent, sectionTitle, spanLines } from "./section-content";
import { clip } from "./text";

/** section.missing, section.order, section.duplicate, section.empty(Optional), section.placeholder. */
export function sectionsRule(ctx: RuleContext): Finding[] {
  const { analysis: a, campaign } = ctx;
  const out: Finding[] = [];
  const order = campaign.outline.sections.map((s) => s.key);
  const title = (key: (typeof order)[number]) => sectionTitle(campaign, key);

  for (const m of a.missing) {
    if (!m.required) continue;
    const fix = { kind: "insertSection" as const, section: m.key, beforeBlock: m.beforeBlock };
    if (fix.beforeBlock === undefined) delete fix.beforeBlock;
    out.push(finding("section.missing", say("section.missing", { title: title(m.key) }), { section: m.key, fix }));
  }

  let furthest: (typeof a.sections)[number] | undefined;
  for (const span of a.sections) {
    const where = { section: span.key, ...at(span.heading) };
    if (span.duplicate) {
      out.push(finding("section.duplicate", say("section.duplicate", { title: title(span.key) }), where));
      continue;
    }
    const rank = order.indexOf(span.key);
    if (furthest && rank < order.indexOf(furthest.key)) {
      out.push(finding("section.order", say("section.order", { title: title(span.key), after: title(furthest.key) }), where));
    } else furthest = span;
    if (!spanLines(a, span).some(isContent)) {
      const required = campaign.outline.sections.find((s) => s.key === span.key)?.required ?? true;
      const code = required ? "section.empty" : "section.emptyOptional";
      out.push(finding(code, say(code, { title: title(span.key) }), where));
    }
  }
  return [...out, ...placeholderFindings(ctx)];
}

function placeholderFindings(ctx: RuleContext): Finding[] {
  const { analysis: a } = ctx;
  const sectionOf = (index: number) => a.sections.find((s) => index >= s.from && index < s.to)?.key;
  const out: Finding[] = [];
  for (const [index, hit] of a.placeholders) {
    const line = a.lines[index]!;
    const key = sectionOf(index);
    if (hit.kind === "guidance") {
      const text = say("section.placeholder/guidance", { section: key ?? hit.key, text: clip(line.text, 70) });
      out.push(finding("section.placeholder", text, { section: key, ...at(line) }));
    } else {
      const where = key ? `trong mục ${key}` : "ở phần mở đầu";
      const whereEn = key ? `in section ${key}` : "in the introduction";
      const text = say("section.placeholder/token", { where, whereEn, token: hit.token });
      out.push(finding("section.placeholder", text, { section: key, ...at(line, hit.start, hit.end) }));
    }
  }
  return out;
}
