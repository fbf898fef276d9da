import type { Campaign, SectionKey } from "../../campaign/schema";
import type { CalendarDate } from "../../dates";
import type { DocumentModel } from "../../model/document";
import { readFooter, isRecipientsLabel, isSignerTitle, type FooterParts } from "./footer-parts";
import { readHeader, type HeaderParts } from "./header-parts";
import { isOtherSectionHeading, matchSectionHeading, sectionConcepts, type HeadingCandidate } from "./headings";
import { linearise, type Line } from "./lines";
import { numberingOf, type Numbering } from "./numbering";
import { findPlaceholders, type PlaceholderHit } from "./placeholders";
import { segmentsOf } from "./segments";
import { findTitle, type TitleParts } from "./title-parts";

export interface SectionSpan {
  key: SectionKey;
  heading: Line;
  numbering?: Numbering;
  /** A second (or later) heading for a key already seen. */
  duplicate: boolean;
  /** Content lines are lines[from, to). */
  from: number;
  to: number;
}

export interface MissingSection {
  key: SectionKey;
  required: boolean;
  /** Block to insert the section before; absent: at the end of the body. */
  beforeBlock?: number;
  /** Headings of the present sections it belongs between (outline order). */
  after?: Line;
  before?: Line;
  /** A top-level heading standing where the section belongs, in other words: rename it rather than add one. */
  rename?: Line;
  /** The line a finding about it points at: the next section's heading, else the previous one, else the end, else the last written line. */
  at?: Line;
}

/** What the pre-pass recognised; the rules and analyseReport() read it, nothing else walks the document again. */
export interface Analysis {
  lines: Line[];
  header: HeaderParts;
  title: TitleParts;
  /** Lines between the title and the first section ("Thực hiện Kế hoạch số …"): lines[from, to). */
  preamble: { from: number; to: number };
  sections: SectionSpan[];
  missing: MissingSection[];
  /** "Trên đây là báo cáo …": closes the body. */
  closing?: Line;
  /** First footer line index (lines.length when there is no footer). */
  footerStart: number;
  footer: FooterParts;
  /** The real date of the header's date line. */
  headerDate?: CalendarDate;
  /** Template left-overs in the body (preamble and sections), by line index. */
  placeholders: Map<number, PlaceholderHit>;
}

const TITLE_SEARCH_LIMIT = 80;
const HEADER_LINES_WITHOUT_TITLE = 15;

export function analyse(doc: DocumentModel, campaign: Campaign): Analysis {
  const outline = campaign.outline;
  const lines = linearise(doc);
  const concepts = sectionConcepts(outline);
  const candidates = lines.flatMap((l) => matchSectionHeading(l, concepts) ?? []);

  const firstNumbered = candidates.find((c) => c.numbering?.kind === "roman")?.line.index;
  const title = findTitle(lines, Math.min(firstNumbered ?? TITLE_SEARCH_LIMIT, lines.length), outline);
  const titleStart = title.typeName?.index ?? title.subject[0]?.index;
  const headerEnd = titleStart ?? candidates[0]?.line.index ?? Math.min(lines.length, HEADER_LINES_WITHOUT_TITLE);
  const header = readHeader(lines.slice(0, headerEnd), outline);
  const titleEnd = Math.max(title.typeName?.index ?? -1, title.subject.at(-1)?.index ?? -1);
  const bodyStart = titleEnd >= 0 ? titleEnd + 1 : Math.max(headerEnd, lastHeaderLine(header) + 1);

  // "Nơi nhận:" ends the body for sure: headings after it belong to an appendix.
  const recipients = lines.find((l) => l.index >= bodyStart && isRecipientsLabel(l))?.index ?? lines.length;
  const kept = selectHeadings(candidates.filter((c) => c.line.index >= bodyStart && c.line.index < recipients));
  const afterHeadings = (kept.at(-1)?.line.index ?? bodyStart - 1) + 1;
  const footerStart = findFooterStart(lines, afterHeadings);
  const closing = lines.slice(afterHeadings, footerStart).find((l) => l.words.startsWith("tren day la"));
  const bodyEnd = closing?.index ?? footerStart;

  const boundaries = boundaryLines(lines, kept, bodyStart, bodyEnd);
  const keys = placeByPosition(kept, outline.sections.map((x) => x.key));
  const seen = new Set<SectionKey>();
  const sections = kept.map((c, i): SectionSpan => {
    const key = keys[i]!;
    const next = boundaries.find((b) => b > c.line.index) ?? bodyEnd;
    const duplicate = seen.has(key);
    seen.add(key);
    return { key, heading: c.line, numbering: c.numbering, duplicate, from: c.line.index + 1, to: next };
  });
  const strays = boundaries.filter((i) => !sections.some((sp) => sp.heading.index === i)).map((i) => lines[i]!);
  const missing = missingSections(campaign, sections, closing ?? lines[footerStart], strays, lastWritten(lines, bodyEnd)).filter(
    (m) => !nestedIn(m, candidates, kept, bodyEnd),
  );
  const preamble = { from: bodyStart, to: Math.min(boundaries[0] ?? bodyEnd, bodyEnd) };
  const bodyLines = [preamble, ...sections].flatMap((r) => lines.slice(r.from, r.to));
  return {
    lines,
    header,
    title,
    preamble,
    sections,
    missing,
    closing,
    footerStart,
    footer: readFooter(lines.slice(footerStart), outline.signerPlaceholder),
    headerDate: header.dateLine?.found.date,
    placeholders: findPlaceholders(bodyLines, outline),
  };
}

