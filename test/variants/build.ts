/**
 * Turns a report written as plain data (ReportSpec) into the OutlineDoc blocks the project's .docx writer renders:
 * the header and footer as borderless tables or as tab-laid paragraphs, the title, sections with their headings typed
 * in any of the ways offices type them, body paragraphs, bold sub-headings and bordered tables.
 */
import type { PageSetup } from "../../shared/model/document";
import { A4_PAGE, BODY_INDENT_PT, FONT, TEXT_WIDTH_PT } from "../../shared/outline/format";
import type { OutlineBlock, OutlineDoc, OutlineParagraph, OutlineRun, OutlineStyle } from "../../shared/outline/types";

/** A body block: a paragraph, a bold (sub-heading) or italic paragraph, or a bordered table (first row bold). */
export type Body = string | { bold: string } | { italic: string } | { table: string[][] };

/**
 * How a heading is typed: bold caps (the common way), Word's Heading 1 style, plain (no emphasis at all: the text
 * alone must carry it).
 */
export type HeadingStyle = "bold" | "heading" | "plain";

export interface SectionSpec {
  heading: string;
  style?: HeadingStyle;
  body: Body[];
}

export interface ReportSpec {
  /** The registry unit the report is from (not rendered). */
  unitId: string;
  /** Header left column, top to bottom: parent body (regular), the unit's name lines (bold), then the number line. */
  parent?: string;
  agency: string[];
  number: string;
  /** "Hà Tĩnh, ngày 28 tháng 6 năm 2024". */
  date: string;
  /** table: a borderless two-column table; tabs: two columns on each line, split by tabs. */
  headerLayout?: "table" | "tabs";
  /** Title lines, each bold and centred ("BÁO CÁO", then the subject). */
  title: string[];
  preamble?: string[];
  sections: SectionSpec[];
  closing?: string;
  /** Lines under "Nơi nhận:". */
  recipients: string[];
  /** The signer's title lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") and name. */
  signer: string[];
  signerName: string;
  footerLayout?: "table" | "tabs";
  page?: PageSetup;
  /** Body font (Times New Roman unless a variant is about the font). */
  font?: string;
  /** Every text decomposed (NFD), as some editors and pasted text deliver it. */
  decomposed?: boolean;
}

const SIZE = { header: 13, dateLine: 14, title: 14, body: 14, table: 13, signer: 14, recipientsHead: 12, recipients: 11 };

function r(text: string, sizePt: number, style: Partial<Pick<OutlineRun, "bold" | "italic" | "underline" | "font">> = {}): OutlineRun {
  return { text, font: FONT, sizePt, ...style };
}

function p(runs: OutlineRun[], alignment: OutlineParagraph["alignment"] = "left", style: OutlineStyle = "Normal"): OutlineParagraph {
  return { kind: "paragraph", style, alignment, runs, spaceAfterPt: 0, lineSpacing: 1 };
}

function body(text: string, font: string, style: { bold?: boolean; italic?: boolean } = {}): OutlineParagraph {
  return { ...p([r(text, SIZE.body, { ...style, font })], "justify"), firstLineIndentPt: BODY_INDENT_PT, spaceAfterPt: 6 };
}

function table(rows: string[][], font: string): OutlineBlock {
  const columns = Math.max(...rows.map((row) => row.length));
  return {
    kind: "table",
    borders: true,
    columnWidthsPt: Array.from({ length: columns }, () => TEXT_WIDTH_PT / columns),
    rows: rows.map((row, i) => ({
      header: i === 0,
      cells: row.map((cell) => ({ paragraphs: [p([r(cell, SIZE.table, { bold: i === 0, font })], cell.length > 24 ? "left" : "center")] })),
    })),
  };
}

function layoutTable(left: OutlineParagraph[], right: OutlineParagraph[], leftPt: number): OutlineBlock {
  return {
    kind: "table",
    borders: false,
    columnWidthsPt: [leftPt, TEXT_WIDTH_PT - leftPt],
    rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }],
  };
}

