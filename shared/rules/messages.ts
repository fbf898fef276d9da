/**
 * The rules' messages, Vietnamese first and English second, in one catalogue: rule files name a message and pass
 * values, they never write text. Vietnamese messages say what is wrong and what to write instead.
 */
export type Text = readonly [vi: string, en: string];

const q = (s: string) => `“${s}”`;

export const MESSAGES = {
  "header.agency/missing": (): Text => [
    "Thiếu tên cơ quan, đơn vị ban hành ở góc trên bên trái phần đầu văn bản (viết in hoa, ví dụ: “SỞ TƯ PHÁP”).",
    "The issuing unit's name is missing from the top left of the header (in capitals, e.g. “SỞ TƯ PHÁP”).",
  ],
  "header.agency/placeholder": (p: { text: string }): Text => [
    `Chưa thay ${q(p.text)} bằng tên cơ quan, đơn vị của mình (ví dụ: “SỞ TƯ PHÁP”).`,
    `The template placeholder ${q(p.text)} has not been replaced with the unit's name.`,
  ],
  "header.number/missing": (p: { typeCode: string; unitCode?: string }): Text => [
    `Thiếu số, ký hiệu văn bản: ghi “Số: <số>/${p.typeCode}-<chữ viết tắt tên đơn vị>”${p.unitCode ? ` (ví dụ: “Số: 45/${p.typeCode}-${p.unitCode}”)` : ""}.`,
    `The document number is missing: write “Số: <number>/${p.typeCode}-<UNIT CODE>”${p.unitCode ? ` (e.g. “Số: 45/${p.typeCode}-${p.unitCode}”)` : ""}.`,
  ],
  "header.number/blank": (p: { text: string; typeCode: string; unitCode?: string }): Text => [
    `Chưa điền số văn bản (${q(p.text)}); ghi số do văn thư cấp${p.unitCode ? `, ví dụ “Số: 45/${p.typeCode}-${p.unitCode}”` : ""}.`,
    `The document number is still blank (${q(p.text)}); fill in the number issued by the records office.`,
  ],
  "header.numberFormat": (p: { value: string; typeCode: string }): Text => [
    `Số, ký hiệu ${q(p.value)} không theo mẫu “<số>/${p.typeCode}-<chữ viết tắt tên đơn vị>” (Nghị định 30/2020/NĐ-CP); kiểm tra lại nếu đây không phải ký hiệu thực tế.`,
    `The number ${q(p.value)} does not follow the Decree 30 pattern “<number>/${p.typeCode}-<UNIT CODE>”; check it.`,
  ],
  "header.national/national": (): Text => [
    "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” ở phần đầu văn bản (góc trên bên phải).",
    "The national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” is missing from the header.",
  ],
  "header.national/motto": (): Text => [
    "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” ngay dưới Quốc hiệu.",
    "The motto “Độc lập - Tự do - Hạnh phúc” is missing under the national title.",
  ],
  "header.date/missing": (p: { example: string }): Text => [
    `Thiếu địa danh và ngày tháng ban hành ở phần đầu văn bản (ví dụ: ${q(p.example)}).`,
    `The place-and-date line is missing from the header (e.g. ${q(p.example)}).`,
  ],
  "header.date/blank": (p: { text: string; example: string }): Text => [
    `Chưa điền đủ ngày tháng ban hành (${q(p.text)}); ghi đầy đủ ngày, tháng, năm, ví dụ ${q(p.example)}.`,
    `The date line is still a blank template (${q(p.text)}); write the full date, e.g. ${q(p.example)}.`,
  ],
  "header.date/invalid": (p: { text: string }): Text => [
    `Ngày ban hành ${q(p.text)} không phải là ngày có thật; kiểm tra lại ngày, tháng, năm.`,
    `The date ${q(p.text)} is not a real calendar date.`,
  ],
  "title.missing/typeName": (p: { typeName: string }): Text => [
    `Thiếu tên loại văn bản ${q(p.typeName)} (in hoa, căn giữa, phía trên trích yếu nội dung).`,
    `The document type name ${q(p.typeName)} is missing (capitals, centred, above the subject line).`,
  ],
  "title.missing/subject": (p: { typeName: string; subject: string }): Text => [
    `Thiếu trích yếu nội dung dưới ${q(p.typeName)}; ghi, ví dụ: ${q(p.subject)}.`,
    `The subject line under ${q(p.typeName)} is missing or does not name the inspection and self-inspection of administrative reform (e.g. ${q(p.subject)}).`,
  ],
  "title.missing/both": (p: { typeName: string; subject: string }): Text => [
    `Thiếu tên loại văn bản ${q(p.typeName)} và trích yếu nội dung (ví dụ: ${q(p.subject)}).`,
    `The type name ${q(p.typeName)} and the subject line (e.g. ${q(p.subject)}) are missing.`,
  ],
  "section.missing": (p: { title: string; where: string; whereEn: string }): Text => [
    `Báo cáo thiếu mục ${q(p.title)} (bắt buộc theo đề cương); thêm đề mục này ${p.where} rồi viết nội dung theo hướng dẫn của đề cương.`,
    `The report lacks the required section ${q(p.title)}; add it ${p.whereEn} with its content as the outline asks.`,
  ],
  "section.missing/rename": (p: { title: string; heading: string; target: string }): Text => [
    `Chưa nhận ra mục ${q(p.title)}: đề mục ${q(p.heading)} đứng đúng vị trí của mục này nhưng tên chưa nêu rõ nội dung; đổi tên đề mục ${q(p.heading)} thành ${q(p.target)}.`,
    `Section ${q(p.title)} is not recognised: the heading ${q(p.heading)} stands where it belongs but does not name it; rename ${q(p.heading)} to ${q(p.target)}.`,
  ],
  "section.order": (p: { title: string; after: string }): Text => [
    `Mục ${q(p.title)} đang đứng sau mục ${q(p.after)}; sắp xếp các mục theo đúng thứ tự của đề cương (I, II, III, IV).`,
    `Section ${q(p.title)} comes after ${q(p.after)}; put the sections in the outline's order (I, II, III, IV).`,
  ],
  "section.duplicate": (p: { title: string }): Text => [
    `Đề mục ${q(p.title)} xuất hiện hơn một lần; gộp nội dung vào một mục duy nhất.`,
    `The heading ${q(p.title)} appears more than once; merge the content into one section.`,
  ],
  "section.empty": (p: { title: string }): Text => [
    `Mục ${q(p.title)} chưa có nội dung; viết nội dung ngay dưới đề mục.`,
    `Section ${q(p.title)} has no content of its own.`,
  ],
  "section.emptyOptional": (p: { title: string; key: string }): Text => [
    `Mục ${q(p.title)} để trống; ghi nội dung, hoặc xóa mục ${p.key} nếu đơn vị không có nội dung này.`,
    `Optional section ${q(p.title)} is empty; write it, or delete section ${p.key}.`,
  ],
  "section.placeholder/optional": (p: { section: string; text: string; topic: string }): Text => [
    `Mục ${p.section} còn để nguyên lời hướng dẫn của đề cương (${q(p.text)}); viết ${p.topic} của đơn vị, hoặc xóa mục ${p.section} nếu không có ${p.topic}.`,
    `Section ${p.section} still holds the outline's guidance (${q(p.text)}); write the unit's own text, or delete section ${p.section} if there is nothing to say.`,
  ],
  "section.placeholder/guidance": (p: { section: string; text: string }): Text => [
    `Mục ${p.section} còn để nguyên lời hướng dẫn của đề cương (${q(p.text)}); thay bằng nội dung báo cáo của đơn vị.`,
    `Section ${p.section} still holds the outline's guidance text (${q(p.text)}); replace it with the unit's report.`,
  ],
  "section.placeholder/token": (p: { where: string; whereEn: string; token: string }): Text => [
    `Còn chỗ trống chưa điền ${q(p.token)} ${p.where}; thay bằng nội dung cụ thể.`,
    `A fill-in placeholder ${q(p.token)} is left ${p.whereEn}; replace it with real content.`,
  ],
  "results.count": (p: { section: string }): Text => [
    `Mục ${p.section} chưa nêu số lượng hoặc tỷ lệ đơn vị được kiểm tra, tự kiểm tra (ví dụ: “đã kiểm tra 08/12 cơ quan, đơn vị, đạt 66,7% kế hoạch”).`,
    `Section ${p.section} states no number or ratio of units inspected or self-inspected (e.g. “08/12 units inspected, 66.7% of the plan”).`,
  ],
  "results.count/other": (p: { section: string; text: string }): Text => [
    `Mục ${p.section} chưa nêu số lượng hoặc tỷ lệ đơn vị được kiểm tra, tự kiểm tra; số liệu như ${q(p.text)} không phải là số đơn vị được kiểm tra. Nêu rõ, ví dụ: “đã kiểm tra 08/12 cơ quan, đơn vị, đạt 66,7% kế hoạch”.`,
    `Section ${p.section} states no number or ratio of units inspected or self-inspected; figures such as ${q(p.text)} count something else (e.g. write “08/12 units inspected, 66.7% of the plan”).`,
  ],
  "shortcomings.field": (p: { section: string; examples: string }): Text => [
    `Mục ${p.section} chưa nêu tồn tại, hạn chế thuộc lĩnh vực CCHC nào; nêu rõ theo lĩnh vực (ví dụ: ${p.examples}).`,
    `Section ${p.section} names no CCHC field; state the shortcomings by field (e.g. ${p.examples}).`,
  ],
  "remedies.deadline": (p: { section: string }): Text => [
    `Mục ${p.section} chưa nêu thời hạn khắc phục cụ thể (ví dụ: “trước ngày 30/9/2024”, “trong Quý III/2024”).`,
    `Section ${p.section} states no concrete remediation deadline (e.g. “trước ngày 30/9/2024”).`,
  ],
  "remedies.itemDeadline": (p: { text: string }): Text => [
    `Giải pháp ${q(p.text)} chưa có thời hạn khắc phục riêng; ghi thời hạn cụ thể (ví dụ: “hoàn thành trước ngày 30/9/2024”).`,
    `The remedy ${q(p.text)} has no deadline of its own; add one (e.g. “hoàn thành trước ngày 30/9/2024”).`,
  ],
  "remedies.vagueDeadline": (p: { text: string }): Text => [
    `Thời hạn ${q(p.text)} chưa cụ thể; ghi rõ ngày, tháng hoặc quý hoàn thành (ví dụ: “trước ngày 30/9/2024”, “trong Quý III/2024”).`,
    `${q(p.text)} is not a concrete deadline; give a date, month or quarter (e.g. “trước ngày 30/9/2024”).`,
  ],
  "remedies.deadlinePast": (p: { text: string; reportDate: string }): Text => [
    `Thời hạn khắc phục ${q(p.text)} đã qua so với ngày báo cáo (${p.reportDate}); kiểm tra lại thời hạn.`,
    `The deadline ${q(p.text)} is before the report's date (${p.reportDate}).`,
  ],
  "footer.recipients": (p: { example: string }): Text => [
    `Thiếu phần “Nơi nhận:” ở cuối văn bản (ví dụ: ${p.example}).`,
    `The “Nơi nhận:” (recipients) block is missing at the end (e.g. ${p.example}).`,
  ],
  "footer.recipientsSnv": (p: { listed: string }): Text => [
    `“Nơi nhận” chưa có Sở Nội vụ (cơ quan nhận báo cáo)${p.listed ? `; ${q(p.listed)} không phải là Sở Nội vụ` : ""}; thêm “- Sở Nội vụ;” vào danh sách nơi nhận.`,
    `Sở Nội vụ (the receiving department) is not among the recipients${p.listed ? ` (${q(p.listed)} is not it)` : ""}.`,
  ],
  "footer.signer/title": (): Text => [
    "Thiếu chức vụ và họ tên người ký ở cuối văn bản (ví dụ: “GIÁM ĐỐC”, “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”, rồi họ tên).",
    "The signer's title and name are missing (e.g. “GIÁM ĐỐC” then the full name).",
  ],
  "footer.signer/templateTitle": (p: { title: string; examples: string; nameToo: boolean }): Text => [
    `Chức vụ người ký còn để ${q(p.title)} như đề cương; ghi chức vụ thực tế của người ký (ví dụ: ${p.examples})${p.nameToo ? " và họ tên người ký" : ""}.`,
    `The signer's title is still the template's ${q(p.title)}; write the real title (e.g. ${p.examples})${p.nameToo ? " and the signer's name" : ""}.`,
  ],
  "footer.signer/name": (p: { title: string }): Text => [
    `Thiếu họ tên người ký dưới chức vụ ${q(p.title)} (ví dụ: “Nguyễn Văn An”).`,
    `The signer's full name is missing under ${q(p.title)}.`,
  ],
  "footer.signer/placeholder": (p: { title: string }): Text => [
    `Chưa điền họ tên người ký dưới ${q(p.title)} (còn để dấu chấm “……”).`,
    `The signer's name under ${q(p.title)} is still template dots.`,
  ],
  "format.font": (p: { count: number; font: string }): Text => [
    `${p.count} đoạn văn không dùng phông chữ Times New Roman (đoạn đầu tiên dùng ${q(p.font)}); Nghị định 30 quy định phông Times New Roman.`,
    `${p.count} paragraph(s) are not in Times New Roman (first one: ${q(p.font)}); Decree 30 requires Times New Roman.`,
  ],
  "format.size": (p: { count: number; size: number; range: string; part: string; partEn: string }): Text => [
    `${p.count} đoạn có cỡ chữ ngoài quy định; đoạn đầu tiên (${p.part}) cỡ ${p.size} pt, quy định ${p.range} pt.`,
    `${p.count} paragraph(s) have an off-standard font size; the first (${p.partEn}) is ${p.size} pt, expected ${p.range} pt.`,
  ],
  "format.paper": (p: { size: string; sizeEn: string }): Text => [
    `Khổ giấy không phải A4 đặt dọc (210 × 297 mm); hiện là ${p.size}.`,
    `The paper is not A4 portrait (210 × 297 mm); it is ${p.sizeEn}.`,
  ],
  "format.margins": (p: { details: string; detailsEn: string }): Text => [
    `Lề trang chưa đúng Nghị định 30: ${p.details} (quy định: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).`,
    `Page margins off Decree 30: ${p.detailsEn} (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm).`,
  ],
  "document.wrongType/kind": (p: { kind: string; kindEn: string; text: string; expected: string }): Text => [
    `Văn bản này là ${p.kind} (${q(p.text)}), không phải báo cáo kết quả kiểm tra, tự kiểm tra CCHC mà đợt báo cáo yêu cầu; hãy nộp đúng báo cáo (${q(p.expected)}).`,
    `This document is ${p.kindEn} (${q(p.text)}), not the inspection and self-inspection report the campaign asks for; submit the report (${q(p.expected)}).`,
  ],
  "document.wrongType/finance": (p: { text: string; expected: string }): Text => [
    `Văn bản này là báo cáo về tài chính, ngân sách (${q(p.text)}), không phải báo cáo kết quả kiểm tra, tự kiểm tra CCHC; hãy nộp đúng báo cáo (${q(p.expected)}).`,
    `This document is a budget or financial report (${q(p.text)}), not the inspection and self-inspection report; submit the report (${q(p.expected)}).`,
  ],
  "document.wrongType/subject": (p: { text: string; expected: string }): Text => [
    `Văn bản này là báo cáo về nội dung khác (${q(p.text)}) và không có các mục của đề cương; hãy nộp đúng báo cáo kết quả kiểm tra, tự kiểm tra CCHC (${q(p.expected)}).`,
    `This document reports on something else (${q(p.text)}) and has none of the outline's sections; submit the inspection and self-inspection report (${q(p.expected)}).`,
  ],
  "document.wrongType/period": (p: { text: string; year: number; expected: string }): Text => [
    `Văn bản này là báo cáo của kỳ trước (${q(p.text)}, năm ${p.year}); hãy nộp báo cáo của đợt này (${q(p.expected)}).`,
    `This document is the report of an earlier period (${q(p.text)}, ${p.year}); submit this campaign's report (${q(p.expected)}).`,
  ],
} as const;

export type MessageId = keyof typeof MESSAGES;
