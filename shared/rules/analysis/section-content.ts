import type { Campaign, SectionKey } from "../../campaign/schema";
import { isHeadingLike } from "./headings";
import type { Line } from "./lines";
import type { Analysis, SectionSpan } from "./structure";

/** "I. KẾT QUẢ ĐẠT ĐƯỢC": how messages name a section, in the outline's own words. */
export function sectionTitle(campaign: Campaign, key: SectionKey): string {
  const s = campaign.outline.sections.find((x) => x.key === key);
  return s ? `${key}. ${s.heading}` : key;
}

/** Text of its own: not blank, not a (sub-)heading, not the column headers of a table left unfilled. */
export function isContent(line: Line): boolean {
  return !line.isEmpty && !isHeadingLike(line) && !line.cellPos?.headerOnly;
}

export function spanLines(a: Analysis, span: SectionSpan): Line[] {
  return a.lines.slice(span.from, span.to);
}

/**
 * The text a content rule judges for a section: every instance's lines, sub-headings and tables included, template
 * left-overs excluded. Empty when the section is absent, empty or only placeholders: those have their own findings
 * (section.missing / empty / placeholder), so content rules stay quiet rather than repeat them.
 */
export function judgedLines(a: Analysis, key: SectionKey): Line[] {
  const lines = sectionLines(a, key);
  const real = lines.filter((l) => !l.isEmpty && !a.placeholders.has(l.index) && !l.cellPos?.headerOnly);
  return real.some(isContent) ? real : [];
}

/** Every line under every heading of the section, as written. */
export function sectionLines(a: Analysis, key: SectionKey): Line[] {
  return a.sections.filter((s) => s.key === key).flatMap((s) => spanLines(a, s));
}

/** The first (non-duplicate) heading line of a section. */
export function headingOf(a: Analysis, key: SectionKey): Line | undefined {
  return a.sections.find((s) => s.key === key && !s.duplicate)?.heading;
}
