import type { ErrorCode } from "./codes";

export interface ErrorText {
  message: string;
  messageEn: string;
}

const vi: Record<ErrorCode, string> = {
  "docx.notZip": "Tệp không phải là tài liệu Word (.docx) hợp lệ.",
  "docx.encrypted": "Tài liệu được đặt mật khẩu; hãy gỡ mật khẩu rồi nộp lại.",
  "docx.tooLarge": "Tệp quá lớn.",
  "docx.zipBomb": "Tệp nén bất thường (dung lượng giải nén vượt giới hạn); hệ thống từ chối xử lý.",
  "docx.tooManyEntries": "Tệp chứa quá nhiều thành phần; hệ thống từ chối xử lý.",
  "docx.corrupt": "Tài liệu bị hỏng, không đọc được.",
  "docx.doctype": "Tài liệu chứa khai báo DOCTYPE không được phép.",
  "docx.xmlTooDeep": "Cấu trúc tài liệu lồng nhau quá sâu; hệ thống từ chối xử lý.",
  "docx.notWordDocument": "Tệp không chứa nội dung văn bản Word.",
  "docx.unsafePath": "Tệp chứa đường dẫn không an toàn.",
};

const en: Record<ErrorCode, string> = {
  "docx.notZip": "The file is not a valid Word (.docx) document.",
  "docx.encrypted": "The document is password-protected; remove the password and submit again.",
  "docx.tooLarge": "The file is too large.",
  "docx.zipBomb": "Abnormal compression (inflated size over the limit); refused.",
  "docx.tooManyEntries": "The package has too many entries; refused.",
  "docx.corrupt": "The document is damaged and cannot be read.",
  "docx.doctype": "The document contains a DOCTYPE declaration, which is not allowed.",
  "docx.xmlTooDeep": "The document's XML is nested too deeply; refused.",
  "docx.notWordDocument": "The package holds no Word document part.",
  "docx.unsafePath": "The package contains an unsafe entry name.",
};

export function errorText(code: ErrorCode): ErrorText {
  return { message: vi[code], messageEn: en[code] };
}
