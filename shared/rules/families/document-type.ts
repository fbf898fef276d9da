import { compareDates, findDeadlines, parseIsoDate } from "../../dates";
import type { CalendarDate } from "../../dates/types";
import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, say } from "../finding";
import type { Line } from "../analysis/lines";
import { isCaps } from "../analysis/lines";
import { clip, hasPhrase, words, wordCount } from "../text";

/**
 * document.wrongType: the file is clearly another document than the campaign's report — an inspection plan, a
 * decision, an official letter, a budget report, last year's report — sent by mistake. One clear finding says what it
 * looks like, instead of a cascade of missing sections (the engine then reports nothing else).
 *
 * Evidence is the type name over the subject ("KẾ HOẠCH", "QUYẾT ĐỊNH"), the type code of the number ("Số:
 * 12/KH-UBND"), the "V/v" and "Kính gửi" of an official letter, a subject about something else, or a period of an
 * earlier year. A document whose outline sections are mostly there is a report however it is titled (title.missing
 * covers a wrong title), so type evidence counts only when at most one required section was recognised — or, for a
 * type name and a number code that agree, when any required section is missing.
 */
export function documentTypeRule(ctx: RuleContext): Finding[] {
  const found = otherType(ctx) ?? otherSubject(ctx) ?? earlierPeriod(ctx);
  return found ? [found] : [];
}

/** Other document types by the words of their type name, and by the code in their number. */
const TYPES: { name: string; code?: string; vi: string; en: string }[] = [
  { name: "kế hoạch", code: "KH", vi: "một kế hoạch", en: "a plan" },
  { name: "quyết định", code: "QĐ", vi: "một quyết định", en: "a decision" },
  { name: "tờ trình", code: "TTr", vi: "một tờ trình", en: "a submission (tờ trình)" },
  { name: "thông báo", code: "TB", vi: "một thông báo", en: "a notice" },
  { name: "chương trình", code: "CTr", vi: "một chương trình", en: "a programme" },
  { name: "hướng dẫn", code: "HD", vi: "một văn bản hướng dẫn", en: "a guidance document" },
  { name: "quy định", code: "QyĐ", vi: "một quy định", en: "a regulation" },
  { name: "chỉ thị", code: "CT", vi: "một chỉ thị", en: "a directive" },
  { name: "nghị quyết", code: "NQ", vi: "một nghị quyết", en: "a resolution" },
  { name: "biên bản", code: "BB", vi: "một biên bản", en: "minutes (biên bản)" },
  { name: "giấy mời", code: "GM", vi: "một giấy mời", en: "an invitation" },
  { name: "công văn", vi: "một công văn", en: "an official letter" },
];
const OFFICIAL_LETTER = TYPES.at(-1)!;

/** Lines looked at for the title: the header and title area. */
const TITLE_AREA = 40;
const MAX_TITLE_WORDS = 40;
const MAX_SUBJECT_LINES = 3;

/** Words of a subject about money: a budget or financial report. */
const FINANCE = ["ngân sách", "dự toán", "quyết toán", "tài chính", "thu chi", "thu, chi", "kinh phí", "tài sản công", "đầu tư công", "giải ngân"];
/** Words of this campaign's subject: a subject naming administrative reform is never "about something else". */
const CCHC = ["cải cách hành chính", "CCHC"];

function requiredFound(ctx: RuleContext): number {
  const required = new Set(ctx.campaign.outline.sections.filter((s) => s.required).map((s) => s.key));
  return new Set(ctx.analysis.sections.filter((s) => required.has(s.key)).map((s) => s.key)).size;
}

function requiredCount(ctx: RuleContext): number {
  return ctx.campaign.outline.sections.filter((s) => s.required).length;
}

function expected(ctx: RuleContext): string {
  return `${ctx.campaign.outline.typeName} ${ctx.campaign.outline.subject}`;
}

