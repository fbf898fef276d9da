import type { Contest } from "../api/contest";
import type { ReviewState } from "../api/review";
import type { StatusDocument, UnitStatus, UnitStatusRow } from "../api/status";
import { formatDate, formatDateTime } from "../dates/format";
import { levelLabel } from "../campaign/levels";
import type { Level } from "../campaign/schema";

/** The status document as a table for people (CSV and Excel): Vietnamese headers and labels, dd/mm/yyyy dates. */
export interface StatusTable {
  headers: string[];
  rows: (string | number)[][];
}

export const STATUS_LABELS: Record<UnitStatus, string> = {
  on_time: "Đã nộp đúng hạn",
  late: "Nộp muộn",
  missing: "Chưa nộp (còn hạn)",
  overdue: "Quá hạn, chưa nộp",
};

/** Sở Nội vụ's review of the latest version, in the words of the sheet's "Xét duyệt" column. */
export const REVIEW_LABELS: Record<ReviewState, string> = {
  pending: "Chờ xem xét",
  accepted: "Đã tiếp nhận",
  returned: "Trả lại",
};

/** "" for a unit with nothing to review yet. */
export function reviewLabel(u: Pick<UnitStatusRow, "version" | "review">): string {
  return u.version === null ? "" : REVIEW_LABELS[u.review];
}

const HEADERS = [
  "STT",
  "Mã đơn vị",
  "Tên đơn vị",
  "Cấp",
  "Hạn nộp",
  "Trạng thái",
  "Lần nộp",
  "Nộp lần đầu",
  "Nộp lần cuối",
  "Giải trình",
  "Xét duyệt",
  "Ý kiến xét duyệt",
  "Nhắc lần cuối",
];

/** The clerk's reasons for contested errors, one line per code: "results.count: Số liệu ở bảng Phụ lục 1". */
export function contestText(reasons: readonly Contest[]): string {
  return reasons.map((c) => `${c.code}: ${c.reason}`).join("\n");
}

/** `levels`: the campaign's, whose labels the "Cấp" column prints. */
export function statusTable(doc: StatusDocument, levels: readonly Level[]): StatusTable {
  const rows = doc.units.map((u, i) => [
    i + 1,
    u.unitId,
    u.name,
    levelLabel(levels, u.level),
    formatDate(u.dueAt),
    STATUS_LABELS[u.status],
    u.version ?? "",
    u.submittedAt ? formatDateTime(u.submittedAt) : "",
    u.lastSubmittedAt ? formatDateTime(u.lastSubmittedAt) : "",
    contestText(u.contestedReasons),
    reviewLabel(u),
    u.reviewComment ?? "",
    u.lastRemindedAt ? formatDateTime(u.lastRemindedAt) : "",
  ]);
  return { headers: [...HEADERS], rows };
}
