/**
 * How each kind of unit of the HA_TINH_2024 registry writes its report: header lines, number code, place, signer,
 * recipients, and what it counts when it says how many units it inspected. baseReport() gives a correct report in
 * that unit's words; variants change one thing in it.
 */
import { caps } from "../../shared/outline/format";
import type { Unit } from "../../shared/units/schema";
import { HA_TINH_2024_REGISTRY } from "../../shared/units/ha-tinh-2024";
import type { ReportSpec, SectionSpec } from "./build";

export interface Profile {
  unit: Unit;
  /** How the unit names itself in running text ("Sở Tư pháp", "UBND huyện Can Lộc"). */
  self: string;
  /** What it inspects, plural ("phòng, đơn vị trực thuộc", "Chi cục Thuế khu vực", "xã, thị trấn"). */
  counted: string;
  /** Inspected / planned. */
  inspected: [number, number];
  signer: string[];
  recipients: string[];
}

/** Subordinate units and signer titles by unit id, as real offices of each kind write them. */
const SPECIFIC: Record<string, Partial<Pick<Profile, "counted" | "signer" | "inspected">>> = {
  syt: { counted: "bệnh viện, trung tâm y tế tuyến huyện", inspected: [9, 14] },
  sgddt: { counted: "trường trung học phổ thông", inspected: [12, 34] },
  snnptnt: { counted: "Chi cục, Hạt Kiểm lâm trực thuộc", inspected: [6, 11] },
  sgtvt: { counted: "Trạm Kiểm tra tải trọng xe, Đội thanh tra giao thông", inspected: [3, 5] },
  sldtbxh: { counted: "trung tâm, cơ sở trợ giúp xã hội", inspected: [5, 8] },
  ttt: { counted: "phòng nghiệp vụ", signer: ["CHÁNH THANH TRA"], inspected: [4, 5] },
  bqlkkt: { counted: "phòng, ban, trung tâm trực thuộc", signer: ["TRƯỞNG BAN"], inspected: [5, 7] },
  vpubnd: { counted: "phòng, trung tâm trực thuộc", signer: ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], inspected: [6, 9] },
  "cuc-thue": { counted: "Chi cục Thuế khu vực", signer: ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], inspected: [4, 6] },
  kbnn: { counted: "Kho bạc Nhà nước khu vực", signer: ["GIÁM ĐỐC"], inspected: [3, 5] },
  bhxh: { counted: "BHXH huyện, thị xã, thành phố", signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], inspected: [5, 12] },
  "cong-an": { counted: "Công an huyện, thị xã, thành phố", signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], inspected: [6, 13] },
  "hai-quan": { counted: "Chi cục Hải quan cửa khẩu", signer: ["CỤC TRƯỞNG"], inspected: [2, 4] },
  "thong-ke": { counted: "Chi cục Thống kê khu vực", signer: ["CỤC TRƯỞNG"], inspected: [3, 6] },
  thads: { counted: "Chi cục Thi hành án dân sự huyện", signer: ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], inspected: [6, 12] },
  nhnn: { counted: "phòng nghiệp vụ", signer: ["GIÁM ĐỐC"], inspected: [4, 6] },
};

export function unit(id: string): Unit {
  const u = HA_TINH_2024_REGISTRY.get(id);
  if (!u) throw new Error(`variants: unknown unit ${id}`);
  return u;
}

