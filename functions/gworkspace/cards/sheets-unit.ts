/**
 * One unit in the Sheets sidebar: its deadline, latest version, review and reminders; Sở Nội vụ can open the
 * document, accept or return it with a comment, or remind the unit. A clerk sees the same card for their own unit,
 * without the secretariat's actions.
 */
import type { UnitStatusRow } from "../../../shared/api/status";
import type { Campaign } from "../../../shared/campaign/schema";
import { levelLabel } from "../../../shared/campaign/levels";
import { formatDate, formatDateTime } from "../../../shared/dates";
import type { Card, Widget } from "../../../shared/gworkspace/card";
import { REVIEW_LABELS, STATUS_LABELS } from "../../../shared/status/table";
import { actionUrl, ADDON_PATHS, type AddonDeps } from "../trigger";
import { ADDON_TITLE } from "./common";
import { buttons, card, esc, labelled, section, text, type ButtonSpec } from "./ui";

export interface SheetsUnit {
  campaign: Campaign;
  row: UnitStatusRow;
  /** The latest version's id, when the unit has submitted. */
  submissionId: string | undefined;
  secretariat: boolean;
}

export function sheetsUnitCard(addon: AddonDeps, u: SheetsUnit): Card {
  const { row, campaign } = u;
  const base = { campaignId: campaign.id, unitId: row.unitId };
  const facts: Widget[] = [
    labelled("Hạn nộp", formatDate(row.dueAt), undefined, "CLOCK"),
    labelled("Tình trạng", STATUS_LABELS[row.status]),
  ];
  if (row.version !== null) {
    facts.push(labelled("Lần nộp mới nhất", `Lần ${row.version}`, row.lastSubmittedAt ? formatDateTime(row.lastSubmittedAt) : undefined));
    const comment = row.reviewComment ? `“${esc(row.reviewComment)}”` : undefined;
    facts.push(labelled("Xét duyệt", REVIEW_LABELS[row.review], comment));
  }
  if (row.contestedReasons.length > 0) {
    facts.push(text(`<b>Giải trình của đơn vị</b><br>${row.contestedReasons.map((c) => `${esc(c.code)}: ${esc(c.reason)}`).join("<br>")}`));
  }
  if (row.lastRemindedAt) facts.push(labelled("Nhắc lần cuối", formatDateTime(row.lastRemindedAt)));

  const actions: Widget[] = [];
  const open: ButtonSpec[] = u.submissionId
    ? [{ text: "Mở văn bản", action: actionUrl(addon, ADDON_PATHS.sheetsOpen), params: { ...base, submissionId: u.submissionId } }]
    : [];
  if (u.secretariat && u.submissionId) {
    const review = { ...base, submissionId: u.submissionId };
    actions.push(
      { textInput: { name: "comment", label: "Ý kiến (bắt buộc khi trả lại)", type: "MULTIPLE_LINE" } },
      buttons(
        ...open,
        { text: "Tiếp nhận", action: actionUrl(addon, ADDON_PATHS.sheetsReview), params: { ...review, decision: "accepted" }, filled: true },
        { text: "Trả lại", action: actionUrl(addon, ADDON_PATHS.sheetsReview), params: { ...review, decision: "returned" } },
      ),
    );
  } else if (open.length) {
    actions.push(buttons(...open));
  }
  if (u.secretariat && row.version === null) {
    actions.push(buttons({ text: "Nhắc nhở", action: actionUrl(addon, ADDON_PATHS.sheetsRemind), params: base }));
  }
  const sections = [section(facts), ...(actions.length ? [section(actions)] : [])];
  return card(ADDON_TITLE, `${row.name} — ${levelLabel(campaign.levels, row.level)}`, sections, "sheets-unit");
}
