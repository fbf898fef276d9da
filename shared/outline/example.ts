/**
 * A complete, realistic report for a unit: what `cchc outline --example` writes so a newcomer can try a submission
 * without Word, and what the tests use as the report that must pass every rule.
 */
import type { Campaign } from "../campaign/schema";
import type { Unit } from "../units/schema";
import type { OutlineContent } from "./types";
import { signerTitleFor, unitKind, type UnitKind } from "./unit-kind";

/** What each kind of body inspects, in the words its clerk would write (a commune has no "phòng" to inspect). */
interface Scope {
  inspected: string;
  late: string;
  remedyOwner: string;
}

function scopeOf(kind: UnitKind | undefined): Scope {
  switch (kind) {
    case "commune":
      return {
        inspected:
          "đã tự kiểm tra 03/03 bộ phận (Bộ phận Một cửa, văn phòng - thống kê, địa chính - xây dựng) và 06/08 thôn, tổ dân phố, đạt 75% kế hoạch; 12 công chức được kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",
        late: "tại Bộ phận Một cửa",
        remedyOwner: "Chỉ đạo Bộ phận Một cửa và công chức chuyên môn",
      };
    case "district":
    case "province":
      return {
        inspected: "đã kiểm tra 08/12 phòng, ban chuyên môn và 10/22 xã, thị trấn, đạt 66,7% kế hoạch",
        late: "tại 02 xã",
        remedyOwner: "Chỉ đạo các phòng chuyên môn và UBND các xã",
      };
    case "agency":
    case "subDepartment":
    case "branch":
      return {
        inspected: "đã kiểm tra 05/08 phòng và 03/04 đơn vị trực thuộc, đạt 66,7% kế hoạch",
        late: "tại 02 đơn vị trực thuộc",
        remedyOwner: "Chỉ đạo các phòng, đơn vị trực thuộc",
      };
    default:
      return {
        inspected: "đã kiểm tra 08/12 phòng, đơn vị trực thuộc, đạt 66,7% kế hoạch",
        late: "tại 02 đơn vị trực thuộc",
        remedyOwner: "Chỉ đạo các đơn vị trực thuộc",
      };
  }
}

/** A complete report for the unit, dated 28/6 of the campaign year, in the words its own clerk would write. */
export function exampleContent(campaign: Campaign, unit: Unit): OutlineContent {
  const y = campaign.year;
  const scope = scopeOf(unitKind(unit.name));
  return {
    number: "15",
    date: { year: y, month: 6, day: 28 },
    sections: {
      I: [
        `Thực hiện Kế hoạch kiểm tra, tự kiểm tra công tác cải cách hành chính năm ${y}, trong 6 tháng đầu năm ${y} ${unit.name} ${scope.inspected}.`,
        "Công tác chỉ đạo, điều hành CCHC được quan tâm; 100% thủ tục hành chính thuộc thẩm quyền được công khai đầy đủ và tiếp nhận qua Bộ phận Một cửa.",
        "Về cải cách thể chế, đã rà soát 12 văn bản quy phạm pháp luật thuộc phạm vi quản lý, kịp thời đề xuất sửa đổi 02 văn bản; tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%.",
      ],
      II: [
        "Qua kiểm tra, tự kiểm tra, còn một số tồn tại, hạn chế sau:",
        `- Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ giải quyết quá hạn ${scope.late}; việc cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC chưa kịp thời.`,
        "- Lĩnh vực xây dựng và phát triển chính quyền số: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC còn thấp.",
      ],
      III: [
        "Để khắc phục các tồn tại, hạn chế nêu trên, đơn vị triển khai các giải pháp sau:",
        `- ${scope.remedyOwner} rà soát, xử lý dứt điểm hồ sơ quá hạn, hoàn thành trước ngày 30/9/${y}.`,
        `- Cập nhật đầy đủ trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh, hoàn thành trước ngày 31/8/${y}.`,
        `- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, hoàn thành trước ngày 31/12/${y}.`,
      ],
      IV: [
        "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra công tác cải cách hành chính cho công chức làm công tác CCHC của các cơ quan, đơn vị.",
      ],
    },
    remedyRows: [
      {
        shortcoming: `Hồ sơ giải quyết quá hạn ${scope.late}`,
        remedy: "Rà soát, xử lý dứt điểm hồ sơ quá hạn",
        deadline: `Trước ngày 30/9/${y}`,
      },
      {
        shortcoming: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC còn thấp",
        remedy: "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC",
        deadline: `Trước ngày 31/12/${y}`,
      },
    ],
    // A name that does not say what the body is: the head's most common title, never the template's placeholder.
    signerTitle: signerTitleFor(unit.name) ?? ["GIÁM ĐỐC"],
    signerName: "Nguyễn Văn An",
    extraRecipients: ["UBND tỉnh (để báo cáo)"],
    archiveNote: "VP",
  };
}

