/** A set of varied reports (units, fields, figures, deadlines) built with the fixture writer, for summary tests. */
import type { OutlineContent } from "../../../shared/outline/types";
import { makeFilledReportDocx } from "../../fixtures/reports";

export interface VariedReport {
  unitId: string;
  bytes: Uint8Array;
}

const content: Record<string, OutlineContent> = {
  // The example: 08/12 units, TTHC and chính quyền số, a remedies table (30/9 and 31/12/2024).
  stp: {},
  // A district: a plain count, three fields in numbered groups, list remedies (10/2024, 15/11/2024), two proposals.
  d443: {
    sections: {
      I: ["Năm 2024, UBND huyện đã tự kiểm tra 11 cơ quan, đơn vị và 5 xã theo kế hoạch."],
      II: [
        "Những tồn tại, hạn chế chủ yếu:",
        "1. Về cải cách thể chế: một số văn bản quy phạm pháp luật ban hành chậm so với kế hoạch.",
        "2. Về tổ chức bộ máy:",
        "- Việc sắp xếp các phòng chuyên môn còn chậm.",
        "3. Lĩnh vực cải cách thủ tục hành chính: còn hồ sơ trễ hạn tại bộ phận Một cửa.",
      ],
      III: [
        "- Rà soát, ban hành văn bản quy phạm pháp luật theo kế hoạch, hoàn thành trong tháng 7/2024.",
        "- Hoàn thành sắp xếp tổ chức bộ máy các phòng chuyên môn trước ngày 15/11/2024.",
      ],
      IV: ["Đề nghị UBND tỉnh bố trí kinh phí cho chuyển đổi số.", "Đề nghị Sở Nội vụ hướng dẫn sắp xếp bộ máy."],
    },
    remedyRows: [],
  },
  // A department: a ratio in words of a percentage, one field (công vụ), one vague and one concrete deadline.
  snv: {
    sections: {
      I: ["Sở đã kiểm tra 5/5 phòng, đơn vị trực thuộc, đạt 100% kế hoạch năm."],
      II: ["Về công vụ: một số công chức chưa chấp hành nghiêm thời giờ làm việc."],
      III: [
        "- Tăng cường kiểm tra công vụ, thực hiện thường xuyên.",
        "- Hoàn thiện Cổng dịch vụ công trực tuyến trước ngày 31/10/2024.",
      ],
      IV: ["Không có đề xuất, kiến nghị."],
    },
    remedyRows: [],
  },
};

export function variedReports(): VariedReport[] {
  return Object.entries(content).map(([unitId, o]) => ({ unitId, bytes: makeFilledReportDocx(unitId, o) }));
}
