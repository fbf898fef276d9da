/**
 * The reminder e-mail, in Vietnamese: who, which report, the due date (dd/mm/yyyy), how many days are left or gone,
 * and how to submit. Plain text and HTML carry the same words; every value is escaped in the HTML.
 */
import { formatDate } from "../dates/format";
import { daysUntilDue } from "./policy";

export interface ReminderMessageInput {
  unitName: string;
  campaignName: string;
  period: string;
  dueAt: string;
  now: Date;
  /** Where the standard outline (`cchc outline`) can be downloaded, if the secretariat published it. */
  outlineUrl?: string;
}

export interface ReminderMessage {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Header values must not break the header: line breaks (from a hostile unit name) become spaces. */
const oneLine = (s: string): string => s.replace(/[\r\n\t]+/g, " ").trim();

function when(dueAt: string, now: Date): { short: string; sentence: string } {
  const days = daysUntilDue(dueAt, now);
  const overdue = now.getTime() > Date.parse(dueAt);
  if (overdue) {
    const gone = Math.max(1, -days);
    return {
      short: `quá hạn ${gone} ngày`,
      sentence: `Báo cáo đã quá hạn ${gone} ngày. Đề nghị đơn vị khẩn trương hoàn thiện và nộp ngay.`,
    };
  }
  if (days <= 0) return { short: "hạn cuối hôm nay", sentence: "Hôm nay là ngày cuối cùng của hạn nộp." };
  return { short: `còn ${days} ngày`, sentence: `Còn ${days} ngày nữa là đến hạn nộp.` };
}

export function reminderMessage(m: ReminderMessageInput): ReminderMessage {
  const due = formatDate(m.dueAt);
  const w = when(m.dueAt, m.now);
  const subject = oneLine(`[Nhắc nộp báo cáo] ${m.campaignName} — hạn ${due} (${w.short})`);
  const steps = [
    "Mở báo cáo trong Microsoft Word (máy tính hoặc Word trên web).",
    "Trên thẻ Trang đầu (Home), mở phần bổ trợ “Báo cáo CCHC”.",
    "Bấm “Kiểm tra”, sửa các lỗi được liệt kê, rồi bấm “Nộp báo cáo”.",
  ];
  const paragraphs = [
    `Kính gửi: ${oneLine(m.unitName)}.`,
    `Sở Nội vụ nhắc đơn vị nộp ${m.campaignName} (${m.period}). Hạn nộp: ngày ${due}.`,
    w.sentence,
  ];
  const outline = m.outlineUrl ? `Đề cương báo cáo theo mẫu: ${m.outlineUrl}` : undefined;
  const closing = [
    "Nếu đơn vị đã nộp báo cáo, xin bỏ qua thư này.",
    "Thư được gửi tự động từ hệ thống tiếp nhận báo cáo CCHC; vui lòng không trả lời thư này.",
  ];

  const text = [
    ...paragraphs,
    "",
    "Cách nộp báo cáo:",
    ...steps.map((s, i) => `  ${i + 1}. ${s}`),
    ...(outline ? ["", outline] : []),
    "",
    ...closing,
  ].join("\n");

  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family: Arial, sans-serif">',
    ...paragraphs.map((s, i) => (i === 2 ? `<p><strong>${escapeHtml(s)}</strong></p>` : p(s))),
    "<p>Cách nộp báo cáo:</p>",
    `<ol>${steps.map((s) => `<li>${escapeHtml(s)}</li>`).join("")}</ol>`,
    ...(m.outlineUrl
      ? [`<p>Đề cương báo cáo theo mẫu: <a href="${escapeHtml(m.outlineUrl)}">${escapeHtml(m.outlineUrl)}</a></p>`]
      : []),
    ...closing.map(p),
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
