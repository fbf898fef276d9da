/**
 * What the reader skipped or repaired to read a document other readers open (mammoth's `{value, warnings}`): never
 * silent, so a damaged file that still reads is reported to the person who sent it.
 */
export const READER_WARNING_CODES = ["reader.zipComment", "reader.partSkipped"] as const;
export type ReaderWarningCode = (typeof READER_WARNING_CODES)[number];

export interface ReaderWarning {
  code: ReaderWarningCode;
  /** The package part concerned ("word/theme/theme1.xml"), when there is one. */
  part?: string;
  /** Technical detail for logs (the CRC or parser message); not for end users. */
  detail?: string;
}

const q = (s: string | undefined) => `“${s ?? ""}”`;

const TEXT: Record<ReaderWarningCode, (w: ReaderWarning) => readonly [vi: string, en: string]> = {
  "reader.zipComment": () => [
    "Phần cuối tệp nén ghi sai độ dài chú thích (thường do công cụ sao chép, tải lên thêm hoặc cắt byte ở cuối tệp); tệp vẫn được đọc theo dữ liệu thực có.",
    "The zip's end record declares a comment length that disagrees with the bytes present (bytes added or cut by a copy or upload tool); the file was read as it is.",
  ],
  "reader.partSkipped": (w) => [
    `Bỏ qua phần ${q(w.part)} bị hỏng (không ảnh hưởng nội dung văn bản; phông chữ theo chủ đề được coi là mặc định). Nên mở và lưu lại tài liệu bằng Word.`,
    `Skipped the damaged part ${q(w.part)} (the text is unaffected; theme fonts are taken as the defaults). Opening and saving the document in Word repairs it.`,
  ],
};

export function readerWarningText(w: ReaderWarning, lang: "vi" | "en"): string {
  const [vi, en] = TEXT[w.code](w);
  return lang === "vi" ? vi : en;
}
