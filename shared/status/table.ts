import type { ReviewState } from "../api/review";
import type { StatusDocument, UnitStatus, UnitStatusRow } from "../api/status";
import { formatDate, formatDateTime } from "../dates/format";
import type { UnitLevel } from "../units/schema";

/** The status document as a table for people (CSV and Excel): Vietnamese headers and labels, dd/mm/yyyy dates. */
export interface StatusTable {
  headers: string[];
  rows: (string | number)[][];
}

export const LEVEL_LABELS: Record<UnitLevel, string> = {
  province_dept: "Sở, ban, ngành cấp tỉnh",
  central_agency: "Cơ quan Trung ương đóng trên địa bàn",
  district: "UBND cấp huyện",
  commune: "UBND cấp xã",
};

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
  "Xét duyệt",
  "Ý kiến xét duyệt",
  "Nhắc lần cuối",
];

export function statusTable(doc: StatusDocument): StatusTable {
  const rows = doc.units.map((u, i) => [
    i + 1,
    u.unitId,
    u.name,
    LEVEL_LABELS[u.level],
    formatDate(u.dueAt),
    STATUS_LABELS[u.status],
    u.version ?? "",
    u.submittedAt ? formatDateTime(u.submittedAt) : "",
    u.lastSubmittedAt ? formatDateTime(u.lastSubmittedAt) : "",
    reviewLabel(u),
    u.reviewComment ?? "",
    u.lastRemindedAt ? formatDateTime(u.lastRemindedAt) : "",
  ]);
  return { headers: [...HEADERS], rows };
}
