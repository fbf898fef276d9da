import type { Severity } from "../model/findings";

/**
 * Finding codes and their severities: a public contract (add codes freely, never rename). The CLI, the task pane
 * and the backend's submission gate all key on these strings.
 */
export const RULE_SEVERITY = {
  "header.agency": "error",
  "header.number": "error",
  "header.numberFormat": "warning",
  "header.national": "error",
  "header.date": "error",
  "title.missing": "error",
  "section.missing": "error",
  "section.order": "error",
  "section.duplicate": "error",
  "section.empty": "error",
  /** An optional section ("IV … (Nếu có)") whose heading stands with nothing under it. */
  "section.emptyOptional": "warning",
  "section.placeholder": "error",
  "results.count": "error",
  "shortcomings.field": "warning",
  "remedies.deadline": "error",
  "remedies.itemDeadline": "warning",
  "remedies.vagueDeadline": "warning",
  "remedies.deadlinePast": "warning",
  "footer.recipients": "error",
  "footer.recipientsSnv": "warning",
  "footer.signer": "error",
  "format.font": "warning",
  "format.size": "warning",
  "format.paper": "warning",
  "format.margins": "warning",
  /** Another document sent by mistake (a plan, a budget report, last year's report): reported alone, never contestable. */
  "document.wrongType": "error",
} as const satisfies Record<string, Severity>;

export type RuleCode = keyof typeof RULE_SEVERITY;