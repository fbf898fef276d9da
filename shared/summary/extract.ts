import type { Campaign } from "../campaign/schema";
import type { CalendarDate } from "../dates";
import type { DocumentModel } from "../model/document";
import { isHeadingLike } from "../rules/analysis/headings";
import type { Line } from "../rules/analysis/lines";
import { isContent, judgedLines } from "../rules/analysis/section-content";
import { inspectedStatement } from "../rules/families/results";
import { analyse, type Analysis } from "../rules/analysis/structure";
import { clip } from "../rules/text";
import { fieldMatcher, type FieldMatcher } from "./fields";
import { readInspected } from "./inspected";
import { readRemedies } from "./remedies";
import { EXTRACT_VERSION, type ReportExtract, type Shortcoming } from "./schema";
import { ownText } from "./text";

const EXCERPT_MAX = 300;

export interface ExtractOptions {
  /** Report date when the header gives none (the day it was received): the year of "trước 30/9". */
  referenceDate?: CalendarDate;
  /** The rule engine's pre-pass of this document, when the caller already ran it for the check. */
  analysis?: Analysis;
}

/**
 * What a report says, read with the rule engine's own pre-pass (sections, lines, placeholders, dates), so the
 * summary sees exactly the sections and deadlines the checks judged. Pure; template left-overs read as nothing.
 */
export function extractReport(doc: DocumentModel, campaign: Campaign, options: ExtractOptions = {}): ReportExtract {
  const a = options.analysis ?? analyse(doc, campaign);
  const reportDate = a.headerDate ?? options.referenceDate;
  const referenceYear = reportDate?.year ?? campaign.year;
  const fieldsOf = fieldMatcher(campaign);
  const extract: ReportExtract = {
    version: EXTRACT_VERSION,
    shortcomings: readShortcomings(judgedLines(a, "II"), fieldsOf),
    remedies: readRemedies(judgedLines(a, "III"), { referenceYear }, fieldsOf),
    proposals: judgedLines(a, "IV")
      // "Đơn vị kiến nghị một số nội dung sau:" introduces the proposals; it is not one.
      .filter((l) => isContent(l) && !statesNone(l) && !/:\s*$/.test(l.text))
      .map((l) => ({ excerpt: clip(ownText(l), EXCERPT_MAX) })),
  };
  const statement = inspectedStatement(a);
  const inspected = statement ? readInspected(statement) : undefined;
  if (inspected) extract.inspected = inspected;
  return extract;
}

/**
 * One excerpt per field, in the order the report names them. A line naming a field states a shortcoming of it; a
 * line that names one and opens a group ("1. Lĩnh vực cải cách TTHC:") lends it to the plain lines below it.
 */
function readShortcomings(lines: readonly Line[], fieldsOf: FieldMatcher): Shortcoming[] {
  const byField = new Map<string, string[]>();
  let group: string[] = [];
  for (const line of lines) {
    if (line.isEmpty) continue;
    const named = fieldsOf(line.text);
    const opensGroup = isHeadingLike(line) || /:\s*$/.test(line.text);
    if (opensGroup) group = named;
    const fields = named.length > 0 ? named : group;
    if (!isContent(line) && named.length === 0) continue;
    for (const f of fields) byField.set(f, [...(byField.get(f) ?? []), ownText(line)]);
  }
  return [...byField].map(([field, texts]) => ({ field, excerpt: clip(texts.join(" "), EXCERPT_MAX) }));
}

/** "Không có đề xuất, kiến nghị.", "Không.": a unit saying it has none is not a proposal. */
function statesNone(line: Line): boolean {
  return line.words.split(" ").length <= 8 && /^khong(?: co)?(?: (?:de xuat|kien nghi|y kien)\b.*)?$/.test(line.words);
}
