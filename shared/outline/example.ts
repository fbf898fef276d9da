/**
 * A complete, realistic report for a unit: what `cchc outline --example` writes so a newcomer can try a submission
 * without Word, and what the tests use as the report that must pass every rule.
 */
import type { Campaign } from "../campaign/schema";
import type { Unit } from "../units/schema";
import type { OutlineContent } from "./types";

/** Signer lines as real documents of each level print them. */
function signerTitle(unit: Unit): string[] {
  if (unit.level === "district" || unit.level === "commune") return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
  if (unit.level === "central_agency") return ["CỤC TRƯỞNG"];
  return ["GIÁM ĐỐC"];
}

/** A complete report for the unit, dated 28/6 of the campaign year, in the words a department's clerk would write. */
export function exampleContent(campaign: Campaign, unit: Unit): OutlineContent {
  const y = campaign.year;
  return {
    number: "15",
    date: { year: y, month: 6, day: 28 },
    sections: {
      I: [
        `Thực hiện Kế hoạch kiểm tra, tự kiểm tra công tác cải cách hành chính năm ${y}, trong 6 tháng đầu năm ${y} ${unit.name} đã kiểm tra 08/12 phòng, đơn vị, đạt 66,7% kế hoạch.`,
        "Công tác chỉ đạo, điều hành CCHC được quan tâm; 100% thủ tục hành chính thuộc thẩm quyền được công khai đầy đủ và tiếp nhận qua Bộ phận Một cửa.",
        "Về cải cách thể chế, đã thẩm định 35 dự thảo văn bản quy phạm pháp luật đúng thời hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%.",
      ],
      II: [
        "Qua kiểm tra, tự kiểm tra, còn một số tồn tại, hạn chế sau:",
        "- Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ giải quyết quá hạn tại 02 đơn vị trực thuộc; việc cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC chưa kịp thời.",
        "- Lĩnh vực xây dựng và phát triển chính quyền số: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC còn thấp.",
      ],
      III: [
        "Để khắc phục các tồn tại, hạn chế nêu trên, đơn vị triển khai các giải pháp sau:",
        `- Chỉ đạo các đơn vị trực thuộc rà soát, xử lý dứt điểm hồ sơ quá hạn, hoàn thành trước ngày 30/9/${y}.`,
        `- Cập nhật đầy đủ trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh, hoàn thành trước ngày 31/8/${y}.`,
        `- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, hoàn thành trước ngày 31/12/${y}.`,
      ],
      IV: [
        "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra công tác cải cách hành chính cho công chức làm công tác CCHC của các cơ quan, đơn vị.",
      ],
    },
    remedyRows: [
      {
        shortcoming: "Hồ sơ giải quyết quá hạn tại 02 đơn vị trực thuộc",
        remedy: "Rà soát, xử lý dứt điểm hồ sơ quá hạn",
        deadline: `Trước ngày 30/9/${y}`,
      },
      {
        shortcoming: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC còn thấp",
        remedy: "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC",
        deadline: `Trước ngày 31/12/${y}`,
      },
    ],
    signerTitle: signerTitle(unit),
    signerName: "Nguyễn Văn An",
    extraRecipients: ["UBND tỉnh (để báo cáo)"],
    archiveNote: "VP",
  };
}