/** Two columns in one paragraph per line: left runs, tabs, right runs (what many offices type instead of a table). */
function tabbed(left: OutlineRun[][], right: OutlineRun[][]): OutlineBlock[] {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => {
    const l = left[i] ?? [];
    const rr = right[i] ?? [];
    const gap = rr.length > 0 ? [r(l.length > 0 ? "\t\t" : "\t\t\t\t", SIZE.recipients)] : [];
    return p([...l, ...gap, ...rr]);
  });
}

function headerBlocks(s: ReportSpec): OutlineBlock[] {
  const left: OutlineRun[][] = [
    ...(s.parent ? [[r(s.parent, SIZE.header)]] : []),
    ...s.agency.map((a) => [r(a, SIZE.header, { bold: true })]),
    [r(s.number, SIZE.header)],
  ];
  const right: OutlineRun[][] = [
    [r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, { bold: true })],
    [r("Độc lập - Tự do - Hạnh phúc", SIZE.header, { bold: true, underline: true })],
    [r(s.date, SIZE.dateLine, { italic: true })],
  ];
  if (s.headerLayout === "tabs") return tabbed(left, right);
  return [layoutTable(left.map((x) => p(x, "center")), right.map((x) => p(x, "center")), 184)];
}

function footerBlocks(s: ReportSpec): OutlineBlock[] {
  const left: OutlineRun[][] = [[r("Nơi nhận:", SIZE.recipientsHead, { bold: true, italic: true })], ...s.recipients.map((x) => [r(x, SIZE.recipients)])];
  const right: OutlineRun[][] = [...s.signer.map((t) => [r(t, SIZE.signer, { bold: true })]), [], [], [r(s.signerName, SIZE.signer, { bold: true })]];
  if (s.footerLayout === "tabs") return tabbed(left, right);
  return [layoutTable(left.map((x) => p(x)), right.map((x) => p(x.length > 0 ? x : [r("", SIZE.signer)], "center")), 200)];
}

function headingBlock(h: SectionSpec, font: string): OutlineParagraph {
  const style = h.style ?? "bold";
  const run = r(h.heading, SIZE.body, { bold: style !== "plain", font });
  return { ...p([run], "left", style === "heading" ? "heading 1" : "Normal"), firstLineIndentPt: BODY_INDENT_PT, spaceBeforePt: 6, spaceAfterPt: 6 };
}

function bodyBlock(b: Body, font: string): OutlineBlock {
  if (typeof b === "string") return body(b, font);
  if ("bold" in b) return body(b.bold, font, { bold: true });
  if ("italic" in b) return body(b.italic, font, { italic: true });
  return table(b.table, font);
}

export function buildReport(s: ReportSpec): OutlineDoc {
  const font = s.font ?? FONT;
  const blocks: OutlineBlock[] = [
    ...headerBlocks(s),
    ...s.title.map((t) => ({ ...p([r(t, SIZE.title, { bold: true })], "center"), spaceBeforePt: 6 })),
    ...(s.preamble ?? []).map((t) => body(t, font)),
    ...s.sections.flatMap((sec) => [headingBlock(sec, font), ...sec.body.map((b) => bodyBlock(b, font))]),
    ...(s.closing ? [body(s.closing, font)] : []),
    ...footerBlocks(s),
  ];
  const out = s.decomposed ? blocks.map(decompose) : blocks;
  return { page: s.page ?? A4_PAGE, font: { name: font, sizePt: SIZE.body }, blocks: out, meta: { title: s.title.join(" "), author: s.agency.join(" ") } };
}

function decompose(b: OutlineBlock): OutlineBlock {
  const para = (x: OutlineParagraph): OutlineParagraph => ({ ...x, runs: x.runs.map((run) => ({ ...run, text: run.text.normalize("NFD") })) });
  if (b.kind === "paragraph") return para(b);
  if (b.kind === "control") return { ...b, paragraphs: b.paragraphs.map(para) };
  return { ...b, rows: b.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ paragraphs: c.paragraphs.map(para) })) })) };
}
