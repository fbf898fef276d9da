import { central, dept } from "./ha-tinh-bodies";
import type { Unit } from "./schema";
import { slug } from "./slug";

/**
 * A SAMPLE of Hà Tĩnh's reporting units after the 2025 reform (two tiers: province and commune level, no districts;
 * ../shared/domain/local-government-2025.md). Subordinate counts are unknown (null) until Sở Nội vụ imports them.
 *
 * - Departments follow the national merger pattern of March 2025 (Nội vụ + Lao động - TB&XH → Sở Nội vụ; Kế hoạch và
 *   Đầu tư → Sở Tài chính; Giao thông vận tải + Xây dựng → Sở Xây dựng; Tài nguyên và Môi trường + Nông nghiệp và
 *   PTNT → Sở Nông nghiệp và Môi trường; Thông tin và Truyền thông → Sở Khoa học và Công nghệ). The province's own
 *   list was not found in a public source: this is a sample, not the registry.
 * - Wards and communes are real names from Resolution 1665/NQ-UBTVQH15 (16/6/2025; 69 units: 9 phường, 60 xã) as
 *   reported by the press, a sample of 14; the full list is imported from CSV.
 * - Central agencies carry their 2025 names where the national restructuring fixed them by province (Thuế tỉnh,
 *   Thống kê tỉnh, Thi hành án dân sự tỉnh); unverified against Hà Tĩnh's own list. The regional treasury (Kho bạc
 *   Nhà nước khu vực …) is left out: its region could not be verified.
 * Ids of bodies that continue (snv, stp, …) are the 2024 ids, so an accounts file keeps working across campaigns.
 */

// A ward's or commune's People's Committee prints no parent line and dates its documents from its own name.
function communeLevel(kind: "phường" | "xã", place: string): Unit {
  return {
    id: `${kind === "phường" ? "phuong" : "xa"}-${slug(place)}`,
    name: `UBND ${kind} ${place}`,
    shortCode: "UBND",
    level: "commune",
    place,
    subordinateCount: null,
  };
}

const DEPARTMENTS: Unit[] = [
  dept("vpubnd", "Văn phòng UBND tỉnh", "VP"),
  dept("snv", "Sở Nội vụ", "SNV"),
  dept("stc", "Sở Tài chính", "STC"),
  dept("sxd", "Sở Xây dựng", "SXD"),
  dept("snnmt", "Sở Nông nghiệp và Môi trường", "SNNMT"),
  dept("skhcn", "Sở Khoa học và Công nghệ", "SKHCN"),
  dept("stp", "Sở Tư pháp", "STP"),
  dept("sct", "Sở Công Thương", "SCT"),
  dept("sgddt", "Sở Giáo dục và Đào tạo", "SGDĐT"),
  dept("syt", "Sở Y tế", "SYT"),
  dept("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
  dept("ttt", "Thanh tra tỉnh", "TTr"),
  dept("bqlkkt", "Ban Quản lý Khu kinh tế tỉnh", "BQLKKT"),
];

const CENTRAL_AGENCIES: Unit[] = [
  central("thue", "Thuế tỉnh Hà Tĩnh", "THT", "CỤC THUẾ"),
  central("bhxh", "Bảo hiểm xã hội tỉnh Hà Tĩnh", "BHXH", "BẢO HIỂM XÃ HỘI VIỆT NAM"),
  central("cong-an", "Công an tỉnh Hà Tĩnh", "CAT", "BỘ CÔNG AN"),
  central("thong-ke", "Thống kê tỉnh Hà Tĩnh", "TKHT", "CỤC THỐNG KÊ"),
  central("thads", "Thi hành án dân sự tỉnh Hà Tĩnh", "THADS", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"),
];

const COMMUNE_LEVEL: Unit[] = [
  ...["Thành Sen", "Bắc Hồng Lĩnh", "Nam Hồng Lĩnh", "Vũng Áng"].map((p) => communeLevel("phường", p)),
  ...["Thạch Lạc", "Đồng Tiến", "Thạch Khê", "Cẩm Bình", "Kỳ Xuân", "Kỳ Anh", "Kỳ Hoa", "Kỳ Văn", "Kỳ Khang", "Kỳ Lạc"].map((p) =>
    communeLevel("xã", p),
  ),
];

export const HA_TINH_TWO_TIER_UNITS: readonly Unit[] = [...DEPARTMENTS, ...CENTRAL_AGENCIES, ...COMMUNE_LEVEL];
