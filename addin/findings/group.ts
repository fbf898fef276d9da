import type { Finding } from "../../shared/model/findings";

// Grouping lives in shared/ since the Google Workspace sidebar groups the same way.
export { groupFindings, type FindingGroup, type GroupKey } from "../../shared/model/finding-groups";

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}
