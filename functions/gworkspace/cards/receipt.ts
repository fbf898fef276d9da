/** After "Nộp báo cáo": the receipt, or why the report was not accepted. */
import type { Card } from "../../../shared/gworkspace/card";
import { formatDate, formatDateTime } from "../../../shared/dates";
import type { Receipt } from "../../../shared/api/submissions";
import { ADDON_TITLE } from "./common";
import { card, esc, labelled, section, text } from "./ui";

export function receiptCard(r: Receipt, unitName: string, replayed: boolean): Card {
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  return card(ADDON_TITLE, "Biên nhận nộp báo cáo", [
    section([
      text(
        replayed
          ? "Phiên bản này của tài liệu <b>đã được nộp trước đó</b>; đây là biên nhận lần nộp ấy. <i>(Already submitted: the first receipt.)</i>"
          : "Sở Nội vụ <b>đã nhận</b> báo cáo. <i>(Received by Sở Nội vụ.)</i>",
      ),
      labelled("Đơn vị", unitName),
      labelled("Lần nộp", String(r.version), `Version ${r.version}`),
      labelled("Thời điểm nhận", formatDateTime(r.receivedAt), "Received at (Asia/Ho_Chi_Minh)", "CLOCK"),
      labelled("Hạn nộp", formatDate(r.dueAt), r.onTime ? "Đúng hạn — on time" : "Nộp muộn — late"),
      labelled("Mã biên nhận", r.submissionId, `SHA-256 ${r.sha256.slice(0, 16)}…`),
      ...(warnings ? [text(`Báo cáo còn ${warnings} lưu ý (không bắt buộc sửa).`)] : []),
      ...(r.contested.length
        ? [text(`<b>Giải trình gửi kèm</b><br>${r.contested.map((c) => `${esc(c.code)}: ${esc(c.reason)}`).join("<br>")}`)]
        : []),
    ]),
  ]);
}
