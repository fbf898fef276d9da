import type { SectionKey } from "../../campaign/schema";
import type { Finding, Fix } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, say } from "../finding";
import type { Line } from "../analysis/lines";
import { numberingOf } from "../analysis/numbering";
import { isContent, sectionTitle, spanLines } from "../analysis/section-content";
import type { Analysis, MissingSection, SectionSpan } from "../analysis/structure";
import { clip } from "../text";

/** section.missing, section.order, section.duplicate, section.empty(Optional), section.placeholder. */
export function sectionsRule(ctx: RuleContext): Finding[] {
  const { analysis: a, campaign } = ctx;
  const out: Finding[] = [];
  const order = campaign.outline.sections.map((s) => s.key);
  const title = (key: SectionKey) => sectionTitle(campaign, key);
  const required = (key: SectionKey) => campaign.outline.sections.find((s) => s.key === key)?.required ?? true;

  const heading = (key: SectionKey) => campaign.outline.sections.find((s) => s.key === key)?.heading ?? key;
  for (const m of a.missing) if (m.required) out.push(missingFinding(m, title(m.key), heading(m.key)));

  let furthest: SectionSpan | undefined;
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
      if (required(span.key)) out.push(finding("section.empty", say("section.empty", { title: title(span.key) }), where));
      else {
        const text = say("section.emptyOptional", { title: title(span.key), key: span.key });
        out.push(finding("section.emptyOptional", text, { ...where, fix: removeFix(a, span) }));
      }
    }
  }
  return [...out, ...placeholderFindings(ctx)];
}

/**
 * A missing section says where it belongs (between the sections around it, by their headings as written) and points
 * there. When a heading already stands in its place under other words, the advice is to rename that heading:
 * adding a second one would leave the content under the first and an empty new section.
 */
function missingFinding(m: MissingSection, title: string, heading: string): Finding {
  if (m.rename) {
    const text = say("section.missing/rename", { title, heading: clip(m.rename.text, 70), target: renamed(m.rename, heading) });
    return finding("section.missing", text, { section: m.key, ...at(m.rename) });
  }
  const name = (l: Line) => `“${clip(l.text, 60)}”`;
  const [where, whereEn] =
    m.after && m.before
      ? [`giữa mục ${name(m.after)} và mục ${name(m.before)}`, `between ${name(m.after)} and ${name(m.before)}`]
      : m.after
        ? [`sau mục ${name(m.after)}`, `after ${name(m.after)}`]
        : m.before
          ? [`trước mục ${name(m.before)}`, `before ${name(m.before)}`]
          : ["sau phần mở đầu", "after the introduction"];
  const fix: Fix = { kind: "insertSection", section: m.key };
  if (m.beforeBlock !== undefined) fix.beforeBlock = m.beforeBlock;
  return finding("section.missing", say("section.missing", { title, where, whereEn }), {
    section: m.key,
    ...(m.at ? at(m.at) : {}),
    fix,
  });
}

/**
 * The heading a stray should read: its own typed numeral kept ("2. " stays "2. ", so a report numbered 1–4 stays so),
 * the outline's words after it. A numeral from list numbering is not text and stays as it is.
 */
function renamed(line: Line, heading: string): string {
  const { numbering, restOffset } = numberingOf(line.text, line.para.listLabel);
  const prefix = numbering?.source === "text" ? line.text.slice(0, restOffset).trim() : "";
  return prefix ? `${prefix} ${heading}` : heading;
}

/**
 * "Xóa mục": the section's heading through its last line, when they are whole blocks of their own (a section laid
 * out inside a table shares blocks with others and is left to the clerk).
 */
function removeFix(a: Analysis, span: SectionSpan): Fix | undefined {
  if (span.heading.inTable) return undefined;
  const own = a.lines.slice(span.from, span.to);
  const toBlock = Math.max(span.heading.block, ...own.map((l) => l.block));
  const next = a.lines[span.to];
  if (next && next.block <= toBlock) return undefined;
  if (a.lines.some((l) => l.block === span.heading.block && l.index < span.heading.index)) return undefined;
  return { kind: "removeSection", section: span.key, fromBlock: span.heading.block, toBlock };
}

function placeholderFindings(ctx: RuleContext): Finding[] {
  const { analysis: a, campaign } = ctx;
  const spanOf = (index: number) => a.sections.find((s) => index >= s.from && index < s.to);
  const out: Finding[] = [];
  for (const [index, hit] of a.placeholders) {
    const line = a.lines[index]!;
    const span = spanOf(index);
    const key = span?.key;
    if (hit.kind === "guidance") {
      const outlineSection = campaign.outline.sections.find((s) => s.key === (key ?? hit.key));
      // An optional section holding nothing but the template's guidance: the unit may simply have nothing to say.
      const onlyGuidance = span && !outlineSection?.required && !spanLines(a, span).some((l) => isContent(l) && !a.placeholders.has(l.index));
      if (span && outlineSection && onlyGuidance) {
        const topic = outlineSection.heading.normalize("NFC").toLocaleLowerCase("vi");
        const text = say("section.placeholder/optional", { section: span.key, text: clip(line.text, 70), topic });
        out.push(finding("section.placeholder", text, { section: key, ...at(line), fix: removeFix(a, span) }));
        continue;
      }
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
