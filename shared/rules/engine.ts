import type { Campaign } from "../campaign/schema";
import type { DocumentModel } from "../model/document";
import type { Finding, Location } from "../model/findings";
import type { CheckOptions, Rule, RuleContext } from "./context";
import { footerRule } from "./families/footer";
import { formatRule } from "./families/format";
import { headerRule } from "./families/header";
import { remediesRule } from "./families/remedies";
import { resultsRule } from "./families/results";
import { sectionsRule } from "./families/sections";
import { shortcomingsRule } from "./families/shortcomings";
import { documentTypeRule } from "./families/document-type";
import { analyse, type Analysis } from "./analysis/structure";
import { titleRule } from "./families/title";

/** Every rule family, in the order their findings read best when they tie on position. */
export const RULES: readonly Rule[] = [
  headerRule,
  titleRule,
  sectionsRule,
  resultsRule,
  shortcomingsRule,
  remediesRule,
  footerRule,
  formatRule,
];

/** Per code, findings beyond this many are dropped: enough to show the pattern without burying the rest. */
const MAX_PER_CODE = 20;

/** The one judgement: the findings for a report, in document order (header first, format last). */
export function checkDocument(doc: DocumentModel, campaign: Campaign, options: CheckOptions = {}): Finding[] {
  const analysis = options.analysis ?? analyse(doc, campaign);
  const reportDate = analysis.headerDate ?? options.referenceDate;
  const ctx: RuleContext = {
    doc,
    campaign,
    analysis,
    reportDate,
    referenceYear: reportDate?.year ?? campaign.year,
    ...(options.unitCode ? { unitCode: options.unitCode } : {}),
  };
  // Another document sent by mistake gets one finding that says so, not every rule's view of it.
  const wrongDocument = documentTypeRule(ctx);
  const all = wrongDocument.length > 0 ? wrongDocument : RULES.flatMap((rule) => rule(ctx));
  const perCode = new Map<string, number>();
  const kept = all.filter((f) => {
    const n = (perCode.get(f.code) ?? 0) + 1;
    perCode.set(f.code, n);
    return n <= MAX_PER_CODE;
  });
  const keys = new Map(kept.map((f) => [f, orderKey(f, analysis)]));
  return kept
    .map((f, i) => ({ f, i }))
    .sort((x, y) => compareKeys(keys.get(x.f)!, keys.get(y.f)!) || x.i - y.i)
    .map((x) => x.f);
}

/**
 * Position of a finding in the document. Located findings sort by their location; the others by where the thing
 * they miss belongs: header at the top, a missing section where it would be inserted, footer at the end, and
 * format findings (document-wide) last of all.
 */
function orderKey(f: Finding, a: Analysis): number[] {
  const END = Number.MAX_SAFE_INTEGER;
  if (f.section === "format") return [END, END];
  if (f.location) return locationKey(f.location);
  switch (f.section) {
    case "header":
      return [-1];
    case "title": {
      const first = a.title.typeName ?? a.title.subject[0];
      return first ? locationKey(first.location()) : [(a.lines[a.preamble.from] ?? a.lines.at(-1))?.block ?? 0, -1];
    }
    case "footer":
      return [a.lines[a.footerStart]?.block ?? END - 1];
    default:
      return f.fix?.kind === "insertSection" && f.fix.beforeBlock !== undefined ? [f.fix.beforeBlock, -2] : [END - 1];
  }
}

function locationKey(l: Location): number[] {
  return [l.block, l.row ?? -1, l.cell ?? -1, l.paragraph ?? -1, l.start ?? -1];
}

function compareKeys(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
