/**
 * The province's consolidated report as a draft in the Decree 30 layout, built as the same plain skeleton the
 * outline uses (shared/outline), so the project's own .docx writer renders it. Sections follow the campaign's
 * outline: I totals, II shortcomings by field, III remedies with deadlines, IV proposals; then the appendix of units.
 */
import type { CampaignSummary } from "../api/summary";
import type { Campaign } from "../campaign/schema";
import { formatDate, toCalendarDate } from "../dates";
import { footerBlocks } from "../outline/footer";
import { A4_PAGE, bodyParagraph, centred, FONT, paragraph, run, SIZE, TEXT_WIDTH_PT } from "../outline/format";
import { headerBlocks } from "../outline/header";
import type { OutlineBlock, OutlineDoc, OutlineParagraph, OutlineRun, OutlineTable } from "../outline/types";
import { STATUS_LABELS } from "../status/table";
import type { Unit } from "../units/schema";

export const SUMMARY_SUBJECT = "Tổng hợp kết quả kiểm tra, tự kiểm tra công tác CCHC";
export const OVERDUE_REMEDY = "Quá hạn khắc phục";

export interface SummaryDocOptions {
  /** The issuing body (Sở Nội vụ): its header lines and number code. */
  issuer: Unit;
  /** The address that opens a submission's document after signing in (the pane's open.html); absent: no links. */
  documentLink?: (submissionId: string) => string;
}

const heading = (text: string): OutlineParagraph =>
  paragraph([run(text, SIZE.heading, { bold: true })], { style: "heading 1", spaceBeforePt: 6, spaceAfterPt: 6, keepWithNext: true, lineSpacing: 1.15 });
const subheading = (text: string): OutlineParagraph =>
  paragraph([run(text, SIZE.body, { bold: true })], { alignment: "justify", spaceAfterPt: 6, keepWithNext: true, lineSpacing: 1.15 });
const cellText = (text: string, style: { bold?: boolean } = {}, alignment: "left" | "center" = "left"): OutlineParagraph =>
  paragraph([run(text, SIZE.table, style)], { alignment, spaceAfterPt: 0, lineSpacing: 1 });

function table(columnsPt: number[], header: string[], rows: (string | OutlineParagraph)[][]): OutlineTable {
  const scale = TEXT_WIDTH_PT / columnsPt.reduce((a, b) => a + b, 0);
  return {
    kind: "table",
    borders: true,
    columnWidthsPt: columnsPt.map((w) => Math.floor(w * scale)),
    rows: [
      { header: true, cells: header.map((h) => ({ paragraphs: [cellText(h, { bold: true }, "center")] })) },
      ...rows.map((r) => ({ cells: r.map((c) => ({ paragraphs: [typeof c === "string" ? cellText(c) : c] })) })),
    ],
  };
}

function sectionHeading(campaign: Campaign, key: "I" | "II" | "III" | "IV"): OutlineParagraph {
  const s = campaign.outline.sections.find((x) => x.key === key);
  return heading(`${key}. ${s?.heading ?? ""}`);
}

function totals(s: CampaignSummary): OutlineBlock[] {
  const r = s.reporting;
  const i = s.inspected;
  const lines = [
    `Tổng số cơ quan, đơn vị phải báo cáo: ${r.units}; đã báo cáo: ${r.submitted} (đúng hạn: ${r.onTime}; nộp muộn: ${r.late}); chưa báo cáo: ${r.missing + r.overdue} (trong đó quá hạn: ${r.overdue}).`,
    i.reports > 0
      ? `Theo ${i.reports} báo cáo có nêu số liệu, các cơ quan, đơn vị đã kiểm tra, tự kiểm tra ${i.units} đơn vị` +
        (i.total > 0 ? `; riêng các báo cáo nêu cả số đơn vị theo kế hoạch: ${i.unitsOfTotal}/${i.total} đơn vị, đạt ${ratio(i.unitsOfTotal, i.total)}%.` : ".")
      : "Chưa có báo cáo nào nêu số lượng đơn vị đã kiểm tra, tự kiểm tra.",
  ];
  return lines.map((l) => bodyParagraph(l));
}

const ratio = (a: number, b: number) => (Math.round((a * 1000) / b) / 10).toString().replace(".", ",");

function shortcomings(s: CampaignSummary): OutlineBlock[] {
  const fields = s.shortcomingsByField.filter((f) => f.units.length > 0);
  if (fields.length === 0) return [bodyParagraph("Các báo cáo chưa nêu tồn tại, hạn chế theo lĩnh vực cải cách hành chính.")];
  return fields.flatMap((f, n) => [
    subheading(`${n + 1}. ${f.name} (${f.units.length} cơ quan, đơn vị)`),
    ...f.units.map((u) => bodyParagraph(`- ${u.unitName}: ${u.excerpt}`)),
  ]);
}

