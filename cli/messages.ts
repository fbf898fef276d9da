import { SECTION_LABELS } from "../shared/model/section-labels";
import type { SectionId } from "../shared/model/findings";

/** CLI strings, Vietnamese first; `--en` switches to English. */
export interface CliText {
  usage: string;
  unknownCommand(cmd: string): string;
  badArgs(detail: string): string;
  noFiles: string;
  unknownCampaign(id: string, known: string[]): string;
  unknownUnit(id: string): string;
  missingOption(name: string): string;
  outlineWritten(unit: string, file: string): string;
  writeFailed(file: string, detail: string): string;
  unitsCsvErrors(file: string): string;
  section(id: SectionId | "other", heading?: string): string;
  fileOk(warnings: number): string;
  fileNotOk(errors: number, warnings: number): string;
  fileUnreadable: string;
  /** One line: what the reader skipped or repaired to read the file. */
  readerWarnings(messages: string[]): string;
  summary(total: number, ok: number, notOk: number, unreadable: number): string;
  unitsHeader: [string, string, string, string, string];
  unitsFooter(unknown: number): string;
  unitUnknown(name: string): string;
  summaryWritten(reports: number, file: string): string;
}

const USAGE_VI = `cchc — kiểm tra và lập báo cáo kiểm tra, tự kiểm tra CCHC

Cách dùng:
  cchc validate [--json] [--campaign ID] [--en] TỆP.docx...
      Kiểm tra từng báo cáo. --json: mỗi dòng một đối tượng JSON (NDJSON).
      Mã thoát: 0 tất cả đạt, 1 có báo cáo còn lỗi, 2 có tệp không đọc được.
  cchc outline --unit MÃ_ĐƠN_VỊ --out TỆP.docx [--example] [--campaign ID] [--units DS.csv]
      Tạo đề cương báo cáo (.docx) cho đơn vị, phần đầu đã điền sẵn.
      --example: một báo cáo mẫu đã điền đầy đủ (để thử nộp khi không có Word).
  cchc units [--csv] [--campaign ID] [--units DS.csv]
      Liệt kê các đơn vị của đợt báo cáo và hạn nộp; --csv xuất theo định dạng CSV.
  cchc summary --out TỆP.docx [--campaign ID] [--units DS.csv] [BÁO_CÁO.docx...]
      Lập dự thảo báo cáo tổng hợp (thể thức Nghị định 30) từ các báo cáo nhận qua kênh khác.
      Tệp không đọc được được liệt kê và bỏ qua (mã thoát 2); bản dự thảo vẫn được tạo.
  --campaign ID    đợt báo cáo (mặc định ha-tinh-2024-h1; "demo": đợt [DEMO] hiện tại)
  --units DS.csv   bổ sung/ghi đè danh sách đơn vị của đợt báo cáo bằng tệp CSV
  --en             thông báo bằng tiếng Anh;  --help  trợ giúp
`;

const USAGE_EN = `cchc — check and draft CCHC inspection and self-inspection reports

Usage:
  cchc validate [--json] [--campaign ID] [--en] FILE.docx...
      Checks each report. --json: one JSON object per line (NDJSON).
      Exit code: 0 all ok, 1 some report has errors, 2 some file unreadable.
  cchc outline --unit UNIT_ID --out FILE.docx [--example] [--campaign ID] [--units LIST.csv]
      Writes the report outline (.docx) for the unit, header prefilled.
      --example: a fully filled sample report (to try a submission without Word).
  cchc units [--csv] [--campaign ID] [--units LIST.csv]
      Lists the campaign's units and their due dates; --csv prints the CSV format.
  cchc summary --out FILE.docx [--campaign ID] [--units LIST.csv] [REPORT.docx...]
      Drafts the consolidated report (Decree 30 layout) from reports received by other channels.
      Unreadable files are listed and skipped (exit code 2); the draft is still written.
  --campaign ID     the campaign (default ha-tinh-2024-h1; "demo": the current [DEMO] one)
  --units LIST.csv  adds to / overrides the campaign's unit list from a CSV file
  --en              English messages;  --help  this help
`;

