/**
 * A red-team set written apart from catalogue.ts, the way a held-out set's author would: reports in other offices'
 * words and layouts (headings and remedies numbered by Word, §II grouped by the seven fields, remedies only in a
 * table with a "Thời gian hoàn thành" column, "Phụ lục" tables after the signature, mixed NFC/NFD, deadlines such as
 * "trong tháng 9" or "trước 31/12/2024", counts such as "05/05 phòng chuyên môn và 21/21 xã, thị trấn"), from the
 * 2024 registry and from the two-tier [DEMO] campaign's units, correct and defective.
 */
import { caps } from "../../shared/outline/format";
import { createUnitRegistry, HA_TINH_TWO_TIER_UNITS } from "../../shared/units";
import { HA_TINH_2024_REGISTRY } from "../../shared/units/ha-tinh-2024";
import type { Unit } from "../../shared/units/schema";
import type { Body, ReportSpec, SectionSpec } from "./build";
import type { Expectation } from "./catalogue";

export interface RedTeamReport {
  id: string;
  description: string;
  spec: ReportSpec;
  /** Judged with the two-tier [DEMO] campaign of the second half of 2026 instead of HA_TINH_2024. */
  demo?: boolean;
  /**
   * Numbering typed by Word, not by the clerk: after reading, a leading "I.", "1.", "a)", "-" or "+" of the listed
   * paragraphs (all body paragraphs when true) moves into the paragraph's list label, as the reader reports it.
   */
  numbered?: "headings" | "all";
  /** Some paragraphs pasted decomposed (NFD), the rest precomposed. */
  mixedNfd?: boolean;
  /** The header table laid out one line per row (agency | motto, number | date line) instead of one row of two cells. */
  headerRows?: boolean;
  /** Text edits after reading, in every paragraph and cell: what the builder writes one way and offices another. */
  replace?: [string, string][];
  /** Blocks after the signature ("Phụ lục" tables). */
  appendix?: Body[];
  expect: Expectation;
}

const TWO_TIER_REGISTRY = createUnitRegistry(HA_TINH_TWO_TIER_UNITS);

function unitOf(id: string, demo: boolean): Unit {
  const u = (demo ? TWO_TIER_REGISTRY : HA_TINH_2024_REGISTRY).get(id);
  if (!u) throw new Error(`redteam: unknown unit ${id}`);
  return u;
}

function agencyLines(u: Unit): string[] {
  if (u.level === "district" || u.level === "commune") return ["ỦY BAN NHÂN DÂN", caps(u.name.replace(/^UBND\s+/u, ""))];
  return [caps(u.name)];
}

interface Draft {
  unitId: string;
  demo?: boolean;
  number?: string;
  /** "ngày 12 tháng 6 năm 2024" part; the place comes from the unit. */
  day?: string;
  title?: string[];
  preamble?: string[];
  sections: SectionSpec[];
  closing?: string;
  recipients: string[];
  signer: string[];
  signerName?: string;
  headerLayout?: ReportSpec["headerLayout"];
  footerLayout?: ReportSpec["footerLayout"];
  decomposed?: boolean;
}

function spec(d: Draft): ReportSpec {
  const u = unitOf(d.unitId, d.demo ?? false);
  const year = d.demo ? 2026 : 2024;
  return {
    unitId: d.unitId,
    parent: u.parentName,
    agency: agencyLines(u),
    number: d.number ?? `Số: 112/BC-${u.shortCode}`,
    date: `${u.place}, ${d.day ?? `ngày 24 tháng 6 năm ${year}`}`,
    title: d.title ?? ["BÁO CÁO", `Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính ${d.demo ? "6 tháng cuối năm 2026" : "6 tháng đầu năm 2024"}`],
    preamble: d.preamble ?? [],
    sections: d.sections,
    ...(d.closing ? { closing: d.closing } : {}),
    recipients: d.recipients,
    signer: d.signer,
    signerName: d.signerName ?? "Trần Thị Hồng Nhung",
    ...(d.headerLayout ? { headerLayout: d.headerLayout } : {}),
    ...(d.footerLayout ? { footerLayout: d.footerLayout } : {}),
    ...(d.decomposed ? { decomposed: true } : {}),
  };
}

const sec = (heading: string, ...body: Body[]): SectionSpec => ({ heading, body });
const OK: Expectation = { ok: true };

// Recipients and signers as offices print them.
const DEPT_TO = ["- Sở Nội vụ (b/c);", "- UBND tỉnh (để b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Các phòng, đơn vị trực thuộc;", "- Lưu: VT, VP."];
const DISTRICT_TO = ["- Sở Nội vụ (b/c);", "- Thường trực Huyện ủy;", "- Thường trực HĐND huyện;", "- Chủ tịch, các Phó Chủ tịch UBND huyện;", "- Các phòng, ban chuyên môn;", "- Lưu: VT, NV."];
const COMMUNE_TO = ["- Sở Nội vụ tỉnh Hà Tĩnh;", "- Phòng Nội vụ huyện;", "- Thường trực Đảng ủy xã;", "- Lưu: VP."];
const CENTRAL_TO = ["- Sở Nội vụ tỉnh Hà Tĩnh (để tổng hợp);", "- Lãnh đạo đơn vị;", "- Lưu: VT, TCCB."];
const DEMO_COMMUNE_TO = ["- Sở Nội vụ (b/c);", "- Thường trực Đảng ủy xã;", "- Thường trực HĐND xã;", "- Lưu: VT, VP."];

// §II grouped by the seven fields, as many districts write it.
const FIELDS_II: Body[] = [
  { bold: "a) Công tác chỉ đạo, điều hành" },
  "Một số cơ quan, đơn vị chưa ban hành kế hoạch tự kiểm tra CCHC hoặc ban hành chậm so với yêu cầu.",
  { bold: "b) Cải cách thể chế" },
  "Công tác rà soát văn bản quy phạm pháp luật ở cấp xã chưa được thực hiện thường xuyên.",
  { bold: "c) Cải cách thủ tục hành chính" },
  "Còn 27 hồ sơ giải quyết quá hạn tại Bộ phận Một cửa cấp xã; việc niêm yết TTHC ở một số xã chưa cập nhật.",
  { bold: "d) Cải cách tổ chức bộ máy" },
  "Việc sắp xếp các tổ chức hành chính theo đề án chưa hoàn thành.",
  { bold: "đ) Cải cách chế độ công vụ" },
  "Một số công chức cấp xã chưa chấp hành nghiêm kỷ luật, kỷ cương hành chính.",
  { bold: "e) Cải cách tài chính công" },
  "Tiến độ giải ngân vốn đầu tư công đạt thấp.",
  { bold: "g) Xây dựng và phát triển chính quyền số" },
  "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC tại cấp xã mới đạt 46%.",
];

const REMEDY_TABLE_DONE: Body = {
  table: [
    ["TT", "Nội dung khắc phục", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ["1", "Ban hành kế hoạch tự kiểm tra CCHC còn thiếu", "Các phòng, UBND các xã", "Tháng 7/2024"],
    ["2", "Xử lý dứt điểm hồ sơ quá hạn, xin lỗi công dân", "UBND các xã, thị trấn", "Trước 31/8/2024"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Văn phòng HĐND và UBND huyện", "Quý III/2024"],
    ["4", "Hoàn thành sắp xếp tổ chức theo đề án", "Phòng Nội vụ", "Trước 31/12/2024"],
  ],
};

const DISTRICT_SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];
const COMMUNE_SIGNER = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];

// A plain remedies section with real deadlines, worded another way than the outline's.
const REMEDIES_DATED = (heading = "III. GIẢI PHÁP KHẮC PHỤC"): SectionSpec =>
  sec(
    heading,
    "- Chấn chỉnh việc cập nhật, niêm yết công khai TTHC tại Bộ phận Một cửa; thời hạn hoàn thành trong tháng 9/2024.",
    "- Rà soát, xử lý dứt điểm các hồ sơ trễ hạn, thực hiện xin lỗi tổ chức, cá nhân theo quy định; hoàn thành trước ngày 15/10/2024.",
    "- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, phấn đấu đạt chỉ tiêu trước 31/12/2024.",
  );

const PROPOSALS = sec("IV. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị UBND tỉnh, Sở Nội vụ sớm hướng dẫn bộ tiêu chí chấm điểm Chỉ số CCHC năm 2024.");

