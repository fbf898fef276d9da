export { checkDocument, RULES } from "./engine";
export type { CheckOptions, Rule, RuleContext } from "./context";
export { analyseReport } from "./analysis/report-structure";
export type {
  ContentRange,
  MissingSectionInfo,
  ReportSection,
  ReportStructure,
  StructurePart,
} from "./analysis/report-structure";
export { RULE_SEVERITY, type RuleCode } from "./codes";
