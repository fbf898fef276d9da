import { countdown } from "../../shared/dates/countdown";
import { formatDate, formatDateTime } from "../../shared/dates/format";
import type { Lang, Strings } from "../i18n";

/** "Hạn nộp: 30/06/2024 — còn 5 ngày" / "Hạn nộp: 30/06/2024 — Quá hạn 3 ngày", counted in Vietnamese calendar days. */
export function dueLine(s: Strings, lang: Lang, dueAt: string, nowIso: string): string {
  const c = countdown(dueAt, nowIso);
  return s.due(formatDate(dueAt), lang === "vi" ? c.text : c.textEn);
}

export function isOverdue(dueAt: string, nowIso: string): boolean {
  return countdown(dueAt, nowIso).overdue;
}

/** Receipt time as people read it in Vietnam: "30/06/2024 16:05" (Asia/Ho_Chi_Minh). */
export function receiptTime(iso: string): string {
  return formatDateTime(iso);
}

export function dueDate(dueAt: string): string {
  return formatDate(dueAt);
}
