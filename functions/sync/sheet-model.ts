/**
 * The secretariat's two tabs as plain rows: a pure function of the status document (shared/status), the unit
 * registry and the per-unit submission heads. Both sinks (Google, .xlsx) write exactly these rows.
 */
import type { StatusDocument, StatusTotals, UnitStatus } from "../../shared/api/status";
import type { Campaign } from "../../shared/campaign/schema";
import { formatDate, formatDateTime } from "../../shared/dates/format";
import { levelLabel } from "../../shared/campaign/levels";
import { contestText, reviewLabel } from "../../shared/status/table";
import type { Unit } from "../../shared/units/schema";
import { documentPath } from "../../shared/api/submissions";
import type { Cell, SheetTab, SheetTabs } from "./port";

export const STATUS_TAB_TITLE = "Tình hình nộp báo cáo";
export const SUMMARY_TAB_TITLE = "Tổng hợp";

/**
 * The sheet's own short words (the secretariat filters on them), shorter than the CSV/xlsx export's labels in
 * shared/status, which spell out "(còn hạn)" / ", chưa nộp" for readers without the sheet's colours.
 */
export const SHEET_STATUS_LABELS: Record<UnitStatus, string> = {
  on_time: "Đúng hạn",
  late: "Nộp muộn",
  missing: "Chưa nộp",
  overdue: "Quá hạn",
};

const STATUS_COLUMNS: [header: string, widthPx: number][] = [
  ["Mã đơn vị", 110],
  ["Tên đơn vị", 320],
  ["Cấp", 240],
  ["Số đơn vị trực thuộc", 150],
  ["Hạn nộp", 110],
  ["Trạng thái", 120],
  ["Phiên bản mới nhất", 140],
  ["Thời điểm nộp", 140],
  ["Số cảnh báo", 110],
  ["Liên kết văn bản", 420],
  ["Giải trình", 420],
  ["Xét duyệt", 120],
  ["Ý kiến xét duyệt", 320],
  ["Nhắc lần cuối", 140],
];
const STATUS_COLUMN = 5;

const SUMMARY_COLUMNS: [header: string, widthPx: number][] = [
  ["Cấp", 280],
  ["Số đơn vị", 110],
  ["Đã nộp", 110],
  ["Đúng hạn", 110],
  ["Nộp muộn", 110],
  ["Chưa nộp", 110],
  ["Quá hạn", 110],
  ["Tỷ lệ đã nộp (%)", 140],
  // Appended, not inserted: formulas and filter views on the columns above keep pointing where they did.
  ["Đã tiếp nhận", 120],
  ["Trả lại", 110],
];

/** What the store knows of a unit's latest version (structurally the store's UnitSubmissionState). */
export interface SubmissionHead {
  unitId: string;
  latestSubmissionId: string;
  latestWarnings: number;
}

export interface SheetModelInput {
  /** Its levels order the rows and label the "Cấp" column and the totals. */
  campaign: Pick<Campaign, "name" | "levels">;
  status: StatusDocument;
  /** The registry: subordinate counts come from here. */
  units: readonly Unit[];
  heads: readonly SubmissionHead[];
  /** Public origin of the API ("https://cchc.example.gov.vn"): links to documents are built on it without openUrl. */
  publicUrl: string;
  /** The pane's open.html: links go there (it signs in, then downloads), never straight to the API. */
  openUrl?: string;
}

/** Where a person clicking a document link in the sheet lands. */
export function documentLinkOf(input: Pick<SheetModelInput, "publicUrl" | "openUrl">): (submissionId: string) => string {
  if (input.openUrl) {
    const open = input.openUrl;
    return (id) => `${open}${open.includes("?") ? "&" : "?"}submission=${encodeURIComponent(id)}`;
  }
  const base = input.publicUrl.replace(/\/+$/, "");
  return (id) => `${base}${documentPath(id)}`;
}

// Vietnamese collation: "Đức Thọ" sorts after "Can Lộc" and before "Hương Khê", as a reader expects.
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function statusTab(input: SheetModelInput): SheetTab {
  const { campaign, status, units, heads } = input;
  const levelOrder = new Map(campaign.levels.map((level, i) => [level.id, i]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const headById = new Map(heads.map((h) => [h.unitId, h]));
  const link = documentLinkOf(input);
  const sorted = [...status.units].sort(
    (a, b) =>
      (levelOrder.get(a.level) ?? levelOrder.size) - (levelOrder.get(b.level) ?? levelOrder.size) ||
      collator.compare(a.name, b.name) ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
  const rows = sorted.map((u): Cell[] => {
    const head = u.version !== null ? headById.get(u.unitId) : undefined;
    return [
      u.unitId,
      u.name,
      levelLabel(campaign.levels, u.level),
      unitById.get(u.unitId)?.subordinateCount ?? "",
      formatDate(u.dueAt),
      SHEET_STATUS_LABELS[u.status],
      u.version ?? "",
      // The first version's time: the one "Đúng hạn" / "Nộp muộn" is judged by.
      u.submittedAt ? formatDateTime(u.submittedAt) : "",
      head ? head.latestWarnings : "",
      head ? link(head.latestSubmissionId) : "",
      contestText(u.contestedReasons),
      reviewLabel(u),
      u.reviewComment ?? "",
      u.lastRemindedAt ? formatDateTime(u.lastRemindedAt) : "",
    ];
  });
  return {
    title: STATUS_TAB_TITLE,
    header: STATUS_COLUMNS.map(([h]) => h),
    widths: STATUS_COLUMNS.map(([, w]) => w),
    rows,
    statusColumn: STATUS_COLUMN,
  };
}

function totalsRow(label: string, t: StatusTotals): Cell[] {
  const ratio = t.units ? Math.round((t.submitted * 1000) / t.units) / 10 : "";
  return [label, t.units, t.submitted, t.onTime, t.late, t.missing, t.overdue, ratio, t.accepted, t.returned];
}

function summaryTab({ campaign, status }: SheetModelInput): SheetTab {
  const empty: StatusTotals = { units: 0, submitted: 0, onTime: 0, late: 0, missing: 0, overdue: 0, accepted: 0, returned: 0 };
  const levels = campaign.levels.map((level) => totalsRow(level.label, status.byLevel[level.id] ?? empty));
  return {
    title: SUMMARY_TAB_TITLE,
    header: SUMMARY_COLUMNS.map(([h]) => h),
    widths: SUMMARY_COLUMNS.map(([, w]) => w),
    rows: [
      ...levels,
      totalsRow("Tổng cộng", status.totals),
      [],
      ["Đợt báo cáo", campaign.name],
      ["Đồng bộ lần cuối", formatDateTime(status.asOf)],
    ],
  };
}

/** One row per unit ordered by level then name, and the totals per level with the time of this sync. */
export function sheetTabs(input: SheetModelInput): SheetTabs {
  return { status: statusTab(input), summary: summaryTab(input) };
}
