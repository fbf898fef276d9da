import type { Finding } from "../../model/findings";
import type { RuleContext } from "../context";
import { at, finding, say } from "../finding";
import type { Line } from "../analysis/lines";
import { sizeRoles, type SizedPart } from "../analysis/size-roles";
import { compact } from "../text";

const TWIPS_PER_MM = 1440 / 25.4;
const TOLERANCE_TWIPS = 2;
const A4 = { width: 11906, height: 16838 };
/** Decree 30 margins in mm: [min, max]. */
const MARGINS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SIDE_VI = { top: "lề trên", bottom: "lề dưới", left: "lề trái", right: "lề phải" } as const;

/**
 * format.font, format.size, format.paper, format.margins (Decree 30 layout). Each fires at most once, with a
 * count and the first offending paragraph; nothing is judged where the source gives no formatting.
 */
export function formatRule(ctx: RuleContext): Finding[] {
  return [...fontFindings(ctx), ...sizeFindings(ctx), ...pageFindings(ctx)];
}

function fontFindings(ctx: RuleContext): Finding[] {
  const verdicts = new Map<string, boolean>();
  const isTimesCached = (font: string) => {
    let v = verdicts.get(font);
    if (v === undefined) verdicts.set(font, (v = isTimes(font)));
    return v;
  };
  const bad = ctx.analysis.lines.filter((l) => {
    const font = l.format.font;
    return font !== undefined && l.format.visible > 0 && !isTimesCached(font);
  });
  const first = bad[0];
  if (!first) return [];
  const text = say("format.font", { count: paragraphs(bad), font: first.format.font ?? "" });
  return [finding("format.font", text, { section: "format", ...at(first) })];
}

function isTimes(font: string): boolean {
  return compact(font).startsWith("timesnewroman");
}

function sizeFindings(ctx: RuleContext): Finding[] {
  const bad: (SizedPart & { sizePt: number })[] = [];
  for (const part of sizeRoles(ctx.analysis)) {
    const format = part.line.formatOf(part.start, part.end);
    const size = format.sizePt;
    if (size === undefined || format.visible === 0) continue;
    const { min, max, tolerance } = part.role;
    if (size < min - tolerance || size > max + tolerance) bad.push({ ...part, sizePt: size });
  }
  const first = bad[0];
  if (!first) return [];
  const { min, max, part, partEn } = first.role;
  const range = min === max ? `${min}` : `${min}–${max}`;
  const count = paragraphs(bad.map((b) => b.line));
  const text = say("format.size", { count, size: first.sizePt, range, part, partEn });
  const whole = first.start === 0 && first.end === first.line.text.length;
  return [finding("format.size", text, { section: "format", ...(whole ? at(first.line) : at(first.line, first.start, first.end)) })];
}

function pageFindings(ctx: RuleContext): Finding[] {
  const page = ctx.doc.page;
  if (!page) return [];
  const out: Finding[] = [];
  const near = (v: number, want: number) => Math.abs(v - want) <= TOLERANCE_TWIPS;
  if (!near(page.widthTwips, A4.width) || !near(page.heightTwips, A4.height)) {
    const landscape = page.widthTwips > page.heightTwips;
    const size = `${mm(page.widthTwips)} × ${mm(page.heightTwips)} mm${landscape ? " (khổ ngang)" : ""}`;
    const sizeEn = `${mm(page.widthTwips, ".")} × ${mm(page.heightTwips, ".")} mm${landscape ? " (landscape)" : ""}`;
    out.push(finding("format.paper", say("format.paper", { size, sizeEn }), { section: "format" }));
  }
  const off = (Object.keys(MARGINS) as (keyof typeof MARGINS)[]).filter((side) => {
    const [lo, hi] = MARGINS[side];
    const v = page.margins[side];
    return v < twips(lo) - TOLERANCE_TWIPS || v > twips(hi) + TOLERANCE_TWIPS;
  });
  if (off.length > 0) {
    const details = off.map((s) => `${SIDE_VI[s]} ${mm(page.margins[s])} mm`).join(", ");
    const detailsEn = off.map((s) => `${s} ${mm(page.margins[s], ".")} mm`).join(", ");
    out.push(finding("format.margins", say("format.margins", { details, detailsEn }), { section: "format" }));
  }
  return out;
}

/** Whole twips, as tools write a length in mm (20 mm → 1134); the tolerance applies around this. */
function twips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Millimetres with one decimal; Vietnamese writes a decimal comma: 1440 twips → "25,4". */
function mm(twips: number, point = ","): string {
  return (Math.round((twips / TWIPS_PER_MM) * 10) / 10).toString().replace(".", point);
}

function paragraphs(lines: readonly Line[]): number {
  return new Set(lines.map((l) => l.para)).size;
}
