/**
 * The two tabs drawn from the reports' content (shared/summary): shortcomings per unit and CCHC field, and one row
 * per remedy with its deadline. Pure rows like the other tabs; both sinks write them in the same single write.
 */
import type { CampaignSummary } from "../../shared/api/summary";
import { formatDate, toCalendarDate } from "../../shared/dates";
import { OVERDUE_REMEDY } from "../../shared/summary";
import type { Cell, SheetTab } from "./port";

export const SHORTCOMINGS_TAB_TITLE = "Tồn tại theo lĩnh vực";
export const REMEDIES_TAB_TITLE = "Giải pháp và thời hạn";

/** Words of the remedies tab's last column (the secretariat filters on them). */
export const REMEDY_STATE = { overdue: OVERDUE_REMEDY, open: "Còn hạn", none: "Chưa nêu thời hạn" } as const;

/** Links for people: the pane's open.html, which signs in and then downloads (no secret in the sheet). */
export type DocumentLink = (submissionId: string) => string;

/** One row per unit that reported a shortcoming, one column per field of the campaign (in its order). */
export function shortcomingsTab(summary: CampaignSummary, link: DocumentLink): SheetTab {
  const fields = summary.shortcomingsByField;
  const rows = new Map<string, { unitName: string; submissionId?: string; cells: string[] }>();
  fields.forEach((f, i) => {
    for (const u of f.units) {
      let row = rows.get(u.unitId);
      if (!row) rows.set(u.unitId, (row = { unitName: u.unitName, submissionId: u.submissionId, cells: fields.map(() => "") }));
      row.cells[i] = u.excerpt;
    }
  });
  return {
    title: SHORTCOMINGS_TAB_TITLE,
    header: ["Mã đơn vị", "Tên đơn vị", ...fields.map((f) => f.name), "Liên kết văn bản"],
    widths: [110, 260, ...fields.map(() => 280), 360],
    rows: [...rows].map(([unitId, r]): Cell[] => [unitId, r.unitName, ...r.cells, r.submissionId ? link(r.submissionId) : ""]),
  };
}

/** One row per remedy, the earliest deadline first (the summary's order). */
export function remediesTab(summary: CampaignSummary, link: DocumentLink): SheetTab {
  const fieldName = new Map(summary.shortcomingsByField.map((f) => [f.field, f.name]));
  return {
    title: REMEDIES_TAB_TITLE,
    header: ["Mã đơn vị", "Tên đơn vị", "Lĩnh vực", "Giải pháp khắc phục", "Thời hạn", "Tình trạng", "Liên kết văn bản"],
    widths: [110, 260, 240, 420, 110, 150, 360],
    rows: summary.remedies.map((m): Cell[] => [
      m.unitId,
      m.unitName,
      m.field !== undefined ? (fieldName.get(m.field) ?? m.field) : "",
      m.text,
      m.deadlineAt ? formatDate(toCalendarDate(m.deadlineAt)) : "",
      m.overdue ? REMEDY_STATE.overdue : m.deadlineAt ? REMEDY_STATE.open : REMEDY_STATE.none,
      m.submissionId ? link(m.submissionId) : "",
    ]),
  };
}