const VALID: RedTeamReport[] = [
  {
    id: "rt-district-duc-tho-fields",
    description: "UBND huyện Đức Thọ: Tổng số đơn vị được kiểm tra: 26 đơn vị; §II by the seven fields a) … g); remedies table Thời gian hoàn thành",
    spec: spec({
      unitId: "d440",
      number: "Số: 245/BC-UBND",
      day: "ngày 27 tháng 9 năm 2024",
      preamble: ["Thực hiện Kế hoạch số 3433/KH-UBND ngày 25/12/2023 của UBND tỉnh; Kế hoạch số 28/KH-UBND ngày 18/01/2024 của UBND huyện về kiểm tra công tác CCHC năm 2024, UBND huyện báo cáo như sau:"],
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "1. Kết quả thực hiện kế hoạch kiểm tra",
          "Tổng số đơn vị được kiểm tra: 26 đơn vị, trong đó 10 phòng, ban chuyên môn và 16 xã, thị trấn.",
          "2. Kết quả trên các lĩnh vực CCHC",
          "UBND huyện ban hành đầy đủ kế hoạch CCHC năm 2024; 100% TTHC được công khai trên Cổng Dịch vụ công quốc gia.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", ...FIELDS_II),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Để khắc phục các tồn tại, hạn chế nêu trên, UBND huyện giao:", REMEDY_TABLE_DONE),
        PROPOSALS,
      ],
      closing: "Trên đây là báo cáo kết quả kiểm tra, tự kiểm tra CCHC của UBND huyện Đức Thọ./.",
      recipients: DISTRICT_TO,
      signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "section.missing"] },
  },
  {
    id: "rt-district-huong-khe-05-21",
    description: "UBND huyện Hương Khê: kiểm tra tại 05/05 phòng chuyên môn và 21/21 xã, thị trấn; remedies only in a table with Thời hạn",
    spec: spec({
      unitId: "d444",
      number: "Số: 301/BC-UBND",
      day: "ngày 26 tháng 9 năm 2024",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Thực hiện Kế hoạch kiểm tra CCHC năm 2024, Đoàn kiểm tra của huyện đã tiến hành kiểm tra tại 05/05 phòng chuyên môn và 21/21 xã, thị trấn (đạt 100% kế hoạch).",
          "Qua kiểm tra cho thấy các đơn vị đã quan tâm triển khai nhiệm vụ CCHC; kỷ luật, kỷ cương hành chính được tăng cường.",
        ),
        sec(
          "II. TỒN TẠI, HẠN CHẾ",
          "- Một số xã chưa niêm yết kịp thời TTHC mới ban hành.",
          "- Tỷ lệ hồ sơ trực tuyến toàn trình cấp xã còn thấp.",
        ),
        sec("III. GIẢI PHÁP KHẮC PHỤC", {
          table: [
            ["STT", "Giải pháp", "Thời hạn"],
            ["1", "Niêm yết đầy đủ TTHC mới ban hành tại Bộ phận Một cửa các xã", "Tháng 10/2024"],
            ["2", "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình", "Quý IV/2024"],
          ],
        }),
        PROPOSALS,
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "rt-skhdt-100-percent-tl",
    description: "Sở KH&ĐT: tự kiểm tra 100% các phòng, ban; TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG; deadlines trong tháng 9, hoàn thành trước ngày 15/10",
    spec: spec({
      unitId: "skhdt",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Sở đã ban hành Kế hoạch tự kiểm tra CCHC năm 2024 và tổ chức tự kiểm tra 100% các phòng, ban thuộc Sở.",
          "Kết quả: các phòng đã thực hiện tốt quy chế làm việc; 98,6% hồ sơ đăng ký doanh nghiệp được giải quyết trước hạn.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc số hóa hồ sơ đầu tư chưa đồng bộ; một số hồ sơ còn phải bổ sung nhiều lần."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "1. Hoàn thiện quy trình nội bộ giải quyết hồ sơ đầu tư, trong tháng 9.",
          "2. Số hóa toàn bộ hồ sơ đầu tư còn tồn, hoàn thành trước ngày 15/10.",
        ),
        PROPOSALS,
      ],
      recipients: DEPT_TO,
      signer: ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "footer.signer"] },
  },
  {
    id: "rt-sct-q-giam-doc-word-numbering",
    description: "Sở Công Thương: Q. GIÁM ĐỐC, every heading and list numbered by Word",
    spec: spec({
      unitId: "sct",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "- Sở đã kiểm tra 04/06 phòng chuyên môn và 02/03 đơn vị sự nghiệp trực thuộc.",
          "- 100% văn bản trao đổi giữa các cơ quan hành chính được thực hiện dưới dạng điện tử.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "- Công tác tuyên truyền CCHC chưa thường xuyên.", "- Một số hồ sơ cấp phép còn chậm."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Xây dựng chuyên mục tuyên truyền CCHC trên Trang thông tin điện tử của Sở, hoàn thành trong Quý III/2024.",
          "- Rút ngắn thời gian giải quyết hồ sơ cấp phép, thực hiện từ tháng 7/2024.",
        ),
        sec("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Không có."),
      ],
      recipients: DEPT_TO,
      signer: ["Q. GIÁM ĐỐC"],
    }),
    numbered: "all",
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "section.missing", "footer.signer"] },
  },
  {
    id: "rt-commune-thach-ha-appendix",
    description: "UBND xã Thạch Hạ: count in text, results detailed in a Phụ lục table after the signature",
    spec: spec({
      unitId: "c-436-thach-ha",
      number: "Số: 58/BC-UBND",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "UBND xã đã tự kiểm tra đối với 04/04 bộ phận chuyên môn và Bộ phận Tiếp nhận và trả kết quả (chi tiết tại Phụ lục kèm theo).",
          "Bộ phận Một cửa xã tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 1.239 hồ sơ (đạt 99,5%).",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Còn 06 hồ sơ giải quyết quá hạn thuộc lĩnh vực đất đai; trang thiết bị Bộ phận Một cửa xuống cấp."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Giải quyết dứt điểm hồ sơ đất đai quá hạn trước ngày 31/7/2024.",
          "- Đề xuất bổ sung trang thiết bị cho Bộ phận Một cửa trong năm 2024.",
        ),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    appendix: [
      { bold: "Phụ lục" },
      { italic: "KẾT QUẢ TỰ KIỂM TRA CÔNG TÁC CCHC 6 THÁNG ĐẦU NĂM 2024 (Kèm theo Báo cáo số 58/BC-UBND ngày 24/6/2024 của UBND xã)" },
      {
        table: [
          ["TT", "Bộ phận được kiểm tra", "Thời gian kiểm tra", "Kết quả"],
          ["1", "Văn phòng - Thống kê", "10/5/2024", "Đạt"],
          ["2", "Địa chính - Xây dựng", "12/5/2024", "Còn hồ sơ quá hạn"],
          ["3", "Tư pháp - Hộ tịch", "14/5/2024", "Đạt"],
          ["4", "Văn hóa - Xã hội", "15/5/2024", "Đạt"],
        ],
      },
    ],
    expect: { ok: true, absent: ["results.count", "remedies.deadlinePast"] },
  },
  {
    id: "rt-stnmt-mixed-nfd",
    description: "Sở TN&MT: some paragraphs pasted decomposed (NFD), the rest precomposed",
    spec: spec({
      unitId: "stnmt",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tổ chức kiểm tra 03/05 đơn vị sự nghiệp và Chi cục Bảo vệ môi trường; tự kiểm tra tại 07 phòng chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ đất đai giải quyết quá hạn còn nhiều (42 hồ sơ), chủ yếu ở Văn phòng Đăng ký đất đai."),
        REMEDIES_DATED(),
        PROPOSALS,
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    mixedNfd: true,
    expect: { ok: true, absent: ["results.count", "section.missing", "remedies.deadline"] },
  },
  {
    id: "rt-syt-tinh-hinh-headings",
    description: "Sở Y tế: TÌNH HÌNH VÀ KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA / NHỮNG TỒN TẠI, HẠN CHẾ / NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC / KIẾN NGHỊ",
    spec: spec({
      unitId: "syt",
      sections: [
        sec(
          "I. TÌNH HÌNH VÀ KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA",
          "Sở Y tế đã thành lập 02 đoàn kiểm tra, tiến hành kiểm tra tại 06 bệnh viện tuyến tỉnh và 04 Trung tâm Y tế huyện.",
        ),
        sec("II. NHỮNG TỒN TẠI, HẠN CHẾ", "Một số bệnh viện chưa triển khai thanh toán không dùng tiền mặt; bệnh án điện tử chậm triển khai."),
        sec(
          "III. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC",
          "- Triển khai thanh toán không dùng tiền mặt tại 100% bệnh viện, hoàn thành trước 30/9/2024.",
          "- Triển khai bệnh án điện tử tại các bệnh viện hạng I, chậm nhất đến hết Quý IV/2024.",
        ),
        sec("IV. KIẾN NGHỊ", "Đề nghị UBND tỉnh bố trí kinh phí triển khai bệnh án điện tử."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "section.missing"] },
  },
  {
    id: "rt-kbnn-kho-bac-huyen",
    description: "Kho bạc Nhà nước Hà Tĩnh: đã kiểm tra 03 Kho bạc Nhà nước huyện; GIÁM ĐỐC",
    spec: spec({
      unitId: "kbnn",
      number: "Số: 1520/BC-KBHT",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Trong 6 tháng đầu năm 2024, KBNN Hà Tĩnh đã kiểm tra công tác CCHC tại 03 Kho bạc Nhà nước huyện (Hương Sơn, Đức Thọ, Kỳ Anh); các phòng nghiệp vụ tự kiểm tra theo quy định.",
          "100% giao dịch thanh toán được thực hiện qua dịch vụ công trực tuyến.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc lưu trữ hồ sơ điện tử tại Kho bạc huyện chưa thống nhất."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Ban hành hướng dẫn lưu trữ hồ sơ điện tử thống nhất trong hệ thống, hoàn thành trước ngày 30/8/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-cong-an-13-13",
    description: "Công an tỉnh: tự kiểm tra tại 13/13 Công an huyện, thị xã, thành phố và 25 phòng nghiệp vụ; footer in tabs",
    spec: spec({
      unitId: "cong-an",
      number: "Số: 2317/BC-CAT-PV01",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Công an tỉnh đã chỉ đạo tự kiểm tra tại 13/13 Công an huyện, thị xã, thành phố và 25 phòng nghiệp vụ; trực tiếp kiểm tra 05 đơn vị.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc tiếp nhận hồ sơ cư trú trực tuyến tại một số Công an xã còn lúng túng."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Tập huấn cho Công an xã về tiếp nhận hồ sơ cư trú trực tuyến, xong trước ngày 30/9/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      footerLayout: "tabs",
    }),
    expect: { ok: true, absent: ["results.count", "format.size"] },
  },
  {
    id: "rt-bhxh-count-columns",
    description: "BHXH tỉnh: counts in a table whose columns are 'Số đơn vị được kiểm tra' and 'Số đơn vị tự kiểm tra'",
    spec: spec({
      unitId: "bhxh",
      number: "Số: 980/BC-BHXH",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Kết quả thực hiện kế hoạch kiểm tra, tự kiểm tra CCHC:",
          { table: [["Khối", "Số đơn vị được kiểm tra", "Số đơn vị tự kiểm tra"], ["BHXH huyện, thị xã", "05", "12"], ["Phòng nghiệp vụ", "03", "09"]] },
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Tỷ lệ hồ sơ giao dịch điện tử ở một số BHXH huyện còn thấp."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Đẩy mạnh giao dịch điện tử, đạt 100% đơn vị sử dụng lao động giao dịch điện tử trước ngày 31/12/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-sgddt-schools",
    description: "Sở GD&ĐT: đã kiểm tra 15 trường THPT, 02 trung tâm GDNN-GDTX; deadlines 'trước khi kết thúc năm học' and dated",
    spec: spec({
      unitId: "sgddt",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Sở đã kiểm tra công tác CCHC tại 15 trường THPT và 02 trung tâm GDNN-GDTX; 100% phòng thuộc Sở tự kiểm tra.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số trường chưa công khai đầy đủ các khoản thu theo quy định."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Chỉ đạo các trường công khai đầy đủ các khoản thu, hoàn thành trước ngày 15/9/2024 (trước khi bắt đầu năm học mới)."),
        PROPOSALS,
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-district-cam-xuyen-noun-lines",
    description: "UBND huyện Cẩm Xuyên: Số cơ quan, đơn vị đã được kiểm tra: 12/13 phòng, ban; 10/23 xã, thị trấn",
    spec: spec({
      unitId: "d446",
      number: "Số: 412/BC-UBND",
      day: "ngày 20 tháng 9 năm 2024",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Số cơ quan, đơn vị đã được kiểm tra: 12/13 phòng, ban chuyên môn; 10/23 xã, thị trấn.",
          "Hình thức kiểm tra: kiểm tra trực tiếp kết hợp kiểm tra qua hệ thống.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã chưa bố trí đủ công chức tại Bộ phận Một cửa."),
        REMEDIES_DATED(),
        PROPOSALS,
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-hai-quan-cau-treo",
    description: "Cục Hải quan: Chi cục Hải quan cửa khẩu quốc tế Cầu Treo, Đội Kiểm soát; CỤC TRƯỞNG",
    spec: spec({
      unitId: "hai-quan",
      number: "Số: 845/BC-HQHT",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Cục Hải quan đã tổ chức kiểm tra tại 02 Chi cục Hải quan cửa khẩu (Cầu Treo, Cảng Vũng Áng) và Đội Kiểm soát Hải quan.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hệ thống thông quan điện tử còn gián đoạn vào giờ cao điểm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Nâng cấp đường truyền tại Chi cục Hải quan cửa khẩu quốc tế Cầu Treo trong tháng 8/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["CỤC TRƯỞNG"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-ttt-word-headings-pham-vi",
    description: "Thanh tra tỉnh: kiểm tra 2/4 phòng nghiệp vụ; headings numbered by Word only",
    spec: spec({
      unitId: "ttt",
      number: "Số: 35/BC-TTr",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Thanh tra tỉnh đã kiểm tra 2/4 phòng nghiệp vụ, các phòng còn lại tự kiểm tra."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc số hóa hồ sơ thanh tra chưa thực hiện."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Triển khai số hóa hồ sơ thanh tra; thời hạn: Quý IV năm 2024."),
      ],
      recipients: DEPT_TO,
      signer: ["CHÁNH THANH TRA"],
    }),
    numbered: "headings",
    expect: { ok: true, absent: ["results.count", "section.missing", "remedies.deadline"] },
  },
  {
    id: "rt-vpubnd-thoi-gian-thuc-hien",
    description: "Văn phòng UBND tỉnh: each remedy followed by 'Thời gian thực hiện: …' on its own line",
    spec: spec({
      unitId: "vpubnd",
      number: "Số: 77/BC-VP",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Văn phòng đã tự kiểm tra tại 06/06 phòng chuyên môn và Trung tâm Phục vụ hành chính công tỉnh."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số hồ sơ tiếp nhận tại Trung tâm chưa được số hóa."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "1. Số hóa 100% hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh.",
          "Thời gian thực hiện: Quý III/2024.",
          "2. Kiện toàn đội ngũ công chức tiếp nhận hồ sơ.",
          "Thời gian thực hiện: trước ngày 30/9/2024.",
        ),
      ],
      recipients: DEPT_TO,
      signer: ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "rt-district-nghi-xuan-range",
    description: "UBND huyện Nghi Xuân: deadlines 'từ tháng 7 đến hết tháng 12/2024', 'trong năm 2024'; recipient Sở Nội vụ tỉnh (b/c)",
    spec: spec({
      unitId: "d442",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 07 xã, thị trấn và 04 phòng chuyên môn theo kế hoạch."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Chỉ số hài lòng của người dân tại một số xã còn thấp."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Tổ chức khảo sát sự hài lòng tại các xã, thực hiện từ tháng 7 đến hết tháng 12/2024.",
          "- Tập huấn kỹ năng giao tiếp cho công chức Bộ phận Một cửa trong năm 2024.",
        ),
      ],
      recipients: ["- Sở Nội vụ tỉnh (b/c);", "- TT Huyện ủy, HĐND huyện;", "- Lưu: VT."],
      signer: DISTRICT_SIGNER,
      footerLayout: "tabs",
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-commune-ky-ninh-bo-phan",
    description: "UBND xã Kỳ Ninh: tự kiểm tra tại 04 bộ phận chuyên môn và Bộ phận Tiếp nhận và trả kết quả",
    spec: spec({
      unitId: "c-449-ky-ninh",
      number: "Số: 41/BC-UBND",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra tại 04 bộ phận chuyên môn và Bộ phận Tiếp nhận và trả kết quả."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Trang thông tin điện tử của xã chưa cập nhật thường xuyên."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Phân công công chức cập nhật Trang thông tin điện tử hằng tuần, bắt đầu từ tháng 7/2024 và duy trì thường xuyên."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-thads-chi-cuc-words",
    description: "Cục THADS: kiểm tra 06 Chi cục THADS huyện; remedy deadline 'hạn chót 30/9/2024'",
    spec: spec({
      unitId: "thads",
      number: "Số: 356/BC-CTHADS",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Cục đã tổ chức kiểm tra công tác CCHC tại 06 Chi cục THADS cấp huyện."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số Chi cục chưa cập nhật đầy đủ sổ theo dõi trên phần mềm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Yêu cầu các Chi cục cập nhật đầy đủ dữ liệu trên phần mềm quản lý, hạn chót 30/9/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-district-tx-ky-anh-fields-word",
    description: "UBND thị xã Kỳ Anh: §II sub-headings a) … g) numbered by Word, remedies numbered 1., 2.",
    spec: spec({
      unitId: "d449",
      number: "Số: 190/BC-UBND",
      day: "ngày 25 tháng 9 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Thị xã đã kiểm tra 12/12 phường, xã và tự kiểm tra tại 100% phòng, ban chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", ...FIELDS_II),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "1. Các phường, xã chưa ban hành kế hoạch tự kiểm tra khẩn trương ban hành, hoàn thành trong tháng 10/2024.",
          "2. Giải quyết dứt điểm hồ sơ quá hạn trước ngày 31/10/2024.",
          "3. Đẩy mạnh số hóa hồ sơ, đạt tối thiểu 80% trước 31/12/2024.",
        ),
        PROPOSALS,
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    numbered: "all",
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "section.missing"] },
  },
  {
    id: "rt-sldtbxh-no-count-table-caption",
    description: "Sở LĐ-TB&XH: table captioned 'Bảng 1. Kết quả kiểm tra' listing Trung tâm, Cơ sở with counts",
    spec: spec({
      unitId: "sldtbxh",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          { italic: "Bảng 1. Kết quả kiểm tra các đơn vị trực thuộc" },
          { table: [["Loại đơn vị", "Kế hoạch", "Đã kiểm tra"], ["Trung tâm", "4", "3"], ["Cơ sở bảo trợ xã hội", "4", "2"]] },
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cơ sở vật chất tại một số Trung tâm còn hạn chế."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Đề xuất đầu tư sửa chữa cơ sở vật chất, hoàn thành trong năm 2024."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-district-hong-linh-kiem-tra-sub",
    description: "UBND thị xã Hồng Lĩnh: §I with sub-heading '1. Công tác kiểm tra' and 'Đã kiểm tra 06 phường, xã' under it",
    spec: spec({
      unitId: "d437",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          { bold: "1. Công tác kiểm tra, tự kiểm tra" },
          "Đã kiểm tra 06/06 phường, xã; các phòng chuyên môn tổ chức tự kiểm tra nội bộ.",
          { bold: "2. Kết quả trên các lĩnh vực" },
          "Chỉ số CCHC năm 2023 của thị xã xếp thứ 3/13 huyện, thành phố, thị xã.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ, NGUYÊN NHÂN", "Tỷ lệ thanh toán trực tuyến còn thấp."),
        sec("III. PHƯƠNG HƯỚNG, GIẢI PHÁP", "Tuyên truyền, hướng dẫn thanh toán trực tuyến, hoàn thành trước 30/11/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "section.missing"] },
  },
  {
    id: "rt-nhnn-chuc-nang",
    description: "NHNN chi nhánh: 'tự kiểm tra 05/05 phòng nghiệp vụ', remedy 'ngay trong tháng 7/2024'",
    spec: spec({
      unitId: "nhnn",
      number: "Số: 402/BC-HTI",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Chi nhánh đã tự kiểm tra 05/05 phòng nghiệp vụ về thực hiện nhiệm vụ CCHC."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc cập nhật quy trình ISO chưa kịp thời."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Rà soát, cập nhật quy trình ISO ngay trong tháng 7/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  // The two-tier [DEMO] campaign of the second half of 2026.
  {
    id: "rt-demo-xa-thach-lac",
    description: "[DEMO] UBND xã Thạch Lạc: tự kiểm tra 100% bộ phận chuyên môn; deadlines Quý I/2027",
    demo: true,
    spec: spec({
      unitId: "xa-thach-lac",
      demo: true,
      number: "Số: 15/BC-UBND",
      day: "ngày 25 tháng 11 năm 2026",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "UBND xã đã tổ chức tự kiểm tra 100% bộ phận chuyên môn và Trung tâm Phục vụ hành chính công xã.",
          "Trung tâm tiếp nhận 3.120 hồ sơ, giải quyết đúng hạn 98,9%.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc số hóa hồ sơ đất đai sau sắp xếp còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Hoàn thành số hóa hồ sơ đất đai trong Quý I/2027.", "- Chuẩn hóa dữ liệu hộ tịch trước ngày 31/12/2026."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "document.wrongType"] },
  },
  {
    id: "rt-demo-snnmt",
    description: "[DEMO] Sở Nông nghiệp và Môi trường: kiểm tra 07/12 Chi cục, đơn vị sự nghiệp trực thuộc",
    demo: true,
    spec: spec({
      unitId: "snnmt",
      demo: true,
      day: "ngày 20 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 07/12 Chi cục, đơn vị sự nghiệp trực thuộc, đạt 58,3%."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Sau hợp nhất, một số quy trình nội bộ chưa được ban hành lại."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Ban hành lại quy trình nội bộ giải quyết TTHC, hoàn thành trước ngày 31/01/2027."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "document.wrongType"] },
  },
  {
    id: "rt-demo-thue-co-so",
    description: "[DEMO] Thuế tỉnh Hà Tĩnh: đã kiểm tra 04/09 Thuế cơ sở (the 2025 name of a tax unit)",
    demo: true,
    spec: spec({
      unitId: "thue",
      demo: true,
      number: "Số: 3051/BC-THT",
      day: "ngày 18 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Thuế tỉnh đã kiểm tra 04/09 Thuế cơ sở và tự kiểm tra tại các phòng thuộc Thuế tỉnh."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Tỷ lệ hồ sơ khai thuế điện tử của hộ kinh doanh chưa cao."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Hướng dẫn hộ kinh doanh khai thuế điện tử, hoàn thành trong tháng 12/2026."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH"],
    }),
    expect: { ok: true, absent: ["results.count", "document.wrongType"] },
  },
  {
    id: "rt-demo-phuong-vung-ang",
    description: "[DEMO] UBND phường Vũng Áng: 'kiểm tra tại 08/12 tổ dân phố'; remedies table with Thời hạn",
    demo: true,
    spec: spec({
      unitId: "phuong-vung-ang",
      demo: true,
      number: "Số: 22/BC-UBND",
      day: "ngày 27 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND phường đã kiểm tra tại 08/12 tổ dân phố và tự kiểm tra các bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc niêm yết TTHC tại Trung tâm Phục vụ hành chính công phường chưa cập nhật."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", {
          table: [
            ["TT", "Nội dung", "Thời hạn"],
            ["1", "Cập nhật niêm yết TTHC", "Tháng 12/2026"],
            ["2", "Tập huấn công chức", "Quý I/2027"],
          ],
        }),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-stc-phan-headings",
    description: "Sở Tài chính: headings 'I. KẾT QUẢ THỰC HIỆN' / 'II. HẠN CHẾ, TỒN TẠI' / 'III. GIẢI PHÁP' / 'IV. ĐỀ XUẤT'",
    spec: spec({
      unitId: "stc",
      sections: [
        sec("I. KẾT QUẢ THỰC HIỆN", "Sở đã kiểm tra 05/08 phòng và 01 đơn vị sự nghiệp thuộc Sở."),
        sec("II. HẠN CHẾ, TỒN TẠI", "Việc thẩm định quyết toán còn chậm so với quy định."),
        sec("III. GIẢI PHÁP", "Tăng cường nhân lực thẩm định, giải quyết dứt điểm hồ sơ tồn trước ngày 30/9/2024."),
        sec("IV. ĐỀ XUẤT", "Không."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["section.missing", "results.count"] },
  },
];

// A Sở Nội vụ reviewer sends these back.
const DEFECTIVE: RedTeamReport[] = [
  {
    id: "rt-bad-stp-no-deadlines",
    description: "Sở Tư pháp: §III lists remedies with no deadline at all",
    spec: spec({
      unitId: "stp",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 05/07 phòng, đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc cập nhật TTHC còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Tăng cường kiểm tra, giám sát việc cập nhật TTHC.", "- Nâng cao trách nhiệm của người đứng đầu."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
  {
    id: "rt-bad-district-vague-cited",
    description: "UBND huyện Vũ Quang: remedies 'thường xuyên', 'kịp thời', citing Kế hoạch số 45/KH-UBND ngày 10/01/2024",
    spec: spec({
      unitId: "d441",
      day: "ngày 25 tháng 9 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 06/12 xã, thị trấn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã giải quyết hồ sơ quá hạn."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2024 của UBND huyện, các xã:",
          "- Thường xuyên rà soát, xử lý hồ sơ quá hạn.",
          "- Kịp thời chấn chỉnh công chức vi phạm kỷ luật, kỷ cương hành chính.",
          "- Trong thời gian tới tiếp tục đẩy mạnh CCHC.",
        ),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["remedies.deadline", "remedies.vagueDeadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "rt-bad-sxd-table-thuong-xuyen",
    description: "Sở Xây dựng: remedies table whose Thời hạn column says only Thường xuyên / Hằng năm",
    spec: spec({
      unitId: "sxd",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 100% phòng chuyên môn, kiểm tra 02/03 đơn vị sự nghiệp."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ cấp phép xây dựng còn trễ hạn."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", {
          table: [
            ["TT", "Giải pháp", "Thời hạn"],
            ["1", "Rà soát quy trình cấp phép", "Thường xuyên"],
            ["2", "Tập huấn nghiệp vụ", "Hằng năm"],
          ],
        }),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
  {
    id: "rt-bad-sgtvt-no-count",
    description: "Sở GTVT: §I speaks of dossiers and documents, never of units inspected",
    spec: spec({
      unitId: "sgtvt",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Sở đã ban hành 03 văn bản chỉ đạo công tác CCHC; 100% hồ sơ cấp giấy phép lái xe được giải quyết đúng hạn.",
          "Tổng số TTHC thuộc thẩm quyền: 156; đã công khai 156/156 TTHC (100%).",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ trực tuyến còn ít."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-district-inspections-only",
    description: "UBND huyện Lộc Hà: 'đã tổ chức 02 đợt kiểm tra' and '15 cuộc' — inspections held, not units",
    spec: spec({
      unitId: "d448",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã tổ chức 02 đợt kiểm tra công tác CCHC với tổng số 15 cuộc kiểm tra; phát hiện 08 sai sót."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã chưa niêm yết TTHC."),
        REMEDIES_DATED(),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-commune-percent-hs",
    description: "UBND phường Nam Hà: §I only '99,2% hồ sơ đúng hạn', '100% công chức đeo thẻ'",
    spec: spec({
      unitId: "c-436-nam-ha",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Qua tự kiểm tra, 99,2% hồ sơ được giải quyết đúng hạn; 100% công chức đeo thẻ khi thực thi công vụ."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Còn 05 hồ sơ quá hạn."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Giải quyết hồ sơ quá hạn trước ngày 31/7/2024."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-skhcn-no-ii",
    description: "Sở KH&CN: §II missing (I, III, IV)",
    spec: spec({
      unitId: "skhcn",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 04/05 phòng, đơn vị trực thuộc."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ, hoàn thành trong Quý III/2024."),
        PROPOSALS,
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["section.missing"] },
  },
  {
    id: "rt-bad-district-renumbered-no-ii",
    description: "UBND huyện Hương Sơn: no shortcomings section, the rest renumbered I, II, III",
    spec: spec({
      unitId: "d439",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 10/31 xã, thị trấn."),
        sec("II. GIẢI PHÁP KHẮC PHỤC", "Chấn chỉnh việc niêm yết TTHC trong tháng 8/2024."),
        sec("III. ĐỀ XUẤT, KIẾN NGHỊ", "Không có."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["section.missing"] },
  },
  {
    id: "rt-bad-plan-district",
    description: "UBND huyện Kỳ Anh sends its inspection plan: KẾ HOẠCH, Số: 25/KH-UBND, MỤC ĐÍCH, YÊU CẦU",
    spec: spec({
      unitId: "d447",
      number: "Số: 25/KH-UBND",
      day: "ngày 15 tháng 01 năm 2024",
      title: ["KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2024"],
      sections: [
        sec("I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc triển khai nhiệm vụ CCHC tại các cơ quan, đơn vị."),
        sec("II. NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA", "Kiểm tra 08 xã, thị trấn và 04 phòng chuyên môn."),
        sec("III. TỔ CHỨC THỰC HIỆN", "Phòng Nội vụ chủ trì, tham mưu thành lập Đoàn kiểm tra, hoàn thành trước 30/11/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-plan-self-inspection-central",
    description: "Cục Thống kê sends 'KẾ HOẠCH Tự kiểm tra công tác CCHC năm 2024' with the report's number",
    spec: spec({
      unitId: "thong-ke",
      number: "Số: 12/KH-CTK",
      title: ["KẾ HOẠCH", "Tự kiểm tra công tác cải cách hành chính năm 2024"],
      sections: [
        sec("1. Mục đích, yêu cầu", "Nắm tình hình thực hiện nhiệm vụ CCHC tại các Chi cục Thống kê khu vực."),
        sec("2. Nội dung tự kiểm tra", "Tự kiểm tra việc thực hiện quy chế làm việc, công khai TTHC."),
        sec("3. Thời gian, đối tượng", "Tháng 8 và tháng 9/2024, tại 06 Chi cục Thống kê khu vực."),
        sec("4. Tổ chức thực hiện", "Phòng Tổ chức - Hành chính chủ trì, phối hợp."),
      ],
      recipients: CENTRAL_TO,
      signer: ["CỤC TRƯỞNG"],
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-last-year-commune",
    description: "UBND phường Bắc Hà sends last year's report (6 tháng đầu năm 2023, dated 2023)",
    spec: spec({
      unitId: "c-436-bac-ha",
      day: "ngày 26 tháng 6 năm 2023",
      title: ["BÁO CÁO", "Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2023"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND phường đã tự kiểm tra 04/04 bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc số hóa hồ sơ còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ trước ngày 31/12/2023."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-demo-last-year",
    description: "[DEMO] UBND xã Kỳ Xuân sends its 2025 report to the 2026 campaign",
    demo: true,
    spec: spec({
      unitId: "xa-ky-xuan",
      demo: true,
      day: "ngày 28 tháng 11 năm 2025",
      title: ["BÁO CÁO", "Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính 6 tháng cuối năm 2025"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra 100% bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Dữ liệu hộ tịch chưa đồng bộ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Đồng bộ dữ liệu hộ tịch trong Quý I/2026."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-cuc-thue-no-iii",
    description: "Cục Thuế: no remedies section at all (I, II, IV)",
    spec: spec({
      unitId: "cuc-thue",
      number: "Số: 2210/BC-CTHTI",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Cục Thuế đã kiểm tra 04/06 Chi cục Thuế khu vực."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Tỷ lệ nợ thuế còn cao."),
        sec("III. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị UBND tỉnh chỉ đạo các ngành phối hợp thu hồi nợ thuế."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
    }),
    expect: { ok: false, codes: ["section.missing"] },
  },
  {
    id: "rt-bad-signer-thu-truong-co-quan",
    description: "Sở Văn hóa: signer left as 'THỦ TRƯỞNG CƠ QUAN'",
    spec: spec({
      unitId: "svhttdl",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 03/06 đơn vị sự nghiệp trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cập nhật TTHC chậm."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["THỦ TRƯỞNG CƠ QUAN"],
    }),
    expect: { ok: false, codes: ["footer.signer"] },
  },
  {
    id: "rt-bad-district-no-i",
    description: "UBND thành phố Hà Tĩnh: §I missing, report starts at TỒN TẠI",
    spec: spec({
      unitId: "d436",
      sections: [
        sec("I. TỒN TẠI, HẠN CHẾ", "Một số phường giải quyết hồ sơ đất đai quá hạn."),
        sec("II. GIẢI PHÁP KHẮC PHỤC", "Giải quyết dứt điểm hồ sơ quá hạn trước ngày 30/9/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["section.missing"] },
  },
  {
    id: "rt-bad-ii-empty",
    description: "Sở Ngoại vụ: §II heading with nothing under it",
    spec: spec({
      unitId: "sngv",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 100% phòng chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ"),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["section.empty"] },
  },
  {
    id: "rt-bad-demo-no-count",
    description: "[DEMO] UBND xã Cẩm Bình: §I gives only dossier figures",
    demo: true,
    spec: spec({
      unitId: "xa-cam-binh",
      demo: true,
      day: "ngày 24 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Trung tâm Phục vụ hành chính công xã tiếp nhận 2.450 hồ sơ, 100% được giải quyết đúng hạn; 95% hồ sơ nộp trực tuyến."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Thiếu máy scan phục vụ số hóa."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Mua sắm bổ sung máy scan trong tháng 12/2026."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-demo-no-deadline",
    description: "[DEMO] Sở Xây dựng: remedies 'định kỳ hằng quý', 'ngay khi có văn bản mới'",
    demo: true,
    spec: spec({
      unitId: "sxd",
      demo: true,
      day: "ngày 21 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 05/09 phòng, đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ cấp phép còn trễ hạn."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Định kỳ hằng quý rà soát hồ sơ trễ hạn.", "- Cập nhật quy trình ngay khi có văn bản mới."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
  {
    id: "rt-bad-date-blank",
    description: "UBND xã Thạch Đồng: date line left as 'ngày … tháng … năm 2024'",
    spec: spec({
      unitId: "c-436-thach-dong",
      day: "ngày     tháng 6 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra 05/05 bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc niêm yết TTHC chưa đầy đủ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Niêm yết đầy đủ TTHC trước ngày 31/7/2024."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["header.date"] },
  },
  {
    id: "rt-bad-no-noi-nhan-recipients",
    description: "Sở Y tế: nothing listed under Nơi nhận",
    spec: spec({
      unitId: "syt",
      number: "Số: 113/BC-SYT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 06 bệnh viện tuyến tỉnh."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Bệnh án điện tử chậm triển khai."),
        REMEDIES_DATED(),
      ],
      recipients: [],
      signer: ["GIÁM ĐỐC"],
    }),
    // An empty list under "Nơi nhận:" is a warning (Sở Nội vụ not among the recipients), not an error: a list the
    // reader cannot split from an unusual footer must never block a correct report.
    expect: { ok: true, codes: ["footer.recipientsSnv"] },
  },
];

// Second round: phrasings further from the outline.
const VALID_2: RedTeamReport[] = [
  {
    id: "rt-syt-bien-phap",
    description: "Sở Y tế: III. BIỆN PHÁP KHẮC PHỤC; II. NHỮNG KHÓ KHĂN, VƯỚNG MẮC, TỒN TẠI",
    spec: spec({
      unitId: "syt",
      number: "Số: 1204/BC-SYT",
      sections: [
        sec("I. KẾT QUẢ CÔNG TÁC KIỂM TRA, TỰ KIỂM TRA", "Đã kiểm tra được 8 đơn vị trên tổng số 12 đơn vị theo kế hoạch."),
        sec("II. NHỮNG KHÓ KHĂN, VƯỚNG MẮC, TỒN TẠI", "Nhân lực công nghệ thông tin tại các bệnh viện còn thiếu."),
        sec("III. BIỆN PHÁP KHẮC PHỤC", "Tuyển dụng, bố trí nhân lực công nghệ thông tin cho các bệnh viện, hoàn thành xong trước ngày 30 tháng 9 năm 2024."),
        sec("IV. ĐỀ XUẤT, KIẾN NGHỊ", "Không có đề xuất."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["section.missing", "results.count", "remedies.deadline"] },
  },
  {
    id: "rt-district-can-loc-doan-lam-viec",
    description: "UBND huyện Can Lộc: 'Đoàn kiểm tra đã làm việc tại 5 đơn vị'; II. HẠN CHẾ, TỒN TẠI QUA KIỂM TRA; deadline 'trước 30/9' without year",
    spec: spec({
      unitId: "d443",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Đoàn kiểm tra CCHC của huyện đã làm việc tại 5 đơn vị gồm: Phòng Tư pháp, Phòng Tài nguyên và Môi trường, UBND xã Thiên Lộc, UBND xã Thuần Thiện, UBND thị trấn Nghèn.",
        ),
        sec("II. HẠN CHẾ, TỒN TẠI QUA KIỂM TRA", "Hồ sơ lưu trữ tại một số xã chưa khoa học."),
        sec("III. GIẢI PHÁP KHẮC PHỤC VÀ THỜI HẠN KHẮC PHỤC", "- Chỉnh lý hồ sơ lưu trữ tại các xã, trước 30/9.", "- Tập huấn văn thư, lưu trữ, chậm nhất trong tháng 10/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["section.missing", "results.count", "remedies.deadline"] },
  },
  {
    id: "rt-stttt-count-parenthesis",
    description: "Sở TT&TT: units listed by name, count in parentheses '(04 đơn vị)'",
    spec: spec({
      unitId: "stttt",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Trong kỳ, Sở đã kiểm tra: Phòng Bưu chính - Viễn thông, Phòng Công nghệ thông tin, Trung tâm Công nghệ thông tin và Truyền thông, Thanh tra Sở (04 đơn vị).",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hệ thống quản lý văn bản đôi lúc gián đoạn."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Nâng cấp máy chủ hệ thống quản lý văn bản (Tiến độ: hoàn thành trong quý III năm 2024)."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-commune-tran-phu-so-luong-la",
    description: "UBND phường Trần Phú: 'Số lượng bộ phận được kiểm tra là 05, chiếm 100%'; remedies 3.1., 3.2.",
    spec: spec({
      unitId: "c-436-tran-phu",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Số lượng bộ phận được tự kiểm tra là 05, chiếm 100%."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Chưa bố trí máy lấy số tự động tại Bộ phận Một cửa."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "3.1. Lắp đặt máy lấy số tự động tại Bộ phận Một cửa; thời gian: từ nay đến 31/12/2024.",
          "3.2. Đánh giá mức độ hài lòng bằng thiết bị điện tử, hoàn thành trong tháng 11/2024.",
        ),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-district-thach-ha-remedies-by-field",
    description: "UBND huyện Thạch Hà: remedies grouped by field with sub-headings and '(hoàn thành trước 30/9/2024)'",
    spec: spec({
      unitId: "d445",
      day: "ngày 19 tháng 9 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Kết quả: 12/12 đơn vị đã tự kiểm tra; huyện kiểm tra trực tiếp 3 xã (Thạch Kênh, Thạch Liên, Việt Tiến)."),
        sec("II. TỒN TẠI, HẠN CHẾ", ...FIELDS_II.slice(4, 8)),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          { bold: "1. Về cải cách thủ tục hành chính" },
          "Giải quyết dứt điểm hồ sơ quá hạn (hoàn thành trước 30/10/2024).",
          { bold: "2. Về tổ chức bộ máy" },
          "Hoàn thành sắp xếp tổ chức theo đề án, đến hết năm 2024.",
        ),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-sxd-all-nfd-word-headings",
    description: "Sở Xây dựng: the whole file decomposed (NFD) and headings numbered by Word",
    spec: spec({
      unitId: "sxd",
      decomposed: true,
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 06/06 phòng chuyên môn, kiểm tra 02 Trung tâm trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép xây dựng còn chậm."),
        REMEDIES_DATED(),
        PROPOSALS,
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    numbered: "headings",
    expect: { ok: true, absent: ["section.missing", "results.count", "remedies.deadline"] },
  },
  {
    id: "rt-bqlkkt-proposals-inline",
    description: "Ban Quản lý KKT: 'IV. ĐỀ XUẤT, KIẾN NGHỊ: Không' on one line; TRƯỞNG BAN",
    spec: spec({
      unitId: "bqlkkt",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Ban đã kiểm tra 3/5 phòng chuyên môn và Trung tâm Dịch vụ tổng hợp."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ đầu tư trực tuyến chưa nhiều."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Hướng dẫn nhà đầu tư nộp hồ sơ trực tuyến, trong Quý III/2024."),
        sec("IV. ĐỀ XUẤT, KIẾN NGHỊ: Không."),
      ],
      recipients: DEPT_TO,
      signer: ["TRƯỞNG BAN"],
    }),
    expect: { ok: true, absent: ["section.missing", "footer.signer"] },
  },
  {
    id: "rt-demo-thong-ke-truong",
    description: "[DEMO] Thống kê tỉnh: signed TRƯỞNG THỐNG KÊ TỈNH; kiểm tra 03/06 Phòng Thống kê khu vực",
    demo: true,
    spec: spec({
      unitId: "thong-ke",
      demo: true,
      number: "Số: 410/BC-TKHT",
      day: "ngày 23 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Thống kê tỉnh đã kiểm tra 03/06 Phòng Thống kê khu vực."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc lưu trữ phiếu điều tra điện tử chưa thống nhất."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Ban hành quy định lưu trữ phiếu điều tra điện tử trước ngày 15/01/2027."),
      ],
      recipients: CENTRAL_TO,
      signer: ["TRƯỞNG THỐNG KÊ TỈNH"],
    }),
    expect: { ok: true, absent: ["footer.signer", "results.count"] },
  },
  {
    id: "rt-demo-phuong-thanh-sen-fields",
    description: "[DEMO] UBND phường Thành Sen: §II by the seven fields, remedies table 'Thời gian hoàn thành' with Quý I/2027",
    demo: true,
    spec: spec({
      unitId: "phuong-thanh-sen",
      demo: true,
      day: "ngày 26 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Phường đã tự kiểm tra toàn bộ các bộ phận chuyên môn và 100% tổ dân phố."),
        sec("II. TỒN TẠI, HẠN CHẾ", ...FIELDS_II),
        sec("III. GIẢI PHÁP KHẮC PHỤC", {
          table: [
            ["TT", "Nội dung", "Thời gian hoàn thành"],
            ["1", "Ban hành kế hoạch tự kiểm tra", "Tháng 12/2026"],
            ["2", "Số hóa hồ sơ", "Quý I/2027"],
          ],
        }),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-sct-done-and-planned",
    description: "Sở Công Thương: 'đã kiểm tra 05/08 đơn vị, 03 đơn vị còn lại sẽ kiểm tra trong Quý III' — done and planned in one sentence",
    spec: spec({
      unitId: "sct",
      number: "Số: 122/BC-SCT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 05/08 đơn vị trực thuộc, 03 đơn vị còn lại sẽ kiểm tra trong Quý III/2024."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép còn chậm."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-hai-quan-no-shortcomings",
    description: "Cục Hải quan: inspections found nothing — §II 'Qua kiểm tra, chưa phát hiện tồn tại, hạn chế', §III 'Không có nội dung phải khắc phục'",
    spec: spec({
      unitId: "hai-quan",
      number: "Số: 850/BC-HQHT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Cục đã kiểm tra 02/02 Chi cục Hải quan cửa khẩu và Đội Kiểm soát Hải quan."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Qua kiểm tra, tự kiểm tra, chưa phát hiện tồn tại, hạn chế."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Không có nội dung phải khắc phục."),
      ],
      recipients: CENTRAL_TO,
      signer: ["CỤC TRƯỞNG"],
    }),
    expect: { ok: true, absent: ["remedies.deadline"] },
  },
  {
    id: "rt-district-deadlines-without-year",
    description: "UBND huyện Thạch Hà: deadlines without a year — 'trong 6 tháng cuối năm', 'trước ngày 30 tháng 9', 'đến hết tháng 12', 'trong quý IV'",
    spec: spec({
      unitId: "d445",
      number: "Số: 260/BC-UBND",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 08/20 xã, thị trấn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Nhiều tồn tại về TTHC và chính quyền số."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Rà soát quy trình nội bộ trong 6 tháng cuối năm.",
          "- Xử lý hồ sơ quá hạn, hoàn thành trước ngày 30 tháng 9.",
          "- Số hóa hồ sơ đến hết tháng 12.",
          "- Kiện toàn Bộ phận Một cửa trong quý IV.",
        ),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.itemDeadline"] },
  },
];

const DEFECTIVE_2: RedTeamReport[] = [
  {
    id: "rt-bad-hoan-thanh-theo-ke-hoach",
    description: "Sở Công Thương: remedies 'hoàn thành theo Kế hoạch số 12/KH-UBND ngày 15/02/2024' — a cited date, no deadline",
    spec: spec({
      unitId: "sct",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 04/06 phòng chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép còn chậm."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Rà soát quy trình cấp phép, hoàn thành theo Kế hoạch số 12/KH-UBND ngày 15/02/2024 của UBND tỉnh.",
          "- Tiếp tục thực hiện theo lộ trình.",
        ),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
  {
    id: "rt-bad-past-events-remedies",
    description: "UBND huyện Đức Thọ: §III only recounts what was done ('Ngày 20/6/2024, UBND huyện đã ban hành Công văn…')",
    spec: spec({
      unitId: "d440",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 08/16 xã, thị trấn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã chưa công khai TTHC."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "Ngày 20/6/2024, UBND huyện đã ban hành Công văn số 456/UBND-NV chấn chỉnh việc công khai TTHC; các xã đã khắc phục ngay sau kiểm tra.",
        ),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
  {
    id: "rt-bad-kiem-tra-ho-so",
    description: "Sở Tài chính: §I says 'đã kiểm tra 100% hồ sơ' and '45 hồ sơ' — dossiers inspected, not units",
    spec: spec({
      unitId: "stc",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Qua kiểm tra 100% hồ sơ quyết toán dự án hoàn thành, phát hiện 45 hồ sơ chậm thẩm tra."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Thẩm tra quyết toán còn chậm."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-no-number-units",
    description: "UBND xã Kỳ Hưng: 'đã kiểm tra việc công khai TTHC tại Bộ phận Một cửa' — units named, no number",
    spec: spec({
      unitId: "c-449-ky-hung",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã kiểm tra việc công khai TTHC tại Bộ phận Một cửa và các thôn; kết quả cơ bản đảm bảo."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Niêm yết chưa đầy đủ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Niêm yết đầy đủ TTHC trước ngày 31/7/2024."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-annual-2023-dated-2024",
    description: "Sở Tư pháp sends its 2023 annual inspection report, dated January 2024",
    spec: spec({
      unitId: "stp",
      number: "Số: 08/BC-STP",
      day: "ngày 10 tháng 01 năm 2024",
      title: ["BÁO CÁO", "Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính năm 2023"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Năm 2023, Sở đã kiểm tra 10/12 phòng, đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cập nhật TTHC chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Cập nhật đầy đủ TTHC trong Quý I/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-kt-xh-report",
    description: "UBND huyện Vũ Quang sends its socio-economic report (BÁO CÁO Tình hình kinh tế - xã hội 6 tháng đầu năm 2024)",
    spec: spec({
      unitId: "d441",
      title: ["BÁO CÁO", "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024"],
      sections: [
        sec("I. TÌNH HÌNH KINH TẾ", "Tổng giá trị sản xuất ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ."),
        sec("II. VĂN HÓA - XÃ HỘI", "Tỷ lệ hộ nghèo giảm còn 3,2%."),
        sec("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "Phấn đấu hoàn thành 100% chỉ tiêu kế hoạch năm 2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-plan-syt-sections",
    description: "Sở Y tế sends 'KẾ HOẠCH Kiểm tra công tác CCHC năm 2024' with MỤC ĐÍCH / NỘI DUNG / ĐỐI TƯỢNG / TỔ CHỨC THỰC HIỆN",
    spec: spec({
      unitId: "syt",
      number: "Số: 45/KH-SYT",
      day: "ngày 22 tháng 02 năm 2024",
      title: ["KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2024"],
      sections: [
        sec("I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá kết quả thực hiện nhiệm vụ CCHC; phát hiện tồn tại, hạn chế để kịp thời khắc phục."),
        sec("II. NỘI DUNG, HÌNH THỨC KIỂM TRA", "Kiểm tra việc thực hiện 7 lĩnh vực CCHC; kiểm tra trực tiếp tại 09/14 đơn vị."),
        sec("III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", "Từ tháng 4 đến tháng 10/2024."),
        sec("IV. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở chủ trì, phối hợp các phòng chức năng thực hiện Kế hoạch này."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
];

// Third round: extra sections, appendices carrying the deadlines, numerals and deadlines in other notations.
const VALID_3: RedTeamReport[] = [
  {
    id: "rt-district-huong-son-extra-v",
    description: "UBND huyện Hương Sơn: an extra 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024' after §IV",
    spec: spec({
      unitId: "d439",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 10/31 xã, thị trấn và 04/13 phòng chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã chưa ban hành kế hoạch tự kiểm tra."),
        REMEDIES_DATED(),
        PROPOSALS,
        sec("V. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "Tiếp tục kiểm tra 21 xã, thị trấn còn lại theo kế hoạch."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["section.duplicate", "section.order", "section.missing"] },
  },
  {
    id: "rt-sgtvt-extra-first-section",
    description: "Sở GTVT: 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI' first, so results are II, shortcomings III, remedies IV, proposals V",
    spec: spec({
      unitId: "sgtvt",
      sections: [
        sec("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "Sở ban hành Kế hoạch số 25/KH-SGTVT ngày 20/01/2024 về kiểm tra CCHC năm 2024."),
        sec("II. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA", "Sở đã kiểm tra 03/05 đơn vị: Trạm Kiểm tra tải trọng xe, Ban Quản lý dự án, Trung tâm Đăng kiểm."),
        sec("III. TỒN TẠI, HẠN CHẾ", "Hồ sơ cấp giấy phép lái xe trực tuyến còn thấp."),
        sec("IV. GIẢI PHÁP KHẮC PHỤC", "Tuyên truyền cấp đổi giấy phép lái xe trực tuyến, hoàn thành trong Quý III/2024."),
        sec("V. ĐỀ XUẤT, KIẾN NGHỊ", "Không."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["section.missing", "results.count", "remedies.deadline"] },
  },
  {
    id: "rt-stp-deadlines-in-appendix",
    description: "Sở Tư pháp: §III points to a Phụ lục after the signature for the remedies and their deadlines",
    spec: spec({
      unitId: "stp",
      number: "Số: 230/BC-STP",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 06/08 phòng, đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cập nhật cơ sở dữ liệu hộ tịch còn chậm; lưu trữ hồ sơ chưa khoa học."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Các giải pháp khắc phục và thời hạn khắc phục cụ thể tại Phụ lục kèm theo Báo cáo này."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    appendix: [
      { bold: "Phụ lục" },
      { italic: "GIẢI PHÁP, THỜI HẠN KHẮC PHỤC TỒN TẠI, HẠN CHẾ (Kèm theo Báo cáo số 230/BC-STP)" },
      {
        table: [
          ["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn khắc phục"],
          ["1", "Cập nhật CSDL hộ tịch chậm", "Bố trí công chức cập nhật", "30/9/2024"],
          ["2", "Lưu trữ chưa khoa học", "Chỉnh lý hồ sơ", "Quý IV/2024"],
        ],
      },
    ],
    expect: { ok: true, absent: ["remedies.deadline"] },
  },
  {
    id: "rt-commune-ky-loi-deadline-notations",
    description: "UBND xã Kỳ Lợi: deadlines 'Quý 3/2024', 'tháng 9-2024', 'trước 30.9.2024', 'cuối năm 2024'",
    spec: spec({
      unitId: "c-449-ky-loi",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã tự kiểm tra 100% các bộ phận chuyên môn và 12/12 thôn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Niêm yết TTHC chưa đầy đủ; số hóa chậm."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Niêm yết đầy đủ TTHC: Quý 3/2024.",
          "- Số hóa hồ sơ hộ tịch: hoàn thành tháng 9-2024.",
          "- Rà soát quy chế làm việc: trước 30.9.2024.",
          "- Sắp xếp lại kho lưu trữ: cuối năm 2024.",
        ),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["remedies.deadline", "results.count"] },
  },
  {
    id: "rt-svhttdl-phan-headings",
    description: "Sở VH-TT&DL: 'Phần I. KẾT QUẢ …' headings, KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC PHỤ TRÁCH",
    spec: spec({
      unitId: "svhttdl",
      sections: [
        sec("Phần I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 05/09 đơn vị sự nghiệp trực thuộc (Bảo tàng, Thư viện, Trung tâm Văn hóa, Đoàn Ca kịch, Trung tâm Huấn luyện thể thao)."),
        sec("Phần II. TỒN TẠI, HẠN CHẾ", "Hồ sơ di tích chưa được số hóa."),
        sec("Phần III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ di tích cấp tỉnh trước ngày 31/12/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC PHỤ TRÁCH"],
    }),
    expect: { ok: true, absent: ["section.missing", "results.count"] },
  },
  {
    id: "rt-district-loc-ha-remedy-heading-ton-tai",
    description: "UBND huyện Lộc Hà: II. NHỮNG TỒN TẠI, HẠN CHẾ QUA KIỂM TRA, TỰ KIỂM TRA / III. GIẢI PHÁP KHẮC PHỤC TỒN TẠI, HẠN CHẾ",
    spec: spec({
      unitId: "d448",
      sections: [
        sec("I. KẾT QUẢ KIỂM TRA", "Huyện đã kiểm tra 05/13 xã và 03 phòng chuyên môn."),
        sec("II. NHỮNG TỒN TẠI, HẠN CHẾ QUA KIỂM TRA, TỰ KIỂM TRA", "Một số xã chưa cập nhật hồ sơ trên hệ thống."),
        sec("III. GIẢI PHÁP KHẮC PHỤC TỒN TẠI, HẠN CHẾ", "Cập nhật đầy đủ hồ sơ trên hệ thống, thời hạn trước ngày 31/10/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"],
    }),
    expect: { ok: true, absent: ["section.missing", "section.duplicate"] },
  },
  {
    id: "rt-commune-tabs-nfd-numbered",
    description: "UBND phường Hà Huy Tập: header and footer typed with tabs, whole file NFD, every list numbered by Word",
    spec: spec({
      unitId: "c-436-ha-huy-tap",
      headerLayout: "tabs",
      footerLayout: "tabs",
      decomposed: true,
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "- Phường đã tự kiểm tra 05/05 bộ phận và 100% tổ dân phố.", "- 98% hồ sơ đúng hạn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "- Còn hồ sơ trễ hạn lĩnh vực đất đai."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Xử lý hồ sơ trễ hạn trước ngày 31/8/2024."),
      ],
      recipients: ["- Sở Nội vụ;", "- UBND thành phố;", "- Lưu: VT."],
      signer: COMMUNE_SIGNER,
    }),
    numbered: "headings",
    expect: { ok: true, absent: ["section.missing", "results.count", "footer.recipients", "footer.signer"] },
  },
  {
    id: "rt-skhcn-kt-truong-ban-like",
    description: "Sở KH&CN: 'Tổng số: 07/07 đơn vị đã thực hiện tự kiểm tra'; recipients '- SNV (b/c);'",
    spec: spec({
      unitId: "skhcn",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Tổng số: 07/07 đơn vị đã thực hiện tự kiểm tra theo Kế hoạch của Sở."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ đề tài khoa học lưu trữ giấy còn nhiều."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ đề tài, đến 30/11/2024."),
      ],
      recipients: ["- SNV (b/c);", "- Lưu: VT."],
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "footer.recipientsSnv"] },
  },
];

const DEFECTIVE_3: RedTeamReport[] = [
  {
    id: "rt-bad-ratio-about-training",
    description: "Sở TT&TT: §I speaks of its inspection plan, but its only ratio is '25/25 xã tham gia tập huấn'",
    spec: spec({
      unitId: "stttt",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Sở ban hành Kế hoạch kiểm tra CCHC năm 2024 đúng thời hạn.",
          "Công tác chuyển đổi số: 25/25 xã tham gia tập huấn kỹ năng số; 100% TTHC được cung cấp trực tuyến.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hạ tầng mạng ở một số xã chưa đảm bảo."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-guidance-left",
    description: "UBND xã Kỳ Hoa: §II still holds the outline's guidance text",
    spec: spec({
      unitId: "c-449-ky-hoa",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra 05/05 bộ phận chuyên môn."),
        sec(
          "II. TỒN TẠI, HẠN CHẾ",
          "Các đơn vị, địa phương đánh giá, nêu rõ các tồn tại, hạn chế về CCHC được phát hiện sau đợt kiểm tra, tự kiểm tra công tác cải cách hành chính tại các đơn vị và các đơn vị trực thuộc (nêu rõ tồn tại, hạn chế về CCHC theo Lĩnh vực (nếu có).",
        ),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Hoàn thiện niêm yết TTHC trước ngày 31/7/2024."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["section.placeholder"] },
  },
  {
    id: "rt-bad-periodic-cchc-report",
    description: "Sở Xây dựng sends its periodic CCHC report (no inspection results, no shortcomings section, no remedies)",
    spec: spec({
      unitId: "sxd",
      title: ["BÁO CÁO", "Tình hình, kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024"],
      sections: [
        sec("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "Sở ban hành Kế hoạch CCHC năm 2024."),
        sec("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "100% TTHC được công khai; 97% hồ sơ đúng hạn."),
        sec("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "Tiếp tục đẩy mạnh CCHC."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false },
  },
  {
    id: "rt-bad-outline-title-left",
    description: "Sở Công Thương: the template's 'ĐỀ CƯƠNG BÁO CÁO' title left in place",
    spec: spec({
      unitId: "sct",
      title: ["ĐỀ CƯƠNG BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2024"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 04/06 phòng chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép còn chậm."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["title.missing"] },
  },
  {
    id: "rt-bad-appendix-promised-missing",
    description: "Sở Y tế: §III says the deadlines are in a Phụ lục, but no appendix follows the signature",
    spec: spec({
      unitId: "syt",
      number: "Số: 231/BC-SYT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 06/14 đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Bệnh án điện tử chậm triển khai."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Các giải pháp khắc phục và thời hạn cụ thể tại Phụ lục kèm theo."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
  {
    id: "rt-bad-appendix-without-deadlines",
    description: "UBND huyện Can Lộc: the Phụ lục §III points to lists remedies with 'Thường xuyên' only",
    spec: spec({
      unitId: "d443",
      number: "Số: 232/BC-UBND",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã kiểm tra 07/19 xã, thị trấn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã trả kết quả trễ hạn."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Chi tiết tại Phụ lục kèm theo."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    appendix: [
      { bold: "PHỤ LỤC" },
      { table: [["STT", "Giải pháp", "Thời hạn"], ["1", "Chấn chỉnh trả kết quả trễ hạn", "Thường xuyên"]] },
    ],
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
];

// Fourth round: header and title typed other ways, tables in §I and §II, signers and deadlines in other words.
const VALID_4: RedTeamReport[] = [
  {
    id: "rt-stp-header-variants",
    description: "Sở Tư pháp: 'CỘNG HOÀ', 'Độc lập – Tự do – Hạnh phúc' with en dashes, 'Số: 112 /BC-STP', double spaces in the date line",
    spec: spec({
      unitId: "stp",
      day: "ngày  24  tháng 6 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 1/3 số phòng, đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Lưu trữ hồ sơ chưa khoa học."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Chỉnh lý hồ sơ lưu trữ, hoàn thành trong 6 tháng cuối năm 2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    replace: [
      ["CỘNG HÒA", "CỘNG HOÀ"],
      ["Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"],
      ["Số: 112/BC-STP", "Số: 112 /BC-STP"],
    ],
    expect: { ok: true, absent: ["header.national", "header.number", "header.date", "results.count", "remedies.deadline"] },
  },
  {
    id: "rt-sct-plan-vs-done-table",
    description: "Sở Công Thương: §I table 'Nội dung | Kế hoạch | Thực hiện | Tỷ lệ' with a row 'Số đơn vị được kiểm tra'",
    spec: spec({
      unitId: "sct",
      number: "Số: 118/BC-SCT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", {
          table: [
            ["Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
            ["Số đơn vị được kiểm tra", "8", "6", "75%"],
            ["Số TTHC được rà soát", "45", "45", "100%"],
          ],
        }),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cập nhật quy trình nội bộ chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Cập nhật quy trình nội bộ, từ nay đến hết năm 2024."),
      ],
      recipients: DEPT_TO,
      signer: ["Q. GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  {
    id: "rt-district-tp-ha-tinh-names-table",
    description: "UBND thành phố Hà Tĩnh: §I table 'TT | Tên cơ quan, đơn vị được kiểm tra | Thời gian | Kết quả'; §II table by field",
    spec: spec({
      unitId: "d436",
      number: "Số: 520/BC-UBND",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          {
            table: [
              ["TT", "Tên cơ quan, đơn vị được kiểm tra", "Thời gian", "Kết quả"],
              ["1", "UBND phường Trần Phú", "15/4/2024", "Tốt"],
              ["2", "UBND phường Nam Hà", "17/4/2024", "Khá"],
              ["3", "Phòng Quản lý đô thị", "20/5/2024", "Tốt"],
            ],
          },
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", {
          table: [
            ["Lĩnh vực", "Tồn tại, hạn chế"],
            ["Cải cách thủ tục hành chính", "Còn hồ sơ đất đai quá hạn"],
            ["Chính quyền số", "Thanh toán trực tuyến thấp"],
          ],
        }),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Giải quyết hồ sơ quá hạn, hoàn thành trong Quý 3 năm 2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "shortcomings.field", "remedies.deadline"] },
  },
  {
    id: "rt-commune-thach-binh-subheading-count",
    description: "UBND xã Thạch Bình: count in the bold sub-heading '1. Kết quả tự kiểm tra tại 05 bộ phận'; 'TM. UBND XÃ'; title in two subject lines",
    spec: spec({
      unitId: "c-436-thach-binh",
      title: ["BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính", "6 tháng đầu năm 2024"],
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          { bold: "1. Kết quả tự kiểm tra tại 05 bộ phận chuyên môn" },
          "Các bộ phận cơ bản thực hiện tốt quy chế làm việc.",
          { bold: "2. Kết quả theo lĩnh vực" },
          "Đã công khai 100% TTHC.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Máy tính tại Bộ phận Một cửa xuống cấp."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Thay thế máy tính trong tháng 8 năm 2024."),
      ],
      recipients: COMMUNE_TO,
      signer: ["TM. UBND XÃ", "CHỦ TỊCH"],
    }),
    expect: { ok: true, absent: ["results.count", "title.missing", "footer.signer"] },
  },
  {
    id: "rt-bqlkkt-kt-truong-ban-ve",
    description: "Ban Quản lý KKT: KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN; subject 'Về kết quả kiểm tra…'; all units 'đạt 100%' by look-back",
    spec: spec({
      unitId: "bqlkkt",
      number: "Số: 640/BC-KKT",
      title: ["BÁO CÁO", "Về kết quả kiểm tra, tự kiểm tra công tác CCHC 6 tháng đầu năm 2024"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Các phòng chuyên môn, đơn vị trực thuộc đã tiến hành tự kiểm tra, đạt 100%."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Giải quyết hồ sơ đầu tư còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Rút ngắn thời gian giải quyết hồ sơ đầu tư; Thời gian hoàn thành: Trước ngày 30/9/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
    }),
    expect: { ok: true, absent: ["results.count", "footer.signer", "header.numberFormat"] },
  },
  {
    id: "rt-demo-xa-ky-anh-2027",
    description: "[DEMO] UBND xã Kỳ Anh: 'kiểm tra 4/6 thôn'; deadlines 'trong tháng 01/2027', 'Quý I năm 2027'",
    demo: true,
    spec: spec({
      unitId: "xa-ky-anh",
      demo: true,
      day: "ngày 30 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã kiểm tra 4/6 thôn và tự kiểm tra tại Trung tâm Phục vụ hành chính công xã."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Số hóa hồ sơ hộ tịch còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Số hóa hồ sơ hộ tịch trong tháng 01/2027.", "- Rà soát dữ liệu đất đai, Quý I năm 2027."),
        sec("IV. KIẾN NGHỊ, ĐỀ XUẤT (nếu có)", "Đề nghị UBND tỉnh hỗ trợ kinh phí số hóa."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
];

// Fifth round: numerals and heading lengths as typed in the wild.
const VALID_5: RedTeamReport[] = [
  {
    id: "rt-stc-dash-slash-numerals",
    description: "Sở Tài chính: 'I- KẾT QUẢ…', 'II/ TỒN TẠI…', 'III: GIẢI PHÁP…' numerals",
    spec: spec({
      unitId: "stc",
      number: "Số: 119/BC-STC",
      sections: [
        sec("I- KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 04/07 phòng chuyên môn."),
        sec("II/ TỒN TẠI, HẠN CHẾ", "Thẩm định giá còn chậm."),
        sec("III: GIẢI PHÁP KHẮC PHỤC", "Rút ngắn thời gian thẩm định giá, trước 31/10/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "rt-syt-long-headings",
    description: "Sở Y tế: long headings carrying the plan's words and the period",
    spec: spec({
      unitId: "syt",
      number: "Số: 1300/BC-SYT",
      sections: [
        sec(
          "I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA, TỰ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024",
          "Sở đã kiểm tra 07/14 đơn vị trực thuộc.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN CỦA TỒN TẠI, HẠN CHẾ", "Bệnh án điện tử chậm triển khai do thiếu kinh phí."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC, THỜI HẠN KHẮC PHỤC CÁC TỒN TẠI, HẠN CHẾ ĐÃ PHÁT HIỆN QUA KIỂM TRA",
          "Bố trí kinh phí triển khai bệnh án điện tử, hoàn thành trong Quý IV/2024.",
        ),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["section.missing", "section.duplicate"] },
  },
  {
    id: "rt-district-vu-quang-de-xuat-giai-phap",
    description: "UBND huyện Vũ Quang: 'II. HẠN CHẾ', 'III. ĐỀ XUẤT GIẢI PHÁP KHẮC PHỤC', 'IV. KIẾN NGHỊ'",
    spec: spec({
      unitId: "d441",
      sections: [
        sec("I. ĐÁNH GIÁ KẾT QUẢ KIỂM TRA", "Huyện đã kiểm tra 05/12 xã, thị trấn."),
        sec("II. HẠN CHẾ", "Một số xã chưa cập nhật hồ sơ trên hệ thống."),
        sec("III. ĐỀ XUẤT GIẢI PHÁP KHẮC PHỤC", "Cập nhật hồ sơ trên hệ thống trước ngày 30/10/2024."),
        sec("IV. KIẾN NGHỊ", "Đề nghị Sở Nội vụ tập huấn nghiệp vụ."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["section.missing", "section.order"] },
  },
  {
    id: "rt-sldtbxh-shortcomings-inside-i",
    description: "Sở LĐ-TB&XH: §I holds '1. Kết quả đạt được' and '2. Tồn tại, hạn chế'; then II. GIẢI PHÁP, III. KIẾN NGHỊ",
    spec: spec({
      unitId: "sldtbxh",
      sections: [
        sec(
          "I. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA",
          { bold: "1. Kết quả đạt được" },
          "Sở đã kiểm tra 05/08 Trung tâm, cơ sở trực thuộc.",
          { bold: "2. Tồn tại, hạn chế" },
          "Hồ sơ đối tượng bảo trợ xã hội chưa được số hóa.",
        ),
        sec("II. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ đối tượng bảo trợ xã hội, hoàn thành trước ngày 31/12/2024."),
        sec("III. KIẾN NGHỊ, ĐỀ XUẤT", "Không."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true },
  },
  {
    id: "rt-bad-sub-headings-no-shortcomings",
    description: "Sở Nông nghiệp: §I has sub-headings but none about shortcomings, and there is no §II",
    spec: spec({
      unitId: "snnptnt",
      sections: [
        sec(
          "I. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA",
          { bold: "1. Công tác chỉ đạo" },
          "Sở ban hành kế hoạch kiểm tra đúng thời hạn.",
          { bold: "2. Kết quả kiểm tra" },
          "Sở đã kiểm tra 06/11 Chi cục, Hạt Kiểm lâm trực thuộc.",
        ),
        sec("II. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ, hoàn thành trước ngày 31/12/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["section.missing"] },
  },
];

// Sixth round: line breaks inside one paragraph, agency names over two lines, counts and deadlines in list items.
const VALID_6: RedTeamReport[] = [
  {
    id: "rt-sldtbxh-soft-breaks",
    description: "Sở LĐ-TB&XH: agency name over two lines; recipients and signer each one paragraph with line breaks",
    spec: {
      ...spec({
        unitId: "sldtbxh",
        sections: [
          sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Đối tượng kiểm tra:", "- Khối phòng chuyên môn: 04 phòng;", "- Khối đơn vị sự nghiệp: 03 trung tâm."),
          sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ giải quyết chế độ chính sách còn trễ hạn."),
          sec("III. GIẢI PHÁP KHẮC PHỤC", "Phấn đấu đến ngày 30/9/2024 giải quyết dứt điểm hồ sơ trễ hạn."),
        ],
        recipients: ["- Sở Nội vụ (b/c);\n- UBND tỉnh (để b/c);\n- Lưu: VT, VP."],
        signer: ["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"],
      }),
      agency: ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"],
    },
    expect: { ok: true, absent: ["results.count", "footer.signer", "footer.recipients", "footer.recipientsSnv", "header.agency"] },
  },
  {
    id: "rt-district-ky-anh-luot-sub-bullets",
    description: "UBND huyện Kỳ Anh: '12 lượt đơn vị', '03 UBND xã'; remedies with '+' sub-bullets carrying the deadlines",
    spec: spec({
      unitId: "d447",
      day: "ngày 23 tháng 9 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND huyện đã thành lập 03 đoàn kiểm tra, kiểm tra 12 lượt đơn vị, trong đó trực tiếp tại 03 UBND xã."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Việc lưu trữ hồ sơ TTHC tại xã chưa đúng quy định."),
        sec(
          "III. GIẢI PHÁP KHẮC PHỤC",
          "- Chấn chỉnh công tác lưu trữ hồ sơ TTHC:",
          "+ Các xã rà soát, sắp xếp hồ sơ, hoàn thành trước ngày 30/10/2024;",
          "+ Phòng Nội vụ kiểm tra lại, chậm nhất ngày 30/11/2024.",
        ),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "rt-stnmt-deadline-table-no-year",
    description: "Sở TN&MT: remedies table 'Thời hạn hoàn thành' with '30/9' and '31/12' (year implied)",
    spec: spec({
      unitId: "stnmt",
      number: "Số: 155/BC-STNMT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 02 Chi nhánh Văn phòng đăng ký đất đai và 03 phòng chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ đất đai quá hạn còn nhiều."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", {
          table: [
            ["STT", "Nội dung", "Đơn vị thực hiện", "Thời hạn hoàn thành"],
            ["1", "Giải quyết hồ sơ quá hạn", "Văn phòng ĐKĐĐ", "30/9"],
            ["2", "Số hóa hồ sơ địa chính", "Văn phòng ĐKĐĐ", "31/12"],
          ],
        }),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "rt-cuc-thue-prose-quarter-first",
    description: "Cục Thuế: §III prose 'Trong Quý III/2024, Cục Thuế sẽ tập trung…'; recipients '- Sở Nội vụ (Phòng CCHC);'",
    spec: spec({
      unitId: "cuc-thue",
      number: "Số: 2215/BC-CTHTI",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Cục Thuế đã kiểm tra toàn bộ 06/06 Chi cục Thuế khu vực."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hồ sơ hoàn thuế còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Trong Quý III/2024, Cục Thuế sẽ tập trung rà soát, giải quyết dứt điểm hồ sơ hoàn thuế tồn đọng."),
      ],
      recipients: ["- Sở Nội vụ (Phòng CCHC);", "- Tổng cục Thuế (b/c);", "- Lưu: VT, TCCB."],
      signer: ["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"],
    }),
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "footer.recipientsSnv"] },
  },
  {
    id: "rt-sngv-lettered-sections",
    description: "Sở Ngoại vụ: sections lettered A., B., C.",
    spec: spec({
      unitId: "sngv",
      number: "Số: 95/BC-SNgV",
      sections: [
        sec("A. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 100% phòng chuyên môn (03/03 phòng)."),
        sec("B. TỒN TẠI, HẠN CHẾ", "Việc cập nhật TTHC lĩnh vực lãnh sự còn chậm."),
        sec("C. GIẢI PHÁP KHẮC PHỤC", "Cập nhật đầy đủ TTHC lĩnh vực lãnh sự trên Cổng Dịch vụ công, hoàn thành trước 31/8/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "rt-district-duc-tho-parts-over-roman",
    description: "UBND huyện Đức Thọ: a part 'A. KẾT QUẢ KIỂM TRA' over Roman sections I–III, then 'B. KIẾN NGHỊ'",
    spec: spec({
      unitId: "d440",
      number: "Số: 250/BC-UBND",
      sections: [
        sec("A. KẾT QUẢ CÔNG TÁC KIỂM TRA, TỰ KIỂM TRA CCHC"),
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Huyện đã kiểm tra 08/16 xã, thị trấn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã chậm cập nhật hồ sơ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Cập nhật hồ sơ trên hệ thống trước ngày 31/10/2024."),
        sec("B. ĐỀ XUẤT, KIẾN NGHỊ", "Không."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "rt-bad-lettered-no-b",
    description: "Sở Ngoại vụ: lettered sections with the shortcomings part missing (A. KẾT QUẢ, B. GIẢI PHÁP)",
    spec: spec({
      unitId: "sngv",
      number: "Số: 96/BC-SNgV",
      sections: [
        sec("A. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 03/03 phòng."),
        sec("B. GIẢI PHÁP KHẮC PHỤC", "Cập nhật TTHC, hoàn thành trước 31/8/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["section.missing"] },
  },
];

// Seventh round: a section carrying two sections' concepts, other documents' type names, a blank number.
const ROUND_7: RedTeamReport[] = [
  {
    id: "rt-bad-bien-ban",
    description: "UBND xã Thạch Hưng sends the inspection team's minutes (BIÊN BẢN Kiểm tra công tác CCHC)",
    spec: spec({
      unitId: "c-436-thach-hung",
      number: "Số: 05/BB-ĐKT",
      title: ["BIÊN BẢN", "Kiểm tra công tác cải cách hành chính tại UBND xã Thạch Hưng"],
      sections: [
        sec("I. THÀNH PHẦN ĐOÀN KIỂM TRA", "Ông Nguyễn Văn Bình - Trưởng đoàn."),
        sec("II. NỘI DUNG KIỂM TRA", "Kiểm tra việc công khai TTHC."),
        sec("III. KẾT LUẬN", "Cơ bản đạt yêu cầu."),
      ],
      recipients: COMMUNE_TO,
      signer: ["TRƯỞNG ĐOÀN"],
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-thong-bao-ket-luan",
    description: "UBND huyện Can Lộc sends its notice of inspection conclusions (THÔNG BÁO Kết luận kiểm tra CCHC)",
    spec: spec({
      unitId: "d443",
      number: "Số: 210/TB-UBND",
      title: ["THÔNG BÁO", "Kết luận kiểm tra công tác cải cách hành chính tại các xã năm 2024"],
      sections: [
        sec("1. Ưu điểm", "Các xã đã quan tâm chỉ đạo công tác CCHC."),
        sec("2. Tồn tại, hạn chế", "Niêm yết TTHC chưa đầy đủ."),
        sec("3. Yêu cầu khắc phục", "Các xã khắc phục trước ngày 30/9/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-number-blank",
    description: "UBND xã Thạch Môn: the number left blank ('Số:     /BC-UBND') as in an unsigned draft",
    spec: spec({
      unitId: "c-436-thach-mon",
      number: "Số:      /BC-UBND",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra 05/05 bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Niêm yết TTHC chưa đầy đủ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Niêm yết đầy đủ TTHC trước ngày 31/7/2024."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["header.number"] },
  },
];

// Eighth round: the two-tier campaign's central agencies and new communes; counts in other shapes.
const ROUND_8: RedTeamReport[] = [
  {
    id: "rt-demo-thads-phong-khu-vuc",
    description: "[DEMO] Thi hành án dân sự tỉnh: 'kiểm tra 2 trong 4 Phòng Thi hành án dân sự khu vực'; KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH",
    demo: true,
    spec: spec({
      unitId: "thads",
      demo: true,
      number: "Số: 702/BC-THADS",
      day: "ngày 19 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Đã kiểm tra 2 trong 4 Phòng Thi hành án dân sự khu vực."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cập nhật dữ liệu trên phần mềm quản lý còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Cập nhật đầy đủ dữ liệu trước ngày 31/3/2027."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH", "PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH"],
    }),
    expect: { ok: true, absent: ["footer.signer", "results.count", "remedies.deadline"] },
  },
  {
    id: "rt-demo-bhxh-co-so-aside",
    description: "[DEMO] BHXH tỉnh: 'kiểm tra 100% (09/09) BHXH cơ sở'",
    demo: true,
    spec: spec({
      unitId: "bhxh",
      demo: true,
      number: "Số: 1850/BC-BHXH",
      day: "ngày 24 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "BHXH tỉnh đã kiểm tra 100% (09/09) BHXH cơ sở về thực hiện nhiệm vụ CCHC."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Giao dịch điện tử của hộ gia đình còn thấp."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Tuyên truyền giao dịch điện tử, hoàn thành trong tháng 12/2026."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-demo-xa-ky-van-phong-list",
    description: "[DEMO] UBND xã Kỳ Văn: 'tự kiểm tra 03/03 phòng chuyên môn (…)', everything numbered by Word, pasted NFD in places",
    demo: true,
    spec: spec({
      unitId: "xa-ky-van",
      demo: true,
      day: "ngày 26 tháng 11 năm 2026",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "- UBND xã đã tự kiểm tra 03/03 phòng chuyên môn (Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội).",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "- Hồ sơ đất đai sau sắp xếp chưa bàn giao đầy đủ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Hoàn thành bàn giao hồ sơ đất đai trước ngày 31/12/2026."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    numbered: "all",
    mixedNfd: true,
    expect: { ok: true, absent: ["results.count", "section.missing"] },
  },
  {
    id: "rt-demo-skhcn-words-count",
    description: "[DEMO] Sở KH&CN: 'kiểm tra bảy đơn vị trực thuộc' in words; Q. GIÁM ĐỐC",
    demo: true,
    spec: spec({
      unitId: "skhcn",
      demo: true,
      day: "ngày 25 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra bảy đơn vị trực thuộc, gồm các phòng chuyên môn và Trung tâm Chuyển đổi số."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Hệ thống thông tin giải quyết TTHC đôi lúc gián đoạn."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Nâng cấp hạ tầng, hoàn thành trong Quý I/2027."),
      ],
      recipients: DEPT_TO,
      signer: ["Q. GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "rt-bad-demo-units-named-no-number",
    description: "[DEMO] UBND xã Kỳ Khang: 'đã kiểm tra tại: thôn Tân Phú, thôn Đông Hà' — no number, no ratio",
    demo: true,
    spec: spec({
      unitId: "xa-ky-khang",
      demo: true,
      day: "ngày 26 tháng 11 năm 2026",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã kiểm tra tại thôn Tân Phú và thôn Đông Hà; kết quả cơ bản đạt yêu cầu."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Nhà văn hóa thôn chưa niêm yết TTHC."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Niêm yết TTHC tại nhà văn hóa các thôn trong tháng 12/2026."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
];

// Ninth round: headers and titles laid out other ways.
const ROUND_9: RedTeamReport[] = [
  {
    id: "rt-sgtvt-header-rows",
    description: "Sở GTVT: header table with one row per line (agency | motto, number | date line); date 'ngày 24 tháng 06 năm 2024'",
    spec: spec({
      unitId: "sgtvt",
      day: "ngày 24 tháng 06 năm 2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 03/05 Trạm, Đội trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép vận tải trực tuyến còn ít."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến, trước ngày 30/9/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    }),
    headerRows: true,
    expect: { ok: true, absent: ["header.agency", "header.number", "header.national", "header.date"] },
  },
  {
    id: "rt-district-title-one-caps-line",
    description: "UBND huyện Hương Khê: title on one caps line 'BÁO CÁO KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA CCHC 6 THÁNG ĐẦU NĂM 2024'; place 'Hương Khê'",
    spec: spec({
      unitId: "d444",
      title: ["BÁO CÁO KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA CÔNG TÁC CCHC 6 THÁNG ĐẦU NĂM 2024"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Huyện đã kiểm tra 09/21 xã, thị trấn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Một số xã chậm số hóa."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Đẩy nhanh số hóa, hoàn thành trước 31/12/2024."),
      ],
      recipients: DISTRICT_TO,
      signer: DISTRICT_SIGNER,
    }),
    expect: { ok: true, absent: ["title.missing", "document.wrongType"] },
  },
  {
    id: "rt-stp-subject-caps-year",
    description: "Sở Tư pháp: subject in caps on its own line, 'năm 2024' instead of the half-year",
    spec: spec({
      unitId: "stp",
      number: "Số: 240/BC-STP",
      title: ["BÁO CÁO", "KẾT QUẢ TỰ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 08/08 phòng, đơn vị."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Lưu trữ chưa khoa học."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Chỉnh lý hồ sơ trước ngày 31/10/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: true, absent: ["title.missing"] },
  },
  {
    id: "rt-commune-header-one-paragraph",
    description: "UBND phường Đại Nài: header cell lines typed as one paragraph with line breaks",
    spec: {
      ...spec({
        unitId: "c-436-dai-nai",
        sections: [
          sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Phường đã tự kiểm tra 05/05 bộ phận chuyên môn."),
          sec("II. TỒN TẠI, HẠN CHẾ", "Niêm yết TTHC chưa đầy đủ."),
          sec("III. GIẢI PHÁP KHẮC PHỤC", "Niêm yết đầy đủ TTHC trước ngày 31/7/2024."),
        ],
        recipients: COMMUNE_TO,
        signer: COMMUNE_SIGNER,
      }),
      agency: ["ỦY BAN NHÂN DÂN\nPHƯỜNG ĐẠI NÀI"],
    },
    expect: { ok: true, absent: ["header.agency"] },
  },
];

// Tenth round: the motto in capitals, a numeric date line, deadlines opening the item.
const ROUND_10: RedTeamReport[] = [
  {
    id: "rt-sxd-motto-caps",
    description: "Sở Xây dựng: motto typed 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'; remedies open with their month ('- Tháng 9/2024: …')",
    spec: spec({
      unitId: "sxd",
      number: "Số: 160/BC-SXD",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 04/06 phòng, đơn vị trực thuộc."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép xây dựng còn chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "- Tháng 9/2024: ban hành quy trình nội bộ cấp phép.", "- Quý IV/2024: số hóa hồ sơ cấp phép."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    replace: [["Độc lập - Tự do - Hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"]],
    expect: { ok: true, absent: ["header.national", "remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "rt-commune-date-line-numeric",
    description: "UBND phường Bắc Hà: date line 'Bắc Hà, ngày 24/6/2024'",
    spec: spec({
      unitId: "c-436-bac-ha",
      day: "ngày 24/6/2024",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Phường đã tự kiểm tra 04/04 bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Số hóa chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ trước ngày 31/8/2024."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: true, absent: ["header.date"] },
  },
];

// Eleventh round: signers' names with a rank or a degree.
const ROUND_11: RedTeamReport[] = [
  {
    id: "rt-cong-an-rank-name",
    description: "Công an tỉnh: signer's name with the police rank 'Đại tá Nguyễn Hồng Phong'",
    spec: spec({
      unitId: "cong-an",
      number: "Số: 2400/BC-CAT-PX01",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Công an tỉnh đã kiểm tra 06/13 Công an huyện, thị xã, thành phố."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Dịch vụ công trực tuyến về cư trú còn ít người dùng."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Tuyên truyền dịch vụ công về cư trú, trong Quý III/2024."),
      ],
      recipients: CENTRAL_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      signerName: "Đại tá Nguyễn Hồng Phong",
    }),
    expect: { ok: true, absent: ["footer.signer"] },
  },
  {
    id: "rt-skhcn-degree-name",
    description: "Sở KH&CN: signer's name with a degree 'TS. Lê Văn Thắng'",
    spec: spec({
      unitId: "skhcn",
      number: "Số: 170/BC-SKHCN",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 03/05 phòng, đơn vị."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Số hóa chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ trước ngày 31/10/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
      signerName: "TS. Lê Văn Thắng",
    }),
    expect: { ok: true, absent: ["footer.signer"] },
  },
  {
    id: "rt-syt-degree-caps-name",
    description: "Sở Y tế: signer's name 'BSCKII. Nguyễn Thị Hoa' / 'ThS. …'",
    spec: spec({
      unitId: "syt",
      number: "Số: 1400/BC-SYT",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 07/14 đơn vị."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Bệnh án điện tử chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Triển khai bệnh án điện tử trong Quý IV/2024."),
      ],
      recipients: DEPT_TO,
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      signerName: "ThS. Nguyễn Thị Hoa",
    }),
    expect: { ok: true, absent: ["footer.signer"] },
  },
];

// Twelfth round: rules under the header lines, a "(Đã ký)" note, a period line under the subject.
const ROUND_12: RedTeamReport[] = [
  {
    id: "rt-stp-rules-signed-copy",
    description: "Sở Tư pháp: '________' rules under the agency and the motto, '(Đã ký)' above the name, period line '(Từ ngày 01/01/2024 đến ngày 30/6/2024)'",
    spec: {
      ...spec({
        unitId: "stp",
        number: "Số: 250/BC-STP",
        title: ["BÁO CÁO", "Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính", "(Từ ngày 01/01/2024 đến ngày 30/6/2024)"],
        sections: [
          sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã kiểm tra 05/08 phòng, đơn vị trực thuộc."),
          sec("II. TỒN TẠI, HẠN CHẾ", "Lưu trữ chưa khoa học."),
          sec("III. GIẢI PHÁP KHẮC PHỤC", "Chỉnh lý hồ sơ trước ngày 30/11/2024."),
        ],
        recipients: DEPT_TO,
        signer: ["GIÁM ĐỐC", "(Đã ký)"],
      }),
      agency: ["SỞ TƯ PHÁP", "________"],
    },
    expect: { ok: true, absent: ["header.agency", "header.number", "footer.signer", "title.missing", "remedies.deadline"] },
  },
  {
    id: "rt-bad-last-year-no-title-year",
    description: "UBND xã Kỳ Hà sends last year's report: dated 2023, title without a year, every date in it from 2023",
    spec: spec({
      unitId: "c-449-ky-ha",
      day: "ngày 27 tháng 6 năm 2023",
      title: ["BÁO CÁO", "Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính 6 tháng đầu năm"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Thực hiện Kế hoạch số 20/KH-UBND ngày 10/01/2023, UBND xã đã tự kiểm tra 05/05 bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Niêm yết TTHC chưa đầy đủ."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Niêm yết đầy đủ TTHC trước ngày 31/8/2023."),
      ],
      recipients: COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-demo-first-half",
    description: "[DEMO] UBND xã Thạch Khê sends its report on the first half of 2026 to the second-half campaign",
    demo: true,
    spec: spec({
      unitId: "xa-thach-khe",
      demo: true,
      day: "ngày 25 tháng 6 năm 2026",
      title: ["BÁO CÁO", "Kết quả kiểm tra, tự kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2026"],
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra 100% bộ phận chuyên môn."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Số hóa chậm."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Số hóa hồ sơ trong Quý III/2026."),
      ],
      recipients: DEMO_COMMUNE_TO,
      signer: COMMUNE_SIGNER,
    }),
    expect: { ok: false, codes: ["document.wrongType"] },
  },
  {
    id: "rt-bad-planned-not-done",
    description: "Sở Công Thương: §I only says how many units it will inspect ('sẽ kiểm tra 08 đơn vị', 'dự kiến kiểm tra 05 phòng')",
    spec: spec({
      unitId: "sct",
      number: "Số: 121/BC-SCT",
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          "Sở đã ban hành Kế hoạch kiểm tra CCHC năm 2024; trong 6 tháng cuối năm, Sở sẽ kiểm tra 08 đơn vị trực thuộc và dự kiến kiểm tra 05 phòng chuyên môn.",
          "100% TTHC được công khai.",
        ),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cấp phép còn chậm."),
        REMEDIES_DATED(),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "rt-bad-shortcomings-remedies-none",
    description: "Sở Ngoại vụ: §II lists shortcomings but §III says only 'Không.'",
    spec: spec({
      unitId: "sngv",
      number: "Số: 97/BC-SNgV",
      sections: [
        sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Sở đã tự kiểm tra 03/03 phòng."),
        sec("II. TỒN TẠI, HẠN CHẾ", "Cập nhật TTHC lĩnh vực lãnh sự còn chậm; lưu trữ hồ sơ chưa khoa học."),
        sec("III. GIẢI PHÁP KHẮC PHỤC", "Không."),
      ],
      recipients: DEPT_TO,
      signer: ["GIÁM ĐỐC"],
    }),
    expect: { ok: false, codes: ["remedies.deadline"] },
  },
];

export const REDTEAM: RedTeamReport[] = [...ROUND_7, ...ROUND_12, ...ROUND_11, ...ROUND_10, ...ROUND_9, ...ROUND_8, ...VALID, ...VALID_2, ...VALID_3, ...VALID_4, ...VALID_5, ...VALID_6, ...DEFECTIVE, ...DEFECTIVE_2, ...DEFECTIVE_3];