/** A plan, a decision, a letter…: another type name over the subject, another type code, or "V/v" + "Kính gửi". */
function otherType(ctx: RuleContext): Finding | undefined {
  const a = ctx.analysis;
  if (a.title.typeName) return undefined;
  // With two or more sections recognised, only a type name and a number code that agree ("THÔNG BÁO", "Số:
  // 210/TB-UBND": a notice of inspection conclusions has shortcomings and remedies too) outweigh them, and only when
  // some required section is still missing.
  const sections = requiredFound(ctx);
  const agreeing = sections > 1;
  if (agreeing && sections >= requiredCount(ctx)) return undefined;
  const number = a.header.number;
  const code = number ? /^\d+(?:\/\d{4})?\/([^/\s-]+)-/u.exec(number.value)?.[1] : undefined;
  const byCode = code ? TYPES.find((t) => t.code && words(t.code) === words(code)) : undefined;
  const area = a.lines.slice(0, Math.min(a.lines.length, firstSectionLine(ctx), TITLE_AREA));
  for (const line of area) {
    const type = TYPES.find((t) => t !== OFFICIAL_LETTER && opensWith(line, t.name));
    if (type && (line.format.caps || isCaps(line.text)) && wordCount(line.words) <= MAX_TITLE_WORDS && (!agreeing || type === byCode)) {
      return wrongKind(ctx, type, line, titleText(area, line));
    }
  }
  if (agreeing) return undefined;
  if (number && byCode) return wrongKind(ctx, byCode, number.line, number.text);
  const vv = area.find((l) => /^v\s*\/\s*v\b/.test(l.folded.text.trim()));
  if (vv && area.some((l) => l.words.startsWith("kinh gui"))) return wrongKind(ctx, OFFICIAL_LETTER, vv, vv.text);
  return undefined;
}

function wrongKind(ctx: RuleContext, type: (typeof TYPES)[number], line: Line, text: string): Finding {
  const message = say("document.wrongType/kind", { kind: type.vi, kindEn: type.en, text: clip(text, 90), expected: expected(ctx) });
  return finding("document.wrongType", message, { section: "title", ...at(line) });
}

/** A BÁO CÁO about something else: money, or any subject when none of the outline's sections is there. */
function otherSubject(ctx: RuleContext): Finding | undefined {
  const a = ctx.analysis;
  const typeName = a.title.typeName;
  // Judged on the emphasised lines under "BÁO CÁO" only: title.subject may run on into a preamble that cites the plan.
  if (!typeName || requiredFound(ctx) > 1) return undefined;
  const subject = rawSubject(ctx, typeName);
  if (!subject || CCHC.some((w) => hasPhrase(subject.words, words(w)))) return undefined;
  // "Kết quả kiểm tra công tác quản lý tài chính, ngân sách" is about money even though it is an inspection.
  const finance = FINANCE.some((w) => hasPhrase(subject.words, words(w)));
  // A subject that names neither administrative reform nor an inspection is another report (socio-economic, a
  // sector's half-year report) even when one heading happens to carry a section's words ("III. PHƯƠNG HƯỚNG, NHIỆM
  // VỤ"): with at most one section recognised, such a file gets errors either way, and this one says why.
  if (!finance && hasPhrase(subject.words, words("kiểm tra"))) return undefined;
  const id = finance ? "document.wrongType/finance" : "document.wrongType/subject";
  const message = say(id, { text: clip(subject.text, 90), expected: expected(ctx) });
  return finding("document.wrongType", message, { section: "title", ...at(subject.line) });
}

/**
 * Last year's report: every year its title names is before the campaign's, and the date line is too — its year is
 * earlier, or it is dated before the campaign's period is half over (last year's annual report, signed in January:
 * nobody reports on a half-year a few days into it). A subject typed with a wrong year in a report dated when this
 * period's reports are written is a typo, not another document.
 */
function earlierPeriod(ctx: RuleContext): Finding | undefined {
  const a = ctx.analysis;
  const year = ctx.campaign.year;
  if (!a.headerDate || (a.headerDate.year >= year && !beforePeriodMiddle(ctx, a.headerDate))) return undefined;
  const typeName = a.title.typeName;
  const subject = a.title.subject.length > 0 ? a.title.subject : typeName ? [rawSubject(ctx, typeName)?.line].filter((l): l is Line => !!l) : [];
  const title = [...new Set([typeName, ...subject, periodLine(ctx, subject.at(-1))].filter((l): l is Line => !!l))];
  const text = title.map((l) => l.text).join(" ");
  const earlier = earlierHalf(ctx, text, a.headerDate);
  if (earlier) return finding("document.wrongType", say("document.wrongType/period", { text: clip(text, 90), year: earlier.year, expected: expected(ctx) }), { section: "title", ...at(title[0]!) });
  const years = yearsIn(text);
  // A title without a year ("… 6 tháng đầu năm") leaves the date line and the body to say which year it is about:
  // dated last year, and every year the report names (its plan's date, its deadlines) last year's or earlier.
  if (years.length === 0 && a.headerDate.year < year) {
    const body = yearsIn(a.lines.slice(a.preamble.from, a.sections.at(-1)?.to ?? a.preamble.to).map((l) => l.text).join(" "));
    if (body.length === 0 || body.some((y) => y >= year)) return undefined;
    const dateLine = a.header.dateLine;
    if (!dateLine) return undefined;
    const message = say("document.wrongType/period", { text: clip(dateLine.text, 90), year: a.headerDate.year, expected: expected(ctx) });
    return finding("document.wrongType", message, { section: "title", ...at(dateLine.line, dateLine.start, dateLine.end) });
  }
  if (years.length === 0 || years.some((y) => y >= year)) return undefined;
  const where = title.find((l) => /(19|20)\d\d/.test(l.text)) ?? title[0]!;
  const message = say("document.wrongType/period", { text: clip(text, 90), year: Math.max(...years), expected: expected(ctx) });
  return finding("document.wrongType", message, { section: "title", ...at(where) });
}