export const VI: CliText = {
  usage: USAGE_VI,
  unknownCommand: (cmd) => `Lệnh không hợp lệ: "${cmd}".`,
  badArgs: (detail) => `Tham số không hợp lệ: ${detail}`,
  noFiles: "Chưa chỉ ra tệp cần kiểm tra.",
  unknownCampaign: (id, known) => `Không có đợt báo cáo "${id}". Các đợt hiện có: ${known.join(", ")}.`,
  unknownUnit: (id) => `Không có đơn vị với mã "${id}". Xem danh sách mã đơn vị bằng lệnh: cchc units`,
  missingOption: (name) => `Thiếu tham số --${name}.`,
  outlineWritten: (unit, file) => `Đã tạo đề cương báo cáo cho ${unit}: ${file}`,
  writeFailed: (file, detail) => `Không ghi được tệp ${file} (${detail}).`,
  unitsCsvErrors: (file) => `Tệp danh sách đơn vị ${file} có lỗi, chưa nạp đơn vị nào:`,
  section: (id, heading) => (heading ? `${SECTION_LABELS.vi[id]}. ${heading}` : SECTION_LABELS.vi[id]),
  fileOk: (w) => (w > 0 ? `ĐẠT (${w} cảnh báo)` : "ĐẠT"),
  fileNotOk: (e, w) => `CHƯA ĐẠT: ${e} lỗi${w > 0 ? `, ${w} cảnh báo` : ""}`,
  fileUnreadable: "KHÔNG ĐỌC ĐƯỢC",
  readerWarnings: (m) => `Lưu ý khi đọc tệp: ${m.join(" ")}`,
  summary: (t, ok, notOk, bad) => `Tổng cộng ${t} tệp: ${ok} đạt, ${notOk} chưa đạt, ${bad} không đọc được.`,
  unitsHeader: ["Mã", "Ký hiệu", "Tên đơn vị", "Cấp", "Hạn nộp"],
  unitsFooter: (n) => `* ${n} đơn vị chưa có số đơn vị trực thuộc: tạm tính theo nhóm dưới 15 (hạn sớm nhất).`,
  unitUnknown: (name) => `không xác định được đơn vị trong danh sách (ghi theo tên: ${name})`,
  summaryWritten: (n, file) => `Đã lập dự thảo báo cáo tổng hợp từ ${n} báo cáo: ${file}`,
};

export const EN: CliText = {
  usage: USAGE_EN,
  unknownCommand: (cmd) => `Unknown command: "${cmd}".`,
  badArgs: (detail) => `Invalid arguments: ${detail}`,
  noFiles: "No file to check was given.",
  unknownCampaign: (id, known) => `No campaign "${id}". Available: ${known.join(", ")}.`,
  unknownUnit: (id) => `No unit with id "${id}". See the unit ids with: cchc units`,
  missingOption: (name) => `Missing option --${name}.`,
  outlineWritten: (unit, file) => `Wrote the report outline for ${unit}: ${file}`,
  writeFailed: (file, detail) => `Could not write ${file} (${detail}).`,
  unitsCsvErrors: (file) => `The unit list ${file} has errors; no unit was loaded:`,
  section: (id, heading) => (heading ? `${SECTION_LABELS.en[id]}. ${heading}` : SECTION_LABELS.en[id]),
  fileOk: (w) => (w > 0 ? `OK (${w} warning${w > 1 ? "s" : ""})` : "OK"),
  fileNotOk: (e, w) => `NOT OK: ${e} error${e > 1 ? "s" : ""}${w > 0 ? `, ${w} warning${w > 1 ? "s" : ""}` : ""}`,
  fileUnreadable: "UNREADABLE",
  readerWarnings: (m) => `Reading note: ${m.join(" ")}`,
  summary: (t, ok, notOk, bad) => `${t} file(s): ${ok} ok, ${notOk} with errors, ${bad} unreadable.`,
  unitsHeader: ["Id", "Code", "Unit", "Level", "Due"],
  unitsFooter: (n) => `* ${n} unit(s) without a subordinate count: assumed under 15 (earliest deadline).`,
  unitUnknown: (name) => `unit not found in the list (listed by name: ${name})`,
  summaryWritten: (n, file) => `Drafted the consolidated report from ${n} report(s): ${file}`,
};
