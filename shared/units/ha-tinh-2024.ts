import { createUnitRegistry } from "./registry";
import { central, dept } from "./ha-tinh-bodies";
import type { Unit } from "./schema";
import { slug } from "./slug";

/**
 * Hà Tĩnh's reporting units in 2024 (../shared/domain/ha-tinh-units.md). Subordinate counts are not public: all are
 * null (unknown → the < 15 group, flagged) until Sở Nội vụ imports real counts (see csv.ts).
 *
 * Header conventions (Decree 30/2020, Appendix I): a department prints its governing body above its name
 * ("UBND TỈNH HÀ TĨNH"); a People's Committee (district or commune) prints no parent line, so districts and communes
 * carry no parentName — communes keep a parentId so the registry knows their district. The place of the date line is
 * the province for provincial and central bodies, and the district's or commune's own name for those levels.
 */

function district(gso: number, kind: "thành phố" | "thị xã" | "huyện", place: string): Unit {
  return { id: `d${gso}`, name: `UBND ${kind} ${place}`, shortCode: "UBND", level: "district", place, subordinateCount: null };
}

function commune(gso: number, kind: "phường" | "xã", place: string): Unit {
  return {
    id: `c-${gso}-${slug(place)}`,
    name: `UBND ${kind} ${place}`,
    shortCode: "UBND",
    level: "commune",
    parentId: `d${gso}`,
    place,
    subordinateCount: null,
  };
}

const DEPARTMENTS: Unit[] = [
  dept("vpubnd", "Văn phòng UBND tỉnh", "VP"),
  dept("snv", "Sở Nội vụ", "SNV"),
  dept("stp", "Sở Tư pháp", "STP"),
  dept("skhdt", "Sở Kế hoạch và Đầu tư", "SKHĐT"),
  dept("stc", "Sở Tài chính", "STC"),
  dept("sct", "Sở Công Thương", "SCT"),
  dept("snnptnt", "Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT"),
  dept("sgtvt", "Sở Giao thông vận tải", "SGTVT"),
  dept("sxd", "Sở Xây dựng", "SXD"),
  dept("stnmt", "Sở Tài nguyên và Môi trường", "STNMT"),
  dept("stttt", "Sở Thông tin và Truyền thông", "STTTT"),
  dept("sldtbxh", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"),
  dept("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
  dept("skhcn", "Sở Khoa học và Công nghệ", "SKHCN"),
  dept("sgddt", "Sở Giáo dục và Đào tạo", "SGDĐT"),
  dept("syt", "Sở Y tế", "SYT"),
  dept("sngv", "Sở Ngoại vụ", "SNgV"),
  dept("ttt", "Thanh tra tỉnh", "TTr"),
  dept("bqlkkt", "Ban Quản lý Khu kinh tế tỉnh", "BQLKKT"),
];

const CENTRAL_AGENCIES: Unit[] = [
  central("cuc-thue", "Cục Thuế tỉnh Hà Tĩnh", "CTHTI", "TỔNG CỤC THUẾ"),
  central("kbnn", "Kho bạc Nhà nước Hà Tĩnh", "KBHT", "KHO BẠC NHÀ NƯỚC"),
  central("bhxh", "Bảo hiểm xã hội tỉnh Hà Tĩnh", "BHXH", "BẢO HIỂM XÃ HỘI VIỆT NAM"),
  central("cong-an", "Công an tỉnh Hà Tĩnh", "CAT", "BỘ CÔNG AN"),
  central("hai-quan", "Cục Hải quan Hà Tĩnh", "HQHT", "TỔNG CỤC HẢI QUAN"),
  central("thong-ke", "Cục Thống kê tỉnh Hà Tĩnh", "CTK", "TỔNG CỤC THỐNG KÊ"),
  central("nhnn", "Ngân hàng Nhà nước - Chi nhánh tỉnh Hà Tĩnh", "HTI", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"),
  central("thads", "Cục Thi hành án dân sự tỉnh Hà Tĩnh", "CTHADS", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ"),
];

const DISTRICTS: Unit[] = [
  district(436, "thành phố", "Hà Tĩnh"),
  district(437, "thị xã", "Hồng Lĩnh"),
  district(439, "huyện", "Hương Sơn"),
  district(440, "huyện", "Đức Thọ"),
  district(441, "huyện", "Vũ Quang"),
  district(442, "huyện", "Nghi Xuân"),
  district(443, "huyện", "Can Lộc"),
  district(444, "huyện", "Hương Khê"),
  district(445, "huyện", "Thạch Hà"),
  district(446, "huyện", "Cẩm Xuyên"),
  district(447, "huyện", "Kỳ Anh"),
  district(448, "huyện", "Lộc Hà"),
  district(449, "thị xã", "Kỳ Anh"),
];

// Examples only (some spellings unverified); the full list of 216 communes is imported from CSV.
const COMMUNES: Unit[] = [
  ...["Trần Phú", "Nam Hà", "Bắc Hà", "Nguyễn Du", "Tân Giang", "Hà Huy Tập", "Đại Nài", "Thạch Linh", "Thạch Quý", "Văn Yên"].map(
    (p) => commune(436, "phường", p),
  ),
  ...["Thạch Hạ", "Thạch Môn", "Thạch Đồng", "Thạch Hưng", "Thạch Bình", "Thạch Trung"].map((p) => commune(436, "xã", p)),
  ...["Sông Trí", "Kỳ Trinh", "Kỳ Thịnh", "Kỳ Phương", "Kỳ Long", "Kỳ Liên"].map((p) => commune(449, "phường", p)),
  ...["Kỳ Ninh", "Kỳ Lợi", "Kỳ Hưng", "Kỳ Nam", "Kỳ Hoa", "Kỳ Hà"].map((p) => commune(449, "xã", p)),
];

export const HA_TINH_2024_UNITS: readonly Unit[] = [...DEPARTMENTS, ...CENTRAL_AGENCIES, ...DISTRICTS, ...COMMUNES];

/** The built-in registry, validated once at load (unique ids, parents present). */
export const HA_TINH_2024_REGISTRY = createUnitRegistry(HA_TINH_2024_UNITS);