/**
 * The report of the period before this one, in the same year ("6 tháng đầu năm 2026" sent to the campaign of the
 * second half of 2026): every period its title names ends before the campaign's period starts, and it is dated before
 * that start too. The end of the period it names, or undefined.
 */
function earlierHalf(ctx: RuleContext, title: string, dated: CalendarDate): CalendarDate | undefined {
  const span = ctx.campaign.periodSpan;
  const from = span ? parseIsoDate(span.from) : null;
  if (!from || compareDates(dated, from) >= 0) return undefined;
  const periods = findDeadlines(title, { referenceYear: ctx.campaign.year });
  if (periods.length === 0 || periods.some((p) => compareDates(p.lastDay, from) >= 0)) return undefined;
  return periods.map((p) => p.lastDay).reduce((x, y) => (compareDates(x, y) >= 0 ? x : y));
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
}

function beforePeriodMiddle(ctx: RuleContext, date: CalendarDate): boolean {
  const span = ctx.campaign.periodSpan;
  const from = span ? parseIsoDate(span.from) : undefined;
  const to = span ? parseIsoDate(span.to) : undefined;
  if (!from || !to) return false;
  const day = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
  return day(date) < (day(from) + day(to)) / 2;
}

/** "6 tháng đầu năm 2023" on its own line under the subject. */
function periodLine(ctx: RuleContext, last: Line | undefined): Line | undefined {
  const next = last ? ctx.analysis.lines.slice(last.index + 1).find((l) => !l.isEmpty) : undefined;
  const emphasised = next && (next.format.bold || next.para.alignment === "center");
  return emphasised && wordCount(next.words) <= 12 && !ctx.analysis.sections.some((s) => s.heading === next) ? next : undefined;
}

function firstSectionLine(ctx: RuleContext): number {
  return ctx.analysis.sections[0]?.heading.index ?? ctx.analysis.lines.length;
}

function opensWith(line: Line, name: string): boolean {
  const w = words(name);
  return line.words === w || line.words.startsWith(`${w} `);
}

/** The type line and the subject lines right under it, as the message quotes them. */
function titleText(area: readonly Line[], typeLine: Line): string {
  const next = area.slice(area.indexOf(typeLine) + 1).filter((l) => !l.isEmpty).slice(0, 2);
  return [typeLine, ...next.filter((l) => l.format.bold || l.para.alignment === "center")].map((l) => l.text).join(" ");
}

/** The subject as written under "BÁO CÁO" (or after it on its line): the emphasised or centred lines right below. */
function rawSubject(ctx: RuleContext, typeName: Line): { line: Line; text: string; words: string } | undefined {
  const type = words(ctx.campaign.outline.typeName);
  const rest = typeName.words.slice(type.length).trim();
  if (rest) return { line: typeName, text: typeName.text, words: rest };
  const lines = ctx.analysis.lines;
  const subject: Line[] = [];
  for (let i = typeName.index + 1; i < lines.length && subject.length < MAX_SUBJECT_LINES; i++) {
    const l = lines[i]!;
    if (l.isEmpty) continue;
    const emphasised = l.format.bold || l.format.caps || l.para.alignment === "center";
    // An unnumbered line right under "BÁO CÁO" is its subject even when it reads like a heading ("Kết quả kiểm tra …").
    const heading = ctx.analysis.sections.some((s) => s.heading === l && (s.numbering || subject.length > 0));
    if (!emphasised || wordCount(l.words) > MAX_TITLE_WORDS || heading) break;
    subject.push(l);
  }
  const [first] = subject;
  if (!first) return undefined;
  return { line: first, text: subject.map((l) => l.text).join(" "), words: subject.map((l) => l.words).join(" ") };
}
