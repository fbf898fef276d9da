import type { Campaign } from "../shared/campaign/schema";
import { SectionIdSchema, type Finding, type SectionId } from "../shared/model/findings";
import { excerptAt } from "./excerpt";
import type { CliText } from "./messages";
import type { CheckedFile } from "./validate";

const GROUP_ORDER: (SectionId | "other")[] = [...SectionIdSchema.options, "other"];

function groupTitle(t: CliText, campaign: Campaign, id: SectionId | "other"): string {
  const section = campaign.outline.sections.find((s) => s.key === id);
  return t.section(id, section?.heading);
}

/** The human listing of one file: verdict, then findings grouped by section, each with the text it points at. */
export function formatListing(checked: CheckedFile, campaign: Campaign, t: CliText, en: boolean): string {
  const { result, doc } = checked;
  if ("unreadable" in result) {
    return `${result.file} — ${t.fileUnreadable} [${result.unreadable.code}] ${result.unreadable.message}\n`;
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.length - errors;
  let out = `${result.file} — ${result.ok ? t.fileOk(warnings) : t.fileNotOk(errors, warnings)}\n`;
  if (result.readerWarnings.length > 0) out += `  ${t.readerWarnings(result.readerWarnings.map((w) => w.message))}\n`;
  const groups = new Map<SectionId | "other", Finding[]>();
  for (const f of result.findings) {
    const key = f.section ?? "other";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const id of GROUP_ORDER) {
    const findings = groups.get(id);
    if (!findings) continue;
    out += `  ${groupTitle(t, campaign, id)}\n`;
    for (const f of findings) {
      const mark = f.severity === "error" ? (en ? "error" : "lỗi") : en ? "warning" : "cảnh báo";
      out += `    - [${mark}] ${en ? f.messageEn : f.message} (${f.code})\n`;
      const excerpt = f.excerpt ?? (doc ? excerptAt(doc, f.location) : undefined);
      if (excerpt) out += `        « ${excerpt} »\n`;
    }
  }
  return out;
}
