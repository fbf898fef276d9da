import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import type { Block, DocumentModel, Paragraph, Table } from "../../../shared/model/document";

/**
 * Test documents built in code: para("text", {bold, headingLevel, listLabel, …}), table([[cells]]), and a fully
 * filled Sở Tư pháp report whose parts the tests swap, drop or reshape.
 */
export interface ParaOptions {
  bold?: boolean;
  italic?: boolean;
  font?: string;
  sizePt?: number;
  headingLevel?: number;
  outlineLevel?: number;
  listLabel?: string;
  styleName?: string;
  contentControls?: string[];
  alignment?: Paragraph["alignment"];
}

export function para(text: string, o: ParaOptions = {}): Paragraph {
  const p: Paragraph = {
    type: "paragraph",
    text,
    runs: [{ text, font: o.font ?? "Times New Roman", sizePt: o.sizePt ?? 14, bold: o.bold, italic: o.italic }],
  };
  if (o.headingLevel !== undefined) p.headingLevel = o.headingLevel;
  if (o.outlineLevel !== undefined) p.outlineLevel = o.outlineLevel;
  if (o.listLabel !== undefined) p.listLabel = o.listLabel;
  if (o.styleName !== undefined) p.styleName = o.styleName;
  if (o.contentControls !== undefined) p.contentControls = o.contentControls;
  if (o.alignment !== undefined) p.alignment = o.alignment;
  return p;
}

type CellInput = string | Paragraph | Paragraph[];

export function table(rows: CellInput[][]): Table {
  const cell = (c: CellInput) => ({ paragraphs: typeof c === "string" ? [para(c, { sizePt: 13 })] : Array.isArray(c) ? c : [c] });
  return { type: "table", rows: rows.map((r) => ({ cells: r.map(cell) })) };
}

export const A4_PAGE = { widthTwips: 11906, heightTwips: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 850 } };

export function doc(blocks: Block[], extra: Partial<Omit<DocumentModel, "blocks">> = {}): DocumentModel {
  return { blocks, page: A4_PAGE, defaults: { font: "Times New Roman", sizePt: 14 }, ...extra };
}

export const campaign = HA_TINH_2024;

/** The parts of a report, top to bottom; tests replace one part and assemble(). */
export interface ReportParts {
  header: Block[];
  title: Block[];
  preamble: Block[];
  I: Block[];
  II: Block[];
  III: Block[];
  IV: Block[];
  closing: Block[];
  footer: Block[];
}

/** A bold paragraph: how headings are typed without styles. */
export const b = (text: string, o: ParaOptions = {}) => para(text, { bold: true, ...o });

export function goodParts(): ReportParts {
  return {
    header: [
      table([
        [
          [para("UBND TỈNH HÀ TĨNH", { sizePt: 13 }), b("SỞ TƯ PHÁP", { sizePt: 13 }), para("Số: 45/BC-STP", { sizePt: 13 })],
          [
            b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sizePt: 13 }),
            b("Độc lập - Tự do - Hạnh phúc", { sizePt: 14 }),
            para("Hà Tĩnh, ngày 28 tháng 6 năm 2024", { italic: true, sizePt: 14 }),
          ],
        ],
      ]),
    ],
    title: [
      b("BÁO CÁO", { alignment: "center" }),
      b("Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2024", { alignment: "center" }),
    ],
    preamble: [
      para(
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2024 của UBND tỉnh về kiểm tra, đánh giá công tác cải cách hành chính nhà nước năm 2024, Sở Tư pháp báo cáo kết quả như sau:",
      ),
    ],
    I: [
      b("I. KẾT QUẢ ĐẠT ĐƯỢC"),
      para(
        "Sở Tư pháp đã ban hành Kế hoạch kiểm tra CCHC số 12/KH-STP ngày 15/01/2024; trong 6 tháng đầu năm đã kiểm tra 08/12 phòng, đơn vị trực thuộc, đạt 66,7% kế hoạch năm.",
      ),
      para("Về cải cách thể chế: 100% dự thảo văn bản quy phạm pháp luật được thẩm định đúng thời hạn."),
      para("Về cải cách thủ tục hành chính: 100% hồ sơ được giải quyết đúng hạn, không có hồ sơ quá hạn."),
    ],
    II: [
      b("II. TỒN TẠI, HẠN CHẾ"),
      para("Việc cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công tại 02 đơn vị còn chậm."),
      para("Tỷ lệ hồ sơ nộp trực tuyến toàn trình thuộc lĩnh vực chính quyền số còn thấp so với chỉ tiêu."),
    ],
    III: [
      b("III. GIẢI PHÁP KHẮC PHỤC"),
      para("Chỉ đạo các phòng, đơn vị rà soát, công khai đầy đủ thủ tục hành chính; hoàn thành trước ngày 30/9/2024.", { listLabel: "-" }),
      para("Tổ chức tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho công chức, viên chức trong Quý III/2024.", { listLabel: "-" }),
    ],
    IV: [
      b("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
      para("Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra công tác cải cách hành chính cho công chức làm công tác CCHC."),
    ],
    closing: [para("Trên đây là báo cáo kết quả công tác kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2024 của Sở Tư pháp./.")],
    footer: [
      table([
        [
          [
            para("Nơi nhận:", { bold: true, italic: true, sizePt: 12 }),
            para("- Sở Nội vụ;", { sizePt: 11 }),
            para("- Giám đốc, các PGĐ Sở;", { sizePt: 11 }),
            para("- Lưu: VT, VP.", { sizePt: 11 }),
          ],
          [b("GIÁM ĐỐC"), para(""), para(""), b("Nguyễn Văn An")],
        ],
      ]),
    ],
  };
}

export function assemble(parts: ReportParts, extra: Partial<Omit<DocumentModel, "blocks">> = {}): DocumentModel {
  const order: (keyof ReportParts)[] = ["header", "title", "preamble", "I", "II", "III", "IV", "closing", "footer"];
  return doc(order.flatMap((k) => parts[k]), extra);
}

/** The good report with some parts replaced. */
export function report(change: Partial<ReportParts> = {}, extra: Partial<Omit<DocumentModel, "blocks">> = {}): DocumentModel {
  return assemble({ ...goodParts(), ...change }, extra);
}

/** Each paragraph's text decomposed (NFD), as some editors and pasted text deliver it. */
export function toNfd(d: DocumentModel): DocumentModel {
  const nfd = (p: Paragraph): Paragraph => ({
    ...p,
    text: p.text.normalize("NFD"),
    runs: p.runs.map((r) => ({ ...r, text: r.text.normalize("NFD") })),
  });
  return {
    ...d,
    blocks: d.blocks.map((bl) =>
      bl.type === "paragraph" ? nfd(bl) : { ...bl, rows: bl.rows.map((r) => ({ cells: r.cells.map((c) => ({ paragraphs: c.paragraphs.map(nfd) })) })) },
    ),
  };
}