export function profile(id: string): Profile {
  const u = unit(id);
  const specific = SPECIFIC[id] ?? {};
  const base: Profile =
    u.level === "district"
      ? {
          unit: u,
          self: u.name,
          counted: "xã, thị trấn",
          inspected: [8, 15],
          signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
          recipients: ["- Sở Nội vụ;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, NV."],
        }
      : u.level === "commune"
        ? {
            unit: u,
            self: u.name,
            counted: "bộ phận chuyên môn và Bộ phận Một cửa",
            inspected: [5, 5],
            signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            recipients: ["- Sở Nội vụ;", "- UBND huyện (Phòng Nội vụ);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
          }
        : {
            unit: u,
            self: u.name,
            counted: "phòng, đơn vị trực thuộc",
            inspected: [8, 12],
            signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
            recipients: ["- Sở Nội vụ;", "- UBND tỉnh (để b/c);", "- Lãnh đạo đơn vị;", "- Lưu: VT, VP."],
          };
  return { ...base, ...specific };
}

/** "UBND huyện Can Lộc" → ["ỦY BAN NHÂN DÂN", "HUYỆN CAN LỘC"]; a department or agency: its name in capitals. */
function agencyLines(u: Unit): string[] {
  if (u.level === "district" || u.level === "commune") return ["ỦY BAN NHÂN DÂN", caps(u.name.replace(/^UBND\s+/u, ""))];
  return [caps(u.name)];
}

const pct = ([a, b]: [number, number]) => ((a / b) * 100).toFixed(1).replace(/\.0$/, "").replace(".", ",");
const two = (n: number) => String(n).padStart(2, "0");

/** The four sections of a correct report in the unit's words, headings as the outline writes them. */
export function baseSections(pr: Profile): SectionSpec[] {
  const [a, b] = pr.inspected;
  return [
    {
      heading: "I. KẾT QUẢ ĐẠT ĐƯỢC",
      body: [
        `Thực hiện Kế hoạch kiểm tra, tự kiểm tra công tác cải cách hành chính năm 2024, trong 6 tháng đầu năm ${pr.self} đã tổ chức kiểm tra ${two(a)}/${two(b)} ${pr.counted}, đạt ${pct(pr.inspected)}% kế hoạch.`,
        "Công tác chỉ đạo, điều hành CCHC được quan tâm; 100% thủ tục hành chính thuộc thẩm quyền được công khai đầy đủ, kịp thời.",
        "Về xây dựng chính quyền số: tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%; 100% văn bản đi được ký số.",
      ],
    },
    {
      heading: "II. TỒN TẠI, HẠN CHẾ",
      body: [
        "Qua kiểm tra, tự kiểm tra còn một số tồn tại, hạn chế sau:",
        "- Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ giải quyết quá hạn; việc cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC chưa kịp thời.",
        "- Lĩnh vực chính quyền số: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC còn thấp.",
      ],
    },
    {
      heading: "III. GIẢI PHÁP KHẮC PHỤC",
      body: [
        "Để khắc phục các tồn tại, hạn chế nêu trên, đơn vị triển khai các giải pháp sau:",
        "- Rà soát, xử lý dứt điểm hồ sơ quá hạn, hoàn thành trước ngày 30/9/2024.",
        "- Cập nhật đầy đủ trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC, hoàn thành trước ngày 31/8/2024.",
        "- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, hoàn thành trong Quý IV/2024.",
      ],
    },
    {
      heading: "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      body: ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra công tác cải cách hành chính cho công chức làm công tác CCHC."],
    },
  ];
}

/** A correct report of the unit, dated 28/6/2024. */
export function baseReport(id: string, number = "15"): ReportSpec {
  const pr = profile(id);
  const u = pr.unit;
  return {
    unitId: id,
    parent: u.parentName,
    agency: agencyLines(u),
    number: `Số: ${number}/BC-${u.shortCode}`,
    date: `${u.place}, ngày 28 tháng 6 năm 2024`,
    title: ["BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2024"],
    preamble: [
      `Thực hiện Kế hoạch số 3433/KH-UBND ngày 25/12/2023 của UBND tỉnh về kiểm tra công tác cải cách hành chính năm 2024, ${pr.self} báo cáo kết quả như sau:`,
    ],
    sections: baseSections(pr),
    closing: `Trên đây là báo cáo kết quả công tác kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2024 của ${pr.self}./.`,
    recipients: pr.recipients,
    signer: pr.signer,
    signerName: "Nguyễn Văn An",
  };
}

/** The report with section `key` (by position: 0 = I … 3 = IV) replaced. */
export function withSection(spec: ReportSpec, index: number, section: SectionSpec | undefined): ReportSpec {
  const sections = [...spec.sections];
  if (section) sections[index] = section;
  else sections.splice(index, 1);
  return { ...spec, sections };
}