/**
 * Keeps the candidates numbered like the document's sections. When any heading has a Roman numeral, Arabic-numbered
 * matches are sub-headings ("1. Kết quả đạt được trong cải cách TTHC"); an unnumbered match is kept only when it has
 * a heading style or is bold caps, and no numbered heading has its key. Deeper heading levels than the shallowest
 * one are sub-headings too.
 */
function selectHeadings(all: HeadingCandidate[]): HeadingCandidate[] {
  const named = new Set(all.filter((c) => !c.weak).map((c) => c.key));
  const cands = all.filter((c) => !c.weak || !named.has(c.key));
  const style = documentStyle(cands);
  const numberedKeys = new Set(cands.filter((c) => c.numbering?.kind === style).map((c) => c.key));
  let kept = cands.filter((c) => {
    // A Roman-numbered section added to a report numbered "1.", "2." (the pane's "Thêm mục" writes "II. …") is
    // still a section; an Arabic-numbered line in a Roman-numbered report is a sub-heading.
    if (c.numbering?.kind === "roman" && style === "arabic") return !numberedKeys.has(c.key);
    // Parts lettered "A.", "B.", "C." are the sections of a report with no Roman or Arabic ones.
    if (c.numbering) return c.numbering.kind === style || (style === "none" && c.numbering.kind === "letter");
    if (style === "none") return true;
    return (c.level !== undefined || (c.caps && c.bold)) && !numberedKeys.has(c.key);
  });
  const levels = kept.flatMap((c) => (c.level === undefined ? [] : [c.level]));
  if (levels.length > 0) {
    const top = Math.min(...levels);
    kept = kept.filter((c) => c.level === undefined || c.level <= top);
  }
  return kept;
}

/**
 * A heading whose best concept is a section already seen, while it also carries the concept of a section nobody
 * heads and stands where that one belongs (after the sections before it in the outline): "III. KẾT QUẢ KHẮC PHỤC
 * TỒN TẠI, HẠN CHẾ" after "II. TỒN TẠI, HẠN CHẾ" is section III, not a second II.
 */
function placeByPosition(kept: readonly HeadingCandidate[], order: readonly SectionKey[]): SectionKey[] {
  const keys = kept.map((c) => c.key);
  const rank = (k: SectionKey | undefined) => (k === undefined ? undefined : order.indexOf(k));
  const seen = new Set<SectionKey>();
  kept.forEach((c, i) => {
    if (seen.has(c.key)) {
      const before = rank(keys[i - 1]) ?? -1;
      const after = rank(keys[i + 1]) ?? order.length;
      const free = c.alternatives.find((k) => !keys.includes(k) && rank(k)! > before && rank(k)! < after);
      if (free) keys[i] = free;
    }
    seen.add(keys[i]!);
  });
  return keys;
}

/**
 * How the document numbers its sections: Roman when any section heading is (Arabic numerals are then sub-headings),
 * unless a single Roman-numbered section stands among Arabic-numbered ones: a section added later in the outline's
 * style to a report numbered "1.", "2.", "3.".
 */
