/**
 * A long report laid out the way offices really write them, for the second read + check row: numbered sub-headings
 * ("1.", "a)"), dash and plus lists, paragraphs broken into many runs (bold figures, italic citations — Word splits
 * a paragraph into a run per edit), a figures table per sub-section with a row per subordinate unit, and a remedies
 * table of many rows. The plain generator (report-gen.ts) is one run per paragraph and no tables but one.
 */
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { sectionTag } from "../shared/outline";
import { buildOutline } from "../shared/outline/build";
import { bodyParagraph, centred, FONT, SIZE, TEXT_WIDTH_PT } from "../shared/outline/format";
import type { OutlineBlock, OutlineParagraph, OutlineRun, OutlineTable, RemedyRow } from "../shared/outline/types";
import { HA_TINH_2024_REGISTRY } from "../shared/units/ha-tinh-2024";
import { writeDocx } from "../docx/write";

/**
 * A sub-section of I (heading, two points, six list lines, a 9-row table) fills about a page; II's shorter ones and
 * the remedies rows add about half as much again.
 */
const SUBSECTIONS_PER_PAGE = 0.55;
const WARDS = ["Phường Bắc Hà", "Phường Nam Hà", "Phường Tân Giang", "Xã Thạch Hạ", "Xã Đồng Môn", "Xã Thạch Trung", "Phường Hà Huy Tập", "Xã Thạch Bình"];
const TOPICS = [
  "Công tác chỉ đạo, điều hành cải cách hành chính",
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
];

const r = (text: string, style: Partial<Pick<OutlineRun, "bold" | "italic">> = {}): OutlineRun => ({ text, font: FONT, sizePt: SIZE.body, ...style });

function para(runs: OutlineRun[]): OutlineParagraph {
  return { ...bodyParagraph(""), runs };
}

/** A body paragraph as Word stores one edited a few times: figures bold, a citation italic, the rest in pieces. */
function fragmented(i: number, topic: string): OutlineParagraph {
  const done = 8 + (i % 5);
  return para([
    r("Trong kỳ, "),
    r("đơn vị đã "),
    r("thực hiện kiểm tra "),
    r(`${String(done).padStart(2, "0")}/12`, { bold: true }),
    r(` cơ quan, đơn vị về ${topic.toLowerCase()}, đạt `),
    r(`${((done / 12) * 100).toFixed(1).replace(".", ",")}%`, { bold: true }),
    r(" kế hoạch; việc triển khai thực hiện theo "),
    r(`Kế hoạch số ${100 + i}/KH-UBND ngày 15/01/2024`, { italic: true }),
    r(" của Ủy ban nhân dân tỉnh cơ bản bảo đảm tiến độ, chất lượng."),
  ]);
}

function figuresTable(caption: number): OutlineBlock[] {
  const columns = ["STT", "Đơn vị", "Hồ sơ tiếp nhận", "Đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn"];
  const widths = [36, ...Array.from({ length: 5 }, (_, i) => (i === 0 ? 150 : (TEXT_WIDTH_PT - 186) / 4))];
  const rows = WARDS.map((ward, i) => {
    const received = 120 + ((i * 37 + caption * 11) % 300);
    const solved = received - (i % 4);
    const onTime = solved - (i % 3);
    const rate = `${((onTime / solved) * 100).toFixed(1).replace(".", ",")}%`;
    return [String(i + 1), ward, String(received), String(solved), String(onTime), rate];
  });
  const table: OutlineTable = {
    kind: "table",
    borders: true,
    columnWidthsPt: widths,
    rows: [
      { header: true, cells: columns.map((c) => ({ paragraphs: [centred(c, SIZE.table, { bold: true })] })) },
      ...rows.map((cells) => ({ cells: cells.map((c) => ({ paragraphs: [centred(c, SIZE.table)] })) })),
    ],
  };
  return [centred(`Bảng ${caption}. Kết quả giải quyết hồ sơ thủ tục hành chính`, SIZE.table, { bold: true }), table];
}

/** Section I (or II) as numbered sub-sections, each with its lettered points, lists and a figures table. */
function subsections(count: number, shortcomings: boolean): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  for (let s = 0; s < count; s++) {
    const topic = TOPICS[s % TOPICS.length]!;
    out.push(para([r(`${s + 1}. ${topic}`, { bold: true })]));
    out.push(para([r("a) Kết quả đạt được", { italic: true })]));
    out.push(fragmented(s, topic), fragmented(s + 1, topic));
    for (let k = 0; k < 3; k++) {
      out.push(para([r(`- ${WARDS[(s + k) % WARDS.length]}: `), r("hoàn thành "), r(`${90 + k}%`, { bold: true }), r(" chỉ tiêu được giao;")]));
      out.push(para([r(`+ Tỷ lệ hồ sơ trực tuyến toàn trình đạt ${40 + k * 5}%, tăng ${k + 2}% so với cùng kỳ năm 2023.`)]));
    }
    if (shortcomings) out.push(para([r("b) Tồn tại, hạn chế", { italic: true })]), para([r(`- Một số hồ sơ về ${topic.toLowerCase()} còn chậm cập nhật trên Hệ thống thông tin giải quyết TTHC của tỉnh.`)]));
    if (!shortcomings) out.push(...figuresTable(s + 1));
  }
  return out;
}

/** About `pages` A4 pages in the style described above, for a built-in unit (default: Sở Tư pháp). */
export function generateRealisticReport(pages: number, unitId = "stp"): Uint8Array {
  const unit = HA_TINH_2024_REGISTRY.get(unitId);
  if (!unit) throw new Error(`bench: unit ${unitId} missing from the registry`);
  const n = Math.max(1, Math.round(pages * SUBSECTIONS_PER_PAGE));
  const remedyRows: RemedyRow[] = Array.from({ length: n * 2 }, (_, i) => ({
    shortcoming: `Hồ sơ về ${TOPICS[i % TOPICS.length]!.toLowerCase()} quá hạn tại ${WARDS[i % WARDS.length]}`,
    remedy: "Rà soát, xử lý dứt điểm; xin lỗi tổ chức, công dân theo quy định",
    deadline: `Trước ngày ${(i % 28) + 1}/9/2024`,
  }));
  const doc = buildOutline(HA_TINH_2024, unit, {
    number: "215",
    date: { year: 2024, month: 6, day: 28 },
    sections: { I: [""], II: [""], III: ["Khắc phục các tồn tại, hạn chế nêu tại Mục II theo bảng sau:"], IV: ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra công tác cải cách hành chính."] },
    remedyRows,
    signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    signerName: "Nguyễn Văn An",
  });
  // The writing areas of I and II take the laid-out sub-sections (after the control, as a clerk's pasted text).
  const blocks = doc.blocks.flatMap((b): OutlineBlock[] => {
    if (b.kind !== "control") return [b];
    if (b.tag === sectionTag("I")) return [b, ...subsections(n, false)];
    if (b.tag === sectionTag("II")) return [b, ...subsections(Math.ceil(n / 2), true)];
    return [b];
  });
  return writeDocx({ ...doc, blocks });
}
