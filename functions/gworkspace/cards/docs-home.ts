/** The Docs sidebar's homepage for a clerk: unit, campaign, due date and countdown, the last receipt, three actions. */
import type { Card } from "../../../shared/gworkspace/card";
import type { Campaign } from "../../../shared/campaign/schema";
import { dueFor } from "../../../shared/campaign/deadline";
import { countdown, formatDate, formatDateTime } from "../../../shared/dates";
import type { Unit } from "../../../shared/units/schema";
import type { SubmissionRecord } from "../../store/port";
import { actionUrl, ADDON_PATHS, type AddonDeps } from "../trigger";
import { ADDON_TITLE } from "./common";
import { buttons, card, esc, labelled, section, text } from "./ui";

export interface DocsHome {
  unit: Unit;
  campaign: Campaign;
  latest: SubmissionRecord | undefined;
  now: Date;
  /** false until the user lets the add-on open this document (documents.currentonly / drive.file). */
  fileAccess: boolean;
}

/** "Đã nộp lần 2 lúc 28/06/2024 16:05 — đúng hạn". */
function receiptLine(r: SubmissionRecord): string {
  return `Đã nộp lần ${r.version} lúc ${formatDateTime(r.receivedAt)} — ${r.onTime ? "đúng hạn" : "nộp muộn"}`;
}

export function docsHomeCard(addon: AddonDeps, h: DocsHome): Card {
  const { dueAt } = dueFor(h.campaign, h.unit);
  const left = countdown(dueAt, h.now.toISOString());
  const params = { campaignId: h.campaign.id };
  const info = [
    labelled("Đơn vị", esc(h.unit.name), undefined, "PERSON"),
    labelled("Đợt báo cáo", esc(h.campaign.name), undefined, "DESCRIPTION"),
    labelled("Hạn nộp", `${formatDate(dueAt)} — ${left.overdue ? `<font color="#b3261e">${left.text}</font>` : left.text}`, left.textEn, "CLOCK"),
    labelled("Tình trạng", h.latest ? receiptLine(h.latest) : "Chưa nộp", h.latest ? `Version ${h.latest.version}` : "Not submitted yet"),
  ];
  const actions = h.fileAccess
    ? buttons(
        { text: "Chèn đề cương", action: actionUrl(addon, ADDON_PATHS.docsInsert), params },
        { text: "Kiểm tra", action: actionUrl(addon, ADDON_PATHS.docsCheck), params },
        { text: "Nộp báo cáo", action: actionUrl(addon, ADDON_PATHS.docsSubmit), params, filled: true },
      )
    : buttons({ text: "Cho phép mở tài liệu này", action: actionUrl(addon, ADDON_PATHS.docsFileScope), params, filled: true });
  const hint = h.fileAccess
    ? "Chèn đề cương vào tài liệu trống, viết vào từng mục, bấm <b>Kiểm tra</b>, sửa theo gợi ý rồi <b>Nộp báo cáo</b>."
    : "Tiện ích cần được phép đọc và ghi <b>chỉ tài liệu đang mở</b> để chèn đề cương, kiểm tra và nộp.";
  return card(ADDON_TITLE, h.unit.name, [section(info), section([text(hint), actions])], "docs-home");
}

/** Sở Nội vụ opening the Docs sidebar: this one is for units' clerks. */
export function docsNotClerkCard(): Card {
  return card(ADDON_TITLE, "Sở Nội vụ", [
    section([
      text("Ngăn này dành cho văn thư các đơn vị soạn và nộp báo cáo. Sở Nội vụ theo dõi tiến độ, tiếp nhận hoặc trả lại báo cáo trong <b>Google Trang tính</b>."),
      text("<i>This pane is for the units' clerks; Sở Nội vụ works from the Google Sheets sidebar.</i>"),
    ]),
  ]);
}