function documentStyle(cands: readonly HeadingCandidate[]): "roman" | "arabic" | "none" {
  const keys = (kind: "roman" | "arabic") => new Set(cands.filter((c) => c.numbering?.kind === kind).map((c) => c.key)).size;
  const roman = keys("roman");
  const arabic = keys("arabic");
  if (roman === 0 && arabic === 0) return "none";
  return roman >= 2 || roman >= arabic ? "roman" : "arabic";
}

/** Line indices that end a section: kept headings and headings of other top-level sections ("V. NHIỆM VỤ …"). */
function boundaryLines(lines: readonly Line[], kept: readonly HeadingCandidate[], from: number, to: number): number[] {
  const style = documentStyle(kept);
  const levels = kept.flatMap((c) => (c.level === undefined ? [] : [c.level]));
  const level = levels.length > 0 ? Math.min(...levels) : undefined;
  const keptIdx = new Set(kept.map((c) => c.line.index));
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (keptIdx.has(i) || (!line.inTable && isOtherSectionHeading(line, style, level))) out.push(i);
  }
  return out;
}

function findFooterStart(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isRecipientsLabel(line) || segmentsOf(line).some(isSignerTitle)) return i;
  }
  return lines.length;
}

function lastHeaderLine(h: HeaderParts): number {
  const parts = [h.agency, h.number, h.national, h.motto, h.dateLine];
  return Math.max(-1, ...parts.map((p) => p?.line.index ?? -1));
}

/**
 * A section written as a sub-heading of the one before it ("I. KẾT QUẢ KIỂM TRA" holding "1. Kết quả đạt được" and
 * "2. Tồn tại, hạn chế", then "II. GIẢI PHÁP KHẮC PHỤC"): its content is there, one level down, so it is not missing.
 */
function nestedIn(m: MissingSection, candidates: readonly HeadingCandidate[], kept: readonly HeadingCandidate[], bodyEnd: number): boolean {
  const after = m.after;
  if (!after) return false;
  const until = m.before?.index ?? bodyEnd;
  return candidates.some((c) => c.key === m.key && !kept.includes(c) && c.line.index > after.index && c.line.index < until);
}

/** The last line with text before `end`, else the document's last line: where a section added at the end goes. */
function lastWritten(lines: readonly Line[], end: number): Line | undefined {
  for (let i = Math.min(end, lines.length) - 1; i >= 0; i--) if (!lines[i]!.isEmpty) return lines[i];
  return lines.at(-1);
}

/**
 * Missing sections, each with the block it belongs before (the next present section, else the end of the body), the
 * present sections around it, and a top-level heading already standing there under other words, if any: a stray
 * heading between the neighbours, the one whose numeral is the section's first.
 *
 * `end`: the line the body ends at (the closing or the footer), if any. `last`: the body's last written line, where a
 * finding points when there is neither a section nor an end to point at (a missing section's finding is always
 * clickable, like every other).
 */
function missingSections(
  campaign: Campaign,
  sections: readonly SectionSpan[],
  end: Line | undefined,
  strays: readonly Line[],
  last: Line | undefined,
): MissingSection[] {
  const order = campaign.outline.sections.map((s) => s.key);
  const firsts = sections.filter((x) => !x.duplicate);
  const present = new Set(sections.map((s) => s.key));
  const claimed = new Set<Line>();
  return campaign.outline.sections
    .filter((s) => !present.has(s.key))
    .map((s) => {
      const rank = order.indexOf(s.key);
      const prev = firsts.filter((x) => order.indexOf(x.key) < rank).at(-1)?.heading;
      const next = firsts.find((x) => order.indexOf(x.key) > rank)?.heading;
      const before = next ?? end;
      const between = strays.filter(
        (l) => !claimed.has(l) && l.index > (prev?.index ?? -1) && l.index < (next?.index ?? end?.index ?? Infinity),
      );
      const numeralOf = (l: Line) => numberingOf(l.text, l.para.listLabel).numbering?.value;
      const rename = between.find((l) => numeralOf(l) === rank + 1) ?? (between.length === 1 ? between[0] : undefined);
      if (rename) claimed.add(rename);
      const m: MissingSection = { key: s.key, required: s.required, beforeBlock: before?.block };
      if (prev) m.after = prev;
      if (next) m.before = next;
      if (rename) m.rename = rename;
      const at = next ?? prev ?? end ?? last;
      if (at) m.at = at;
      return m;
    });
}