function remedies(s: CampaignSummary): OutlineBlock[] {
  if (s.remedies.length === 0) return [bodyParagraph("Các báo cáo chưa nêu giải pháp khắc phục.")];
  const rows = s.remedies.map((m, i) => [
    String(i + 1),
    m.unitName,
    m.text,
    m.deadlineAt ? formatDate(toCalendarDate(m.deadlineAt)) : "Chưa nêu",
    m.overdue ? OVERDUE_REMEDY : "",
  ]);
  return [table([30, 110, 190, 70, 70], ["STT", "Cơ quan, đơn vị", "Giải pháp khắc phục", "Thời hạn", "Ghi chú"], rows)];
}

function proposals(s: CampaignSummary): OutlineBlock[] {
  if (s.proposals.length === 0) return [bodyParagraph("Các cơ quan, đơn vị không có đề xuất, kiến nghị.")];
  return s.proposals.map((p) => bodyParagraph(`- ${p.unitName}: ${p.excerpt}`));
}

function appendix(s: CampaignSummary, o: SummaryDocOptions): OutlineBlock[] {
  const rows = s.units.map((u, i) => {
    const f = u.inspected;
    const figure = f ? [f.count, f.total].filter((n) => n !== undefined).join("/") + (f.ratio !== undefined ? ` (${String(f.ratio).replace(".", ",")}%)` : "") : "";
    const runs: OutlineRun[] =
      u.submissionId && o.documentLink
        ? [{ ...run("Mở văn bản", SIZE.table, { underline: true }), link: o.documentLink(u.submissionId) }]
        : [run("", SIZE.table)];
    return [
      String(i + 1),
      u.unitName,
      u.status ? STATUS_LABELS[u.status] : "Báo cáo gửi qua kênh khác",
      figure.trim(),
      paragraph(runs, { spaceAfterPt: 0, lineSpacing: 1 }),
    ];
  });
  return [
    { ...centred("PHỤ LỤC", SIZE.heading, { bold: true }), spaceBeforePt: 18 },
    { ...centred("Danh sách cơ quan, đơn vị và tình hình báo cáo", SIZE.body, { italic: true }), spaceAfterPt: 6 },
    table([30, 170, 110, 80, 80], ["STT", "Cơ quan, đơn vị", "Tình hình báo cáo", "Đơn vị đã kiểm tra", "Văn bản"], rows),
  ];
}

/** The draft for Sở Nội vụ to complete and sign: dated the day of the summary, number left blank. */
export function buildSummaryDoc(campaign: Campaign, s: CampaignSummary, o: SummaryDocOptions): OutlineDoc {
  const date = toCalendarDate(s.asOf);
  const toProvince = { ...campaign, outline: { ...campaign.outline, recipients: ["UBND tỉnh (để báo cáo)", "Bộ Nội vụ (để báo cáo)", "Các cơ quan, đơn vị", "Lưu: VT"] } };
  const blocks: OutlineBlock[] = [
    ...headerBlocks(campaign, o.issuer, { date }),
    paragraph([run(campaign.outline.typeName, SIZE.typeName, { bold: true })], { style: "Title", alignment: "center", spaceBeforePt: 12, spaceAfterPt: 0, lineSpacing: 1 }),
    { ...centred(`${SUMMARY_SUBJECT} ${campaign.period}`, SIZE.subject, { bold: true }), spaceAfterPt: 12 },
    bodyParagraph(
      `Trên cơ sở báo cáo kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính ${campaign.period} của các cơ quan, đơn vị (số liệu đến ngày ${formatDate(date)}), ${o.issuer.name} tổng hợp như sau:`,
    ),
    sectionHeading(campaign, "I"),
    ...totals(s),
    sectionHeading(campaign, "II"),
    ...shortcomings(s),
    sectionHeading(campaign, "III"),
    ...remedies(s),
    sectionHeading(campaign, "IV"),
    ...proposals(s),
    bodyParagraph(`Trên đây là báo cáo tổng hợp kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính ${campaign.period} của ${o.issuer.name}.`),
    ...footerBlocks(toProvince, o.issuer, { signerTitle: ["GIÁM ĐỐC"] }),
    ...appendix(s, o),
  ];
  return {
    page: A4_PAGE,
    font: { name: FONT, sizePt: SIZE.body },
    blocks,
    meta: { title: `Báo cáo ${SUMMARY_SUBJECT.charAt(0).toLowerCase()}${SUMMARY_SUBJECT.slice(1)}`, author: o.issuer.name },
  };
}

/** Sở Nội vụ as the registry knows it, or as the campaign's province names it when the registry has no "snv". */
export function issuerOf(campaign: Pick<Campaign, "place">, registered: Unit | undefined): Unit {
  return (
    registered ?? {
      id: "snv",
      name: "Sở Nội vụ",
      shortCode: "SNV",
      level: "province_dept",
      parentName: `UBND tỉnh ${campaign.place}`,
      place: campaign.place,
      subordinateCount: null,
    }
  );
}
