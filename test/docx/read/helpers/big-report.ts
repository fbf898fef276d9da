/**
 * A long report shaped like what Word writes (rsid attributes, run properties on every run, headings, numbered
 * items, tables), sized by page count, for timing the reader against mammoth on identical bytes.
 */
import { docxFixture } from "./docx-fixture";

const SENTENCE =
  "Công tác cải cách hành chính được triển khai đồng bộ, 100% thủ tục hành chính được công khai đầy đủ, " +
  "tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2% và không có hồ sơ quá hạn trong kỳ báo cáo.";

const RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>';

function run(text: string, bold = false): string {
  const rpr = bold ? RPR.replace("<w:sz ", "<w:b/><w:sz ") : RPR;
  return `<w:r w:rsidRPr="00A1B2C3">${rpr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

function paragraph(text: string, ppr = ""): string {
  const props = `<w:pPr>${ppr}<w:spacing w:before="120" w:after="120" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>${RPR}</w:pPr>`;
  return `<w:p w:rsidR="00D4E5F6" w:rsidRDefault="00D4E5F6" w:rsidP="00A1B2C3">${props}${run("Nội dung: ", true)}${run(text)}${run(" Kết quả được tổng hợp theo từng lĩnh vực.")}</w:p>`;
}

function table(rows: number): string {
  const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraph(t)}</w:tc>`;
  const row = (i: number) => `<w:tr>${cell(`Đơn vị ${i}`)}${cell("Hồ sơ quá hạn: 0")}${cell("Trước ngày 30/9/2024")}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${Array.from({ length: rows }, (_, i) => row(i)).join("")}</w:tbl>`;
}

/** About 12 paragraphs of body text make one A4 page at 14 pt. */
export function bigReportDocx(pages: number): Uint8Array {
  const parts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    parts.push(paragraph(`Mục ${page}`, '<w:pStyle w:val="Heading2"/>'));
    for (let i = 0; i < 10; i++) {
      parts.push(paragraph(SENTENCE, i % 3 === 0 ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ""));
    }
    if (page % 5 === 0) parts.push(table(4));
  }
  parts.push(
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>',
  );
  return docxFixture({
    body: parts.join(""),
    styles:
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
    numbering:
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  });
}
