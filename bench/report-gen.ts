/**
 * Generates realistic reports of a given length for the benchmarks: the standard outline filled with as many
 * paragraphs per section as it takes to reach the page count (≈ 8 body paragraphs of ~60 words per A4 page at 14 pt).
 * Every generated report passes the rule engine without errors, so the API accepts it.
 */
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { buildOutline } from "../shared/outline/build";
import type { OutlineContent } from "../shared/outline/types";
import { HA_TINH_2024_REGISTRY } from "../shared/units/ha-tinh-2024";
import { writeDocx } from "../docx/write";

const PARAS_PER_PAGE = 8;

const SENTENCES = [
  "Trong kỳ báo cáo, đơn vị đã kiểm tra 08/12 phòng, đơn vị trực thuộc, đạt 66,7% kế hoạch kiểm tra công tác cải cách hành chính năm 2024.",
  "Công tác chỉ đạo, điều hành CCHC được triển khai đồng bộ; các nhiệm vụ được giao cơ bản hoàn thành đúng tiến độ đề ra.",
  "Việc giải quyết thủ tục hành chính tại Bộ phận Một cửa được thực hiện đúng quy trình, tỷ lệ hồ sơ đúng hạn đạt 98,5%.",
  "Một số đơn vị trực thuộc chưa cập nhật kịp thời trạng thái hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
];

function paragraphs(n: number, seed: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const a = SENTENCES[(i + seed) % SENTENCES.length]!;
    const b = SENTENCES[(i + seed + 1) % SENTENCES.length]!;
    return `${i + 1}. ${a} ${b}`;
  });
}

/** A report of about `pages` A4 pages for a built-in unit (default: Sở Tư pháp). */
export function generateReport(pages: number, unitId = "stp"): Uint8Array {
  const unit = HA_TINH_2024_REGISTRY.get(unitId);
  if (!unit) throw new Error(`bench: unit ${unitId} missing from the registry`);
  const per = Math.max(1, Math.round((pages * PARAS_PER_PAGE) / 3));
  const remedies = paragraphs(per, 2).map((p, i) => `- ${p} Hoàn thành trước ngày ${(i % 28) + 1}/9/2024.`);
  const content: OutlineContent = {
    number: "15",
    date: { year: 2024, month: 6, day: 28 },
    sections: {
      I: paragraphs(per, 0),
      II: paragraphs(per, 1).map((p) => `- Lĩnh vực thủ tục hành chính: ${p}`),
      III: remedies,
      IV: ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra công tác cải cách hành chính cho công chức các đơn vị."],
    },
    remedyRows: [{ shortcoming: "Hồ sơ quá hạn", remedy: "Rà soát, xử lý dứt điểm", deadline: "Trước ngày 30/9/2024" }],
    signerTitle: ["GIÁM ĐỐC"],
    signerName: "Nguyễn Văn An",
  };
  return writeDocx(buildOutline(HA_TINH_2024, unit, content));
}
