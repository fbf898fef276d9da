import { compareDates, findVagueDeadlines, formatDate, type DeadlineMatch } from "../../dates";
import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, say } from "../finding";
import type { Line } from "../analysis/lines";
import { hasDeadlineColumn, layoutRemedies, type RemedyUnit } from "../analysis/remedy-items";
import { headingOf, judgedLines, sectionLines } from "../analysis/section-content";
import { clip, hasPhrase, wordCount } from "../text";

const SECTION = "III" as const;

/**
 * remedies.deadline, remedies.itemDeadline, remedies.vagueDeadline, remedies.deadlinePast.
 *
 * Decision: item-level warnings need at least one concrete deadline somewhere in the section. With none at all,
 * remedies.deadline (an error) is the one finding about missing deadlines; vague wording is still pointed out, as
 * it explains why nothing counted. An item whose only deadline is vague gets vagueDeadline, not itemDeadline too.
 * Prose paragraphs are judged only when the section has no list items or table rows. A remedies table left unfilled
 * (the template's, with its deadline column blank) is a form asking for deadlines: remedies.deadline fires even when
 * the rest of the section is still guidance.
 */
export function remediesRule(ctx: RuleContext): Finding[] {
  const { analysis: a } = ctx;
  const lines = judgedLines(a, SECTION);
  if (lines.length === 0) return hasDeadlineColumn(sectionLines(a, SECTION)) ? [missingDeadline(ctx)] : [];
  if (lines.every(saysNothingToRemedy) && foundNothing(judgedLines(a, "II"))) return [];
  const { units, deadlines } = layoutRemedies(lines, { referenceYear: ctx.referenceYear, reportDate: ctx.reportDate });
  const structured = units.filter((u) => u.structured);
  const judged = structured.length > 0 ? structured : units;
  if (deadlines.size === 0) return annexHasDeadlines(ctx, lines) ? [] : [missingDeadline(ctx), ...judged.flatMap(vagueIn)];
  const out: Finding[] = [];
  for (const u of judged) {
    if (u.inherited || u.lines.some((l) => deadlines.has(l.index))) continue;
    const vague = vagueIn(u);
    if (vague.length > 0) out.push(...vague);
    else if (u.structured) {
      const text = say("remedies.itemDeadline", { text: clip(u.head.text, 60) });
      out.push(finding("remedies.itemDeadline", text, { section: SECTION, ...at(u.head) }));
    }
  }
  return [...out, ...pastDeadlines(ctx, lines, deadlines)];
}

function missingDeadline(ctx: RuleContext): Finding {
  const heading = headingOf(ctx.analysis, SECTION);
  const text = say("remedies.deadline", { section: SECTION });
  return finding("remedies.deadline", text, { section: SECTION, ...(heading ? at(heading) : {}) });
}

/**
 * "Không.", "Không có nội dung phải khắc phục.", "Không phát sinh.": nothing to remedy, which stands when §II says the
 * inspections found nothing; a §III that says "Không" to listed shortcomings still lacks its deadlines.
 */
const NOTHING = ["khong", "khong co", "khong phat sinh", "khong phai"];
const MAX_NOTHING_WORDS = 12;

/** §II says the inspections found no shortcoming ("Qua kiểm tra, chưa phát hiện tồn tại, hạn chế"). */
function foundNothing(lines: readonly Line[]): boolean {
  const nil = (l: Line) => saysNothingToRemedy(l) || ["chua phat hien", "khong phat hien", "khong co ton tai"].some((p) => hasPhrase(l.words, p));
  return lines.length > 0 && lines.every(nil);
}

function saysNothingToRemedy(line: Line): boolean {
  const w = line.words;
  return wordCount(w) <= MAX_NOTHING_WORDS && NOTHING.some((n) => w === n || w.startsWith(`${n} `));
}

/**
 * "Giải pháp và thời hạn khắc phục tại Phụ lục kèm theo": a §III that refers to an appendix after the signature, where
 * the deadlines are (a remedies table with a "Thời hạn" column, or dated items), has them.
 */
function annexHasDeadlines(ctx: RuleContext, lines: readonly Line[]): boolean {
  const a = ctx.analysis;
  if (!lines.some((l) => hasPhrase(l.words, "phu luc"))) return false;
  const after = a.lines.slice(a.footerStart);
  const start = after.findIndex((l) => l.words.startsWith("phu luc"));
  if (start < 0) return false;
  const annex = after.slice(start);
  return layoutRemedies(annex, { referenceYear: ctx.referenceYear, reportDate: ctx.reportDate }).deadlines.size > 0;
}

/** A vagueDeadline finding for the unit's first vague expression, if any. */
function vagueIn(u: RemedyUnit): Finding[] {
  for (const line of u.lines) {
    const [vague] = findVagueDeadlines(line.text);
    if (vague) {
      const text = say("remedies.vagueDeadline", { text: vague.text });
      return [finding("remedies.vagueDeadline", text, { section: SECTION, ...at(line, vague.start, vague.end) })];
    }
  }
  return [];
}

function pastDeadlines(ctx: RuleContext, lines: readonly Line[], deadlines: Map<number, DeadlineMatch[]>): Finding[] {
  const reportDate = ctx.reportDate;
  if (!reportDate) return [];
  const out: Finding[] = [];
  for (const line of lines) {
    for (const d of deadlines.get(line.index) ?? []) {
      if (compareDates(d.lastDay, reportDate) >= 0) continue;
      const text = say("remedies.deadlinePast", { text: d.text, reportDate: formatDate(reportDate) });
      out.push(finding("remedies.deadlinePast", text, { section: SECTION, ...at(line, d.start, d.end) }));
    }
  }
  return out;
}
