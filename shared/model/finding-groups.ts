import type { Finding, SectionId } from "./findings";

export type GroupKey = SectionId | "other";

export interface FindingGroup {
  section: GroupKey;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Reading order of the report: header, title, sections I–IV, footer, then document-wide layout. */
const ORDER: GroupKey[] = ["header", "title", "I", "II", "III", "IV", "footer", "format", "other"];

/** Findings grouped by report section, in reading order, each group keeping the engine's order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<GroupKey, Finding[]>();
  for (const f of findings) {
    const key: GroupKey = f.section ?? "other";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return ORDER.filter((k) => groups.has(k)).map((section) => {
    const list = groups.get(section) ?? [];
    const errors = list.filter((f) => f.severity === "error").length;
    return { section, findings: list, errors, warnings: list.length - errors };
  });
}
