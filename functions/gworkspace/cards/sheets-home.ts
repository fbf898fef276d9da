/**
 * The Sheets sidebar's homepage for Sở Nội vụ: campaign picker, totals and progress per level, the overdue, late and
 * waiting-for-review units (each opens its unit card), the sheet's last sync with "Đồng bộ ngay", reminders and
 * the consolidated draft.
 */
import type { StatusDocument, UnitStatusRow } from "../../../shared/api/status";
import type { SyncStatus } from "../../../shared/api/sync";
import type { Campaign } from "../../../shared/campaign/schema";
import { levelLabel } from "../../../shared/campaign/levels";
import { formatDate, formatDateTime } from "../../../shared/dates";
import type { Card, Section, Widget } from "../../../shared/gworkspace/card";
import { actionUrl, ADDON_PATHS, type AddonDeps } from "../trigger";
import { ADDON_TITLE } from "./common";
import { buttons, card, esc, labelled, section, text } from "./ui";

/** Lists stay short in a 300 px sidebar; the sheet has every unit. */
const LIST_MAX = 15;

export interface SheetsHome {
  campaigns: readonly Campaign[];
  campaign: Campaign;
  status: StatusDocument;
  sync: SyncStatus;
}

function unitLine(addon: AddonDeps, campaignId: string, u: UnitStatusRow, detail: string): Widget {
  return {
    decoratedText: {
      text: esc(u.name),
      bottomLabel: detail,
      wrapText: true,
      onClick: {
        action: { function: actionUrl(addon, ADDON_PATHS.sheetsUnit), parameters: [{ key: "campaignId", value: campaignId }, { key: "unitId", value: u.unitId }] },
      },
    },
  };
}

function unitList(addon: AddonDeps, campaignId: string, title: string, rows: UnitStatusRow[], detail: (u: UnitStatusRow) => string): Section[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, LIST_MAX).map((u) => unitLine(addon, campaignId, u, detail(u)));
  const more = rows.length > LIST_MAX ? [text(`… và ${rows.length - LIST_MAX} đơn vị khác (xem bảng tính).`)] : [];
  return [section([...shown, ...more], `${title} (${rows.length})`, rows.length > 3)];
}

function syncLine(s: SyncStatus): Widget {
  const where = s.target === "google-sheets" ? "Google Trang tính" : "tệp .xlsx";
  const last = s.lastSuccessAt ? formatDateTime(s.lastSuccessAt) : "chưa đồng bộ lần nào";
  const pending = s.dirty ? " · còn thay đổi chờ ghi" : "";
  const error = s.lastResult === "error" && s.lastError ? ` · lỗi: ${s.lastError.message}` : "";
  return labelled("Đồng bộ bảng tính", `${last}${pending}`, `${where}${error}`, "CLOCK");
}

export function sheetsHomeCard(addon: AddonDeps, h: SheetsHome): Card {
  const { status, campaign } = h;
  const t = status.totals;
  const params = { campaignId: campaign.id };
  const picker: Widget = {
    selectionInput: {
      name: "campaignId",
      label: "Đợt báo cáo",
      type: "DROPDOWN",
      items: h.campaigns.map((c) => ({ text: c.name, value: c.id, selected: c.id === campaign.id })),
      onChangeAction: { function: actionUrl(addon, ADDON_PATHS.sheetsHome) },
    },
  };
  const totals = section([
    picker,
    labelled("Đã nộp", `<b>${t.submitted}/${t.units}</b> đơn vị`, `đúng hạn ${t.onTime} · muộn ${t.late}`, "DESCRIPTION"),
    labelled("Chưa nộp", `${t.missing + t.overdue} đơn vị`, `quá hạn ${t.overdue} · còn hạn ${t.missing}`),
    labelled("Xét duyệt", `đã tiếp nhận ${t.accepted} · trả lại ${t.returned}`, `chờ xem xét ${t.submitted - t.accepted - t.returned}`),
  ]);
  const levels = section(
    campaign.levels.map((l) => {
      const b = status.byLevel[l.id];
      return labelled(levelLabel(campaign.levels, l.id), b ? `${b.submitted}/${b.units} đã nộp` : "0/0", b ? `muộn ${b.late} · quá hạn ${b.overdue} · trả lại ${b.returned}` : undefined);
    }),
    "Tiến độ theo cấp",
  );
  const overdue = status.units.filter((u) => u.status === "overdue");
  const late = status.units.filter((u) => u.status === "late");
  const waiting = status.units.filter((u) => u.version !== null && u.review === "pending");
  const lists = [
    ...unitList(addon, campaign.id, "Quá hạn, chưa nộp", overdue, (u) => `hạn ${formatDate(u.dueAt)}${u.lastRemindedAt ? ` · nhắc lần cuối ${formatDateTime(u.lastRemindedAt)}` : ""}`),
    ...unitList(addon, campaign.id, "Nộp muộn", late, (u) => `nộp ${u.submittedAt ? formatDateTime(u.submittedAt) : ""} · hạn ${formatDate(u.dueAt)}`),
    ...unitList(addon, campaign.id, "Chờ xem xét", waiting, (u) => `lần ${u.version ?? ""} · ${u.lastSubmittedAt ? formatDateTime(u.lastSubmittedAt) : ""}`),
  ];
  const work = section(
    [
      syncLine(h.sync),
      buttons(
        { text: "Đồng bộ ngay", action: actionUrl(addon, ADDON_PATHS.sheetsSync), params },
        { text: "Nhắc nhở", action: actionUrl(addon, ADDON_PATHS.sheetsRemind), params },
        { text: "Tạo báo cáo tổng hợp", action: actionUrl(addon, ADDON_PATHS.sheetsSummary), params, filled: true },
      ),
    ],
    "Thao tác",
  );
  return card(ADDON_TITLE, `Sở Nội vụ — cập nhật ${formatDateTime(status.asOf)}`, [totals, levels, ...lists, work], "sheets-home");
}
