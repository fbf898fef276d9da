/**
 * The in-repo variant set: realistic reports of departments, districts, communes and central agencies of the
 * HA_TINH_2024 registry, correct and defective, one variant per way real offices write (or get wrong) a report, with
 * what the engine must make of it. Grouped by the classes of issue 9 §1.
 */
import { HA_TINH_2024 } from "../../shared/campaign/ha-tinh-2024";
import { buildOutline } from "../../shared/outline/build";
import { exampleContent } from "../../shared/outline/example";
import type { OutlineDoc } from "../../shared/outline/types";
import type { ReportSpec, SectionSpec } from "./build";
import { baseReport, unit, withSection } from "./profiles";

export interface Expectation {
  /** No error finding (a report whose findings are all warnings can be submitted). */
  ok: boolean;
  /** Codes that must be among the findings. */
  codes?: string[];
  /** Codes that must not be. */
  absent?: string[];
  /** Text some finding's Vietnamese message must contain (case-insensitive). */
  messages?: string[];
  /** No finding at all, not even a warning. */
  none?: boolean;
}

export interface Variant {
  id: string;
  description: string;
  spec: ReportSpec;
  /** The document as the project itself writes it (cchc outline, --example), rendered instead of `spec`. */
  outline?: OutlineDoc;
  expect: Expectation;
}

const OK: Expectation = { ok: true };
const sec = (heading: string, ...body: SectionSpec["body"]): SectionSpec => ({ heading, body });
const I = 0;
const II = 1;
const III = 2;
const IV = 3;
const headings = (spec: ReportSpec, names: string[], style?: SectionSpec["style"]): ReportSpec => ({
  ...spec,
  sections: spec.sections.map((s, i) => ({ ...s, heading: names[i] ?? s.heading, ...(style ? { style } : {}) })),
});
const cited = "Thực hiện Quyết định số 54/2019/QĐ-UBND ngày 27/9/2019 của UBND tỉnh và Kế hoạch số 15/KH-UBND ngày 20/01/2024:";

/** Correct reports, each written another real way: none may get an error. */
const VALID: Variant[] = [
  { id: "valid-stp", description: "Sở Tư pháp, the outline's own headings, borderless header and footer tables", spec: baseReport("stp"), expect: OK },
  {
    id: "valid-syt-heading-style",
    description: "Sở Y tế, headings in Word's Heading 1 style, counts of hospitals and health centres",
    spec: headings(baseReport("syt"), [], "heading"),
    expect: OK,
  },
  {
    id: "valid-sgddt-sentence-case",
    description: "Sở Giáo dục và Đào tạo, sentence-case headings, counts of schools",
    spec: headings(baseReport("sgddt"), ["I. Kết quả đạt được", "II. Tồn tại, hạn chế", "III. Giải pháp khắc phục", "IV. Đề xuất, kiến nghị"]),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "valid-snnptnt-arabic",
    description: "Sở NN&PTNT, sections numbered 1. 2. 3. 4., Chi cục and Hạt Kiểm lâm inspected",
    spec: headings(baseReport("snnptnt"), ["1. KẾT QUẢ ĐẠT ĐƯỢC", "2. TỒN TẠI, HẠN CHẾ", "3. GIẢI PHÁP KHẮC PHỤC", "4. ĐỀ XUẤT, KIẾN NGHỊ"]),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "valid-stc-combined-headings",
    description: "Sở Tài chính, combined headings: KHÓ KHĂN, TỒN TẠI, HẠN CHẾ / NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI / KIẾN NGHỊ, ĐỀ XUẤT",
    spec: headings(baseReport("stc"), [
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "II. KHÓ KHĂN, TỒN TẠI, HẠN CHẾ",
      "III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI",
      "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    ]),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "valid-sxd-causes",
    description: "Sở Xây dựng, TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
    spec: headings(baseReport("sxd"), ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"]),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "valid-stnmt-extended-heading",
    description: "Sở TN&MT, heading I carries the period: KẾT QUẢ ĐẠT ĐƯỢC TRONG 6 THÁNG ĐẦU NĂM 2024",
    spec: headings(baseReport("stnmt"), ["I. KẾT QUẢ ĐẠT ĐƯỢC TRONG 6 THÁNG ĐẦU NĂM 2024"]),
    expect: OK,
  },
  {
    id: "valid-skhdt-results-table",
    description: "Sở KH&ĐT, §I counts in a results table (Đơn vị được kiểm tra | Số lượng | Tỷ lệ), one row per group",
    spec: withSection(
      baseReport("skhdt"),
      I,
      sec(
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "Kết quả kiểm tra, tự kiểm tra cụ thể như sau:",
        { table: [["Đơn vị được kiểm tra", "Số lượng", "Tỷ lệ"], ["Phòng chuyên môn", "05/07", "71,4%"], ["Đơn vị sự nghiệp", "02/02", "100%"]] },
        "Công tác cải cách thủ tục hành chính: 100% TTHC được công khai trên Cổng Dịch vụ công.",
      ),
    ),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "valid-syt-noun-count",
    description: "Sở Y tế, the count after the noun: Đơn vị được kiểm tra: 12 (đạt 80%)",
    spec: withSection(baseReport("syt", "21"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "- Đơn vị được kiểm tra: 12 (đạt 80%).", "- Về cải cách thể chế: 100% dự thảo văn bản được thẩm định.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "valid-sldtbxh-words",
    description: "Sở LĐ-TB&XH, the count in words: mười hai đơn vị",
    spec: withSection(baseReport("sldtbxh"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Trong 6 tháng đầu năm, Sở đã kiểm tra mười hai đơn vị trực thuộc về việc thực hiện nhiệm vụ CCHC.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "valid-stttt-of-total",
    description: "Sở TT&TT, x trên tổng số y",
    spec: withSection(baseReport("stttt"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Đã kiểm tra 04 trên tổng số 05 phòng, đơn vị trực thuộc theo Kế hoạch.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "valid-svhttdl-ratio-only",
    description: "Sở VH-TT&DL, a ratio alone tied to units: Tỷ lệ đơn vị được kiểm tra đạt 80%",
    spec: withSection(baseReport("svhttdl"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Tỷ lệ đơn vị trực thuộc được kiểm tra đạt 80% kế hoạch năm.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "valid-sgtvt-tram-doi",
    description: "Sở GTVT, Trạm and Đội inspected, tab-laid footer",
    spec: { ...baseReport("sgtvt"), footerLayout: "tabs" },
    expect: { ok: true, absent: ["format.size"] },
  },
  {
    id: "valid-sct-tabs-header",
    description: "Sở Công Thương, header typed with tabs instead of a table",
    spec: { ...baseReport("sct"), headerLayout: "tabs" },
    expect: OK,
  },
  {
    id: "valid-skhcn-remedies-table",
    description: "Sở KH&CN, remedies table with a Thời hạn khắc phục column",
    spec: withSection(
      baseReport("skhcn"),
      III,
      sec("III. GIẢI PHÁP KHẮC PHỤC", {
        table: [
          ["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn khắc phục"],
          ["1", "Hồ sơ quá hạn", "Rà soát, xử lý dứt điểm", "30/9/2024"],
          ["2", "Số hóa hồ sơ còn thấp", "Bố trí nhân lực số hóa", "Quý IV/2024"],
        ],
      }),
    ),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "valid-svhttdl-cited-dates",
    description: "Sở VH-TT&DL, §III cites documents with their dates and sets real deadlines",
    spec: withSection(
      baseReport("svhttdl", "31"),
      III,
      sec(
        "III. GIẢI PHÁP KHẮC PHỤC",
        "Thực hiện Quyết định số 54/2019/QĐ-UBND ngày 27/9/2019 của UBND tỉnh, Sở triển khai:",
        "- Rà soát, công khai đầy đủ TTHC, hoàn thành trước ngày 30/9/2024.",
        "- Theo Công văn số 123/SNV-CCHC ngày 05/3/2024 của Sở Nội vụ, kiện toàn Bộ phận Một cửa trong Quý III/2024.",
      ),
    ),
    expect: { ok: true, absent: ["remedies.deadlinePast", "remedies.deadline"] },
  },
  {
    id: "valid-sngv-mixed-code",
    description: "Sở Ngoại vụ, mixed-case unit code: Số: 15/BC-SNgV",
    spec: baseReport("sngv"),
    expect: { ok: true, absent: ["header.numberFormat"] },
  },
  {
    id: "valid-ttt-chanh-thanh-tra",
    description: "Thanh tra tỉnh, Số: 08/BC-TTr, signed CHÁNH THANH TRA",
    spec: baseReport("ttt", "08"),
    expect: { ok: true, absent: ["header.numberFormat", "footer.signer"] },
  },
  {
    id: "valid-bqlkkt-truong-ban",
    description: "Ban Quản lý Khu kinh tế tỉnh, signed TRƯỞNG BAN",
    spec: baseReport("bqlkkt"),
    expect: { ok: true, absent: ["footer.signer"] },
  },
  {
    id: "valid-vpubnd-kt-chanh-van-phong",
    description: "Văn phòng UBND tỉnh, KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG",
    spec: baseReport("vpubnd"),
    expect: { ok: true, absent: ["footer.signer"] },
  },
  {
    id: "valid-stp-q-giam-doc",
    description: "Sở Tư pháp, acting head: Q. GIÁM ĐỐC",
    spec: { ...baseReport("stp", "16"), signer: ["Q. GIÁM ĐỐC"] },
    expect: { ok: true, absent: ["footer.signer"] },
  },
  {
    id: "valid-syt-tl-giam-doc",
    description: "Sở Y tế, signed on behalf: TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG",
    spec: { ...baseReport("syt", "17"), signer: ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"] },
    expect: { ok: true, absent: ["footer.signer"] },
  },
  {
    id: "valid-stp-no-iv",
    description: "Sở Tư pháp without the optional §IV",
    spec: withSection(baseReport("stp", "18"), IV, undefined),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "valid-stp-lead-in-list",
    description: "Sở Tư pháp, counts in list items under a lead-in that speaks of inspecting",
    spec: withSection(
      baseReport("stp", "19"),
      I,
      sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Kết quả kiểm tra, tự kiểm tra như sau:", "- Khối phòng chuyên môn: 05/06 phòng;", "- Khối đơn vị sự nghiệp: 03/03 trung tâm."),
    ),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "valid-sxd-past-events",
    description: "Sở Xây dựng, §III recounts past events with their dates and gives deadlines",
    spec: withSection(
      baseReport("sxd", "22"),
      III,
      sec(
        "III. GIẢI PHÁP KHẮC PHỤC",
        "Ngày 15/3/2024, Sở đã tổ chức hội nghị quán triệt kết quả kiểm tra; đã hoàn thành việc chấn chỉnh tại 02 phòng ngày 20/5/2024.",
        "- Tiếp tục rà soát, công khai TTHC, hoàn thành chậm nhất ngày 30/9/2024.",
        "- Số hóa hồ sơ, kết quả giải quyết TTHC trong tháng 10/2024.",
      ),
    ),
    expect: { ok: true, absent: ["remedies.deadlinePast"] },
  },
];

const CENTRAL: Variant[] = [
  { id: "central-cuc-thue", description: "Cục Thuế, Chi cục Thuế khu vực inspected, KT. CỤC TRƯỞNG", spec: baseReport("cuc-thue", "1250"), expect: OK },
  { id: "central-kbnn", description: "Kho bạc Nhà nước Hà Tĩnh, Kho bạc khu vực inspected", spec: baseReport("kbnn", "85"), expect: OK },
  {
    id: "central-bhxh-table",
    description: "BHXH tỉnh, results table with one row per BHXH huyện group",
    spec: withSection(
      baseReport("bhxh", "412"),
      I,
      sec(
        "I. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA",
        { table: [["STT", "Đơn vị", "Số đơn vị được kiểm tra", "Tỷ lệ"], ["1", "BHXH huyện", "04/10", "40%"], ["2", "BHXH thị xã, thành phố", "01/03", "33,3%"]] },
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8%.",
      ),
    ),
    expect: { ok: true, absent: ["results.count", "section.missing"] },
  },
  { id: "central-cong-an", description: "Công an tỉnh, Công an huyện, thị xã, thành phố inspected", spec: baseReport("cong-an", "355"), expect: OK },
  {
    id: "central-cong-an-xa",
    description: "Công an tỉnh, counts of Công an xã in a sentence of its own",
    spec: withSection(baseReport("cong-an", "356"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Các đoàn kiểm tra đã kiểm tra Công an 24 xã, phường, thị trấn về thực hiện TTHC, đạt 110% kế hoạch.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  { id: "central-hai-quan", description: "Cục Hải quan, Chi cục Hải quan cửa khẩu inspected, CỤC TRƯỞNG", spec: baseReport("hai-quan", "77"), expect: OK },
  { id: "central-thong-ke", description: "Cục Thống kê, Chi cục Thống kê khu vực", spec: baseReport("thong-ke", "64"), expect: OK },
  { id: "central-thads", description: "Cục THADS, Chi cục THADS huyện, KT. CỤC TRƯỞNG", spec: baseReport("thads", "120"), expect: OK },
  { id: "central-nhnn", description: "Ngân hàng Nhà nước chi nhánh tỉnh, phòng nghiệp vụ", spec: baseReport("nhnn", "46"), expect: OK },
];

const DISTRICTS: Variant[] = [
  {
    id: "district-can-loc-situation",
    description: "UBND huyện Can Lộc, TÌNH HÌNH VÀ KẾT QUẢ KIỂM TRA, TM./KT. CHỦ TỊCH/PHÓ CHỦ TỊCH",
    spec: headings(baseReport("d443", "112"), ["I. TÌNH HÌNH VÀ KẾT QUẢ KIỂM TRA"]),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "district-tp-ha-tinh-noun-count",
    description: "UBND thành phố Hà Tĩnh, KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA; Số phường, xã được kiểm tra: 08/15",
    spec: withSection(
      baseReport("d436", "230"),
      I,
      sec("I. KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA", "- Số phường, xã được kiểm tra: 08/15;", "- Số phòng chuyên môn được kiểm tra: 06/12.", "- 100% TTHC được công khai."),
    ),
    expect: { ok: true, absent: ["results.count", "section.missing"] },
  },
  {
    id: "district-hong-linh-causes",
    description: "UBND thị xã Hồng Lĩnh, TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
    spec: { ...headings(baseReport("d437", "88"), ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"]), signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] },
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "district-huong-son-heading-tabs",
    description: "UBND huyện Hương Sơn, Heading 1 styles and a tab-laid footer",
    spec: { ...headings(baseReport("d439", "140"), [], "heading"), footerLayout: "tabs" },
    expect: { ok: true, absent: ["format.size"] },
  },
  {
    id: "district-thach-ha-words",
    description: "UBND huyện Thạch Hà, count in words: hai mươi mốt xã",
    spec: withSection(baseReport("d445", "95"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Trong 6 tháng đầu năm, UBND huyện đã kiểm tra hai mươi mốt xã, thị trấn và 05 phòng chuyên môn.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "district-cam-xuyen-lead-in",
    description: "UBND huyện Cẩm Xuyên, counts under a lead-in line",
    spec: withSection(
      baseReport("d446", "101"),
      I,
      sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Kết quả kiểm tra công tác CCHC năm 2024:", "- Cấp huyện: 08/12 phòng chuyên môn;", "- Cấp xã: 12/21 xã, thị trấn."),
    ),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "district-tx-ky-anh-proposals",
    description: "UBND thị xã Kỳ Anh, KIẾN NGHỊ, ĐỀ XUẤT and the 1. numbering for sub-headings",
    spec: withSection(headings(baseReport("d449", "77"), ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. GIẢI PHÁP KHẮC PHỤC", "IV. KIẾN NGHỊ, ĐỀ XUẤT"]), I, sec(
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      { bold: "1. Công tác chỉ đạo, điều hành" },
      "UBND thị xã ban hành Kế hoạch kiểm tra CCHC năm 2024; đã kiểm tra 06/11 phường, xã.",
      { bold: "2. Cải cách thủ tục hành chính" },
      "Tỷ lệ hồ sơ giải quyết đúng hạn tại Bộ phận Một cửa đạt 99,2%.",
    )),
    expect: { ok: true, absent: ["section.missing", "results.count"] },
  },
  {
    id: "district-nghi-xuan-thanh-tra",
    description: "UBND huyện Nghi Xuân, Thanh tra huyện and Bộ phận một cửa of the communes inspected",
    spec: withSection(baseReport("d442", "66"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Đoàn kiểm tra của huyện đã kiểm tra Thanh tra huyện, 04 phòng chuyên môn và Bộ phận một cửa của 09/17 xã.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  { id: "district-loc-ha-no-iv", description: "UBND huyện Lộc Hà, no §IV", spec: withSection(baseReport("d448", "54"), IV, undefined), expect: OK },
  {
    id: "district-vu-quang-remedies-table",
    description: "UBND huyện Vũ Quang, remedies table with month deadlines (9/2024)",
    spec: withSection(
      baseReport("d441", "48"),
      III,
      sec("III. GIẢI PHÁP KHẮC PHỤC", { table: [["TT", "Giải pháp khắc phục", "Thời hạn hoàn thành"], ["1", "Rà soát, công khai TTHC tại 12 xã", "9/2024"], ["2", "Số hóa hồ sơ TTHC", "Quý IV/2024"]] }),
    ),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.itemDeadline"] },
  },
];

const COMMUNES: Variant[] = [
  { id: "commune-tran-phu", description: "UBND phường Trần Phú, self-inspection of its bộ phận", spec: baseReport("c-436-tran-phu", "12"), expect: OK },
  {
    id: "commune-thach-ha-sentence-tabs",
    description: "UBND xã Thạch Hạ, sentence-case headings and a tab-laid footer",
    spec: {
      ...headings(baseReport("c-436-thach-ha", "08"), ["I. Kết quả đạt được", "II. Tồn tại, hạn chế", "III. Giải pháp khắc phục", "IV. Đề xuất, kiến nghị"]),
      footerLayout: "tabs",
    },
    expect: { ok: true, absent: ["section.missing", "format.size"] },
  },
  {
    id: "commune-ky-ninh-thon",
    description: "UBND xã Kỳ Ninh, thôn self-inspected, remedies table",
    spec: withSection(
      withSection(baseReport("c-449-ky-ninh", "09"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "UBND xã đã tự kiểm tra 05/05 bộ phận chuyên môn và 10/12 thôn về việc thực hiện quy chế dân chủ, CCHC.")),
      III,
      sec("III. GIẢI PHÁP KHẮC PHỤC", { table: [["TT", "Giải pháp", "Thời hạn"], ["1", "Niêm yết đầy đủ TTHC tại Bộ phận Một cửa", "Trước 31/7/2024"], ["2", "Cập nhật hồ sơ trên hệ thống", "Tháng 8/2024"]] }),
    ),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
  { id: "commune-song-tri", description: "UBND phường Sông Trí, the outline's own headings", spec: baseReport("c-449-song-tri", "21"), expect: OK },
  { id: "commune-thach-mon-no-iv", description: "UBND xã Thạch Môn without §IV", spec: withSection(baseReport("c-436-thach-mon", "07"), IV, undefined), expect: OK },
];

/** Class 1: §I with numbers about something else than inspected units. */
const COUNTS: Variant[] = [
  {
    id: "count-tthc-only",
    description: "Sở Tư pháp, §I only says 100% TTHC được công khai",
    spec: withSection(baseReport("stp", "40"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Công tác kiểm tra được triển khai nghiêm túc.", "100% TTHC được công khai đầy đủ, kịp thời trên Cổng Dịch vụ công.")),
    expect: { ok: false, codes: ["results.count"], messages: ["100% TTHC được công khai"] },
  },
  {
    id: "count-dossiers-documents",
    description: "UBND huyện Đức Thọ, §I counts dossiers on time and documents signed",
    spec: withSection(baseReport("d440", "41"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; đã ký số 2.150 văn bản đi.", "Công tác kiểm tra được duy trì thường xuyên.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "count-budget",
    description: "Sở Tài chính, §I counts budgets and the plan's money",
    spec: withSection(baseReport("stc", "42"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Giải ngân vốn đầu tư công đạt 85% kế hoạch; kinh phí kiểm tra 120 triệu đồng.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "count-inspections-not-units",
    description: "Cục Thuế, §I counts inspections (03 cuộc), not units",
    spec: withSection(baseReport("cuc-thue", "43"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Trong kỳ, Cục Thuế đã tổ chức 03 cuộc kiểm tra công tác CCHC.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "count-units-not-inspected",
    description: "UBND xã Kỳ Lợi, §I counts units that did something else (100% thôn niêm yết TTHC)",
    spec: withSection(baseReport("c-449-ky-loi", "44"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "100% thôn đã niêm yết công khai TTHC; tỷ lệ hồ sơ trực tuyến đạt 60%.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "count-some-units",
    description: "Sở Y tế, §I says 'một số đơn vị' (some units), no number",
    spec: withSection(baseReport("syt", "45"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Đoàn kiểm tra đã làm việc tại một số đơn vị trực thuộc ngày 15/3/2024.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "count-table-other-figures",
    description: "BHXH tỉnh, §I table of TTHC figures only",
    spec: withSection(baseReport("bhxh", "46"), I, sec("I. KẾT QUẢ ĐẠT ĐƯỢC", "Kết quả giải quyết TTHC:", { table: [["Nội dung", "Số lượng", "Tỷ lệ"], ["Hồ sơ tiếp nhận", "12.450", "100%"], ["Hồ sơ đúng hạn", "12.380", "99,4%"]] })),
    expect: { ok: false, codes: ["results.count"] },
  },
];

const vagueIII = (...extra: string[]) =>
  sec("III. GIẢI PHÁP KHẮC PHỤC", cited, "- Thường xuyên rà soát, cập nhật, công khai TTHC.", "- Kịp thời chấn chỉnh các tồn tại sau kiểm tra.", ...extra);

/** Class 3: dates that are not deadlines. */
const DATES: Variant[] = [
  {
    id: "dates-vague-cited",
    description: "Sở Tư pháp, every remedy thường xuyên/kịp thời, the only dates are cited decisions'",
    spec: withSection(baseReport("stp", "50"), III, vagueIII()),
    expect: { ok: false, codes: ["remedies.deadline", "remedies.vagueDeadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "dates-vague-past-event",
    description: "UBND huyện Hương Khê, vague remedies and a past event's date",
    spec: withSection(baseReport("d444", "51"), III, vagueIII("- Ngày 15/3/2024, UBND huyện đã tổ chức hội nghị quán triệt kết quả kiểm tra.")),
    expect: { ok: false, codes: ["remedies.deadline", "remedies.vagueDeadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "dates-vague-table",
    description: "Kho bạc, remedies table whose Thời hạn column says Thường xuyên / Kịp thời",
    spec: withSection(
      baseReport("kbnn", "52"),
      III,
      sec("III. GIẢI PHÁP KHẮC PHỤC", { table: [["STT", "Giải pháp", "Thời hạn"], ["1", "Rà soát quy trình nội bộ theo Quyết định số 12/QĐ-KBNN ngày 05/01/2024", "Thường xuyên"], ["2", "Chấn chỉnh thái độ phục vụ", "Kịp thời"]] }),
    ),
    expect: { ok: false, codes: ["remedies.deadline", "remedies.vagueDeadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "dates-circular-citation",
    description: "Sở TT&TT cites a Thông tư and a Nghị định with their dates; remedies 'trong thời gian tới'",
    spec: withSection(
      baseReport("stttt", "53"),
      III,
      sec("III. GIẢI PHÁP KHẮC PHỤC", "Thực hiện Thông tư số 01/2023/TT-BNV ngày 10/3/2023 và Nghị định 61/2018/NĐ-CP ngày 23/4/2018, trong thời gian tới Sở tiếp tục kiện toàn Bộ phận Một cửa."),
    ),
    expect: { ok: false, codes: ["remedies.deadline", "remedies.vagueDeadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "dates-deadline-passed",
    description: "Sở Y tế, a remedy due before the report's date (a warning)",
    spec: withSection(baseReport("syt", "54"), III, sec("III. GIẢI PHÁP KHẮC PHỤC", "- Rà soát TTHC, hoàn thành trước ngày 15/5/2024.", "- Số hóa hồ sơ trong Quý III/2024.")),
    expect: { ok: true, codes: ["remedies.deadlinePast"] },
  },
  {
    id: "dates-item-without-deadline",
    description: "UBND thành phố Hà Tĩnh, one remedy of three has no deadline (a warning)",
    spec: withSection(
      baseReport("d436", "55"),
      III,
      sec("III. GIẢI PHÁP KHẮC PHỤC", "- Rà soát TTHC trước ngày 30/9/2024.", "- Tăng cường tập huấn cho công chức.", "- Kiện toàn bộ phận một cửa trong tháng 8/2024."),
    ),
    expect: { ok: true, codes: ["remedies.itemDeadline"] },
  },
  {
    id: "dates-one-vague",
    description: "Cục Thống kê, one remedy thường xuyên among dated ones (a warning)",
    spec: withSection(baseReport("thong-ke", "56"), III, sec("III. GIẢI PHÁP KHẮC PHỤC", "- Công khai TTHC trước ngày 30/9/2024.", "- Thường xuyên kiểm tra việc giải quyết hồ sơ.")),
    expect: { ok: true, codes: ["remedies.vagueDeadline"], absent: ["remedies.deadline"] },
  },
];

const PLAN_SECTIONS: SectionSpec[] = [
  sec("I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá việc thực hiện nhiệm vụ CCHC tại các phòng, đơn vị trực thuộc."),
  sec("II. NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA", "Kiểm tra 12 phòng, đơn vị trực thuộc theo 7 lĩnh vực CCHC."),
  sec("III. TỔ CHỨC THỰC HIỆN", "Văn phòng chủ trì, phối hợp với các phòng tổ chức thực hiện Kế hoạch này."),
];

/** Class 8: another document sent by mistake. */
const WRONG: Variant[] = [
  {
    id: "wrong-inspection-plan",
    description: "Sở Tư pháp sends its inspection PLAN (KẾ HOẠCH Kiểm tra công tác CCHC năm 2024)",
    spec: { ...baseReport("stp", "60"), number: "Số: 12/KH-STP", title: ["KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2024"], sections: PLAN_SECTIONS, closing: undefined },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing", "results.count", "title.missing"], messages: ["kế hoạch"] },
  },
  {
    id: "wrong-plan-commune",
    description: "UBND phường Nam Hà sends its self-inspection plan",
    spec: { ...baseReport("c-436-nam-ha", "61"), number: "Số: 05/KH-UBND", title: ["KẾ HOẠCH", "Tự kiểm tra công tác cải cách hành chính năm 2024"], sections: PLAN_SECTIONS },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing"] },
  },
  {
    id: "wrong-decision",
    description: "UBND huyện Kỳ Anh sends the decision forming its inspection team",
    spec: {
      ...baseReport("d447", "62"),
      number: "Số: 1234/QĐ-UBND",
      title: ["QUYẾT ĐỊNH", "Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2024"],
      preamble: ["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KỲ ANH"],
      sections: [sec("Điều 1.", "Thành lập Đoàn kiểm tra công tác CCHC năm 2024."), sec("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký.")],
      closing: undefined,
    },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing"], messages: ["quyết định"] },
  },
  {
    id: "wrong-official-letter",
    description: "Cục Hải quan sends the cover letter (V/v, Kính gửi) without the report",
    spec: {
      ...baseReport("hai-quan", "63"),
      number: "Số: 456/HQHT-VP",
      title: ["V/v báo cáo kết quả kiểm tra CCHC", "Kính gửi: Sở Nội vụ tỉnh Hà Tĩnh"],
      preamble: ["Cục Hải quan Hà Tĩnh gửi kèm theo đây báo cáo kết quả kiểm tra, tự kiểm tra công tác CCHC 6 tháng đầu năm 2024."],
      sections: [],
      closing: undefined,
    },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing"], messages: ["công văn"] },
  },
  {
    id: "wrong-budget-report",
    description: "Sở Tài chính sends its budget report (dự toán ngân sách)",
    spec: {
      ...baseReport("stc", "64"),
      title: ["BÁO CÁO", "Tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm 2024"],
      preamble: ["Thực hiện Luật Ngân sách nhà nước năm 2015, Sở Tài chính báo cáo tình hình thực hiện dự toán như sau:"],
      closing: "Trên đây là báo cáo tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2024./.",
      sections: [sec("I. TÌNH HÌNH THU NGÂN SÁCH", "Tổng thu ngân sách đạt 52% dự toán."), sec("II. TÌNH HÌNH CHI NGÂN SÁCH", "Tổng chi đạt 48% dự toán.")],
    },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing"], messages: ["ngân sách"] },
  },
  {
    id: "wrong-last-year",
    description: "UBND huyện Can Lộc sends last year's report (6 tháng đầu năm 2023)",
    spec: {
      ...baseReport("d443", "65"),
      date: "Can Lộc, ngày 26 tháng 6 năm 2023",
      title: ["BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2023"],
    },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["remedies.deadlinePast"], messages: ["kỳ trước"] },
  },
];

/** Classes 2, 4–7, 9 (headings, numbers, signer, recipients, footer layout, §IV): the structure rules. */
const STRUCTURE: Variant[] = [
  {
    id: "structure-missing-ii",
    description: "Sở Công Thương leaves out §II: the finding says where it belongs",
    spec: withSection(baseReport("sct", "70"), II, undefined),
    expect: { ok: false, codes: ["section.missing"] },
  },
  {
    id: "structure-plain-headings",
    description: "Sở Y tế types the headings with no emphasis at all, numbered I.–IV.",
    spec: headings(baseReport("syt", "71"), [], "plain"),
    expect: { ok: true, absent: ["section.missing"] },
  },
  {
    id: "structure-signer-placeholder",
    description: "Sở Tư pháp leaves the template's THỦ TRƯỞNG as the signer's title",
    spec: { ...baseReport("stp", "72"), signer: ["THỦ TRƯỞNG"] },
    expect: { ok: false, codes: ["footer.signer"] },
  },
  {
    id: "structure-recipients-phong-noi-vu",
    description: "UBND xã Thạch Trung sends to Phòng Nội vụ only, not the province's Sở Nội vụ",
    spec: { ...baseReport("c-436-thach-trung", "73"), recipients: ["- UBND huyện;", "- Phòng Nội vụ;", "- Lưu: VT."] },
    expect: { ok: true, codes: ["footer.recipientsSnv"] },
  },
  {
    id: "structure-recipients-bo-noi-vu",
    description: "Cục Thống kê sends to Bộ Nội vụ, not the province's Sở Nội vụ",
    spec: { ...baseReport("thong-ke", "74"), recipients: ["- Tổng cục Thống kê;", "- Bộ Nội vụ;", "- Lưu: VT, VP."] },
    expect: { ok: true, codes: ["footer.recipientsSnv"] },
  },
  {
    id: "structure-recipients-snv-full-name",
    description: "Sở Y tế writes Sở Nội vụ tỉnh Hà Tĩnh in full",
    spec: { ...baseReport("syt", "75"), recipients: ["- Sở Nội vụ tỉnh Hà Tĩnh;", "- Lưu: VT, VP."] },
    expect: { ok: true, absent: ["footer.recipientsSnv"] },
  },
  {
    id: "structure-tabs-header-footer",
    description: "UBND huyện Đức Thọ types header and footer with tabs (signer 14 pt beside 11 pt recipients)",
    spec: { ...baseReport("d440", "76"), headerLayout: "tabs", footerLayout: "tabs" },
    expect: { ok: true, absent: ["format.size", "footer.signer", "footer.recipients"] },
  },
  {
    id: "structure-iv-guidance",
    description: "Sở Xây dựng leaves §IV with the template's guidance: the message offers to delete §IV",
    spec: withSection(baseReport("sxd", "77"), IV, sec("IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)", "Nêu các đề xuất, kiến nghị với UBND tỉnh, Sở Nội vụ (nếu có).")),
    expect: { ok: false, messages: ["xóa mục IV"] },
  },
  {
    id: "structure-number-missing",
    description: "Sở Giao thông vận tải forgets the number line",
    spec: { ...baseReport("sgtvt", "78"), number: "Số: …/BC-SGTVT" },
    expect: { ok: false, codes: ["header.number"] },
  },
  {
    id: "structure-date-blank",
    description: "UBND phường Bắc Hà leaves the date line blank",
    spec: { ...baseReport("c-436-bac-ha", "79"), date: "Bắc Hà, ngày … tháng … năm 2024" },
    expect: { ok: false, codes: ["header.date"] },
  },
  {
    id: "structure-font-arial",
    description: "Sở Khoa học và Công nghệ writes the body in Arial (a warning)",
    spec: { ...baseReport("skhcn", "80"), font: "Arial" },
    expect: { ok: true, codes: ["format.font"] },
  },
  {
    id: "structure-letter-paper",
    description: "Cục THADS prints on US Letter (a warning)",
    spec: { ...baseReport("thads", "81"), page: { widthTwips: 12240, heightTwips: 15840, margins: { top: 1134, bottom: 1134, left: 1701, right: 851 } } },
    expect: { ok: true, codes: ["format.paper"] },
  },
];

const iSec = (...body: SectionSpec["body"]) => sec("I. KẾT QUẢ ĐẠT ĐƯỢC", ...body);
const iiiSec = (...body: SectionSpec["body"]) => sec("III. GIẢI PHÁP KHẮC PHỤC", ...body);

/** More ways correct reports state their counts and deadlines: each a false error the engine must not make. */
const PHRASING: Variant[] = [
  {
    id: "phrase-theo-do",
    description: "UBND huyện Kỳ Anh: the plan in one sentence, 'Theo đó, … 08/15 xã' in the next",
    spec: withSection(baseReport("d447", "90"), I, iSec("UBND huyện ban hành Kế hoạch kiểm tra CCHC năm 2024. Theo đó, trong 6 tháng đầu năm, Đoàn đã làm việc trực tiếp tại 08/15 xã, thị trấn.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-count-in-introduction",
    description: "Sở Xây dựng states the count once, in the introduction before §I",
    spec: {
      ...withSection(baseReport("sxd", "91"), I, iSec("Về cải cách thể chế: 100% dự thảo văn bản được thẩm định đúng thời hạn.", "Về chính quyền số: 100% văn bản đi được ký số.")),
      preamble: ["Thực hiện Kế hoạch số 3433/KH-UBND ngày 25/12/2023 của UBND tỉnh, Sở Xây dựng đã kiểm tra 05/07 phòng, đơn vị trực thuộc; kết quả cụ thể như sau:"],
    },
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-doi-voi",
    description: "Sở Công Thương: Đã tiến hành kiểm tra đối với 05/05 phòng chuyên môn",
    spec: withSection(baseReport("sct", "92"), I, iSec("Đã tiến hành kiểm tra đối với 05/05 phòng chuyên môn và 02/03 đơn vị sự nghiệp.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-commune-chuc-danh",
    description: "UBND xã Kỳ Hưng self-inspects 07/07 chức danh công chức",
    spec: withSection(baseReport("c-449-ky-hung", "93"), I, iSec("UBND xã đã tự kiểm tra 07/07 chức danh công chức chuyên môn và Bộ phận Một cửa.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-all-self-inspected",
    description: "Sở Ngoại vụ: 100% cơ quan, đơn vị trực thuộc đã tự kiểm tra",
    spec: withSection(baseReport("sngv", "94"), I, iSec("100% phòng, đơn vị trực thuộc đã tự kiểm tra công tác CCHC theo kế hoạch.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-table-of-names",
    description: "UBND thị xã Hồng Lĩnh lists the inspected units by name in a table",
    spec: withSection(
      baseReport("d437", "95"),
      I,
      iSec("Danh sách các đơn vị đã được kiểm tra:", { table: [["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"], ["1", "UBND phường Bắc Hồng", "Tháng 4/2024"], ["2", "UBND xã Thuận Lộc", "Tháng 5/2024"]] }),
    ),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-total-then-breakdown",
    description: "UBND huyện Lộc Hà: Tổng số đơn vị được kiểm tra: 12; trong đó …",
    spec: withSection(baseReport("d448", "96"), I, iSec("Tổng số đơn vị được kiểm tra: 12; trong đó: cấp huyện 05 phòng, cấp xã 07 xã.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-number-in-words-aside",
    description: "Thanh tra tỉnh: đã kiểm tra 04 (bốn) phòng nghiệp vụ",
    spec: withSection(baseReport("ttt", "97"), I, iSec("Trong kỳ, Thanh tra tỉnh đã tự kiểm tra 04 (bốn) phòng nghiệp vụ.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-sub-heading-context",
    description: "Văn phòng UBND tỉnh: sub-heading '1. Công tác kiểm tra, tự kiểm tra', then 'Đã làm việc với 06/09 phòng'",
    spec: withSection(baseReport("vpubnd", "98"), I, iSec({ bold: "1. Công tác kiểm tra, tự kiểm tra" }, "Đã làm việc trực tiếp với 06/09 phòng, trung tâm trực thuộc.", { bold: "2. Cải cách thủ tục hành chính" }, "100% TTHC được công khai.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-bhxh-tai",
    description: "BHXH tỉnh: tự kiểm tra tại 12/12 BHXH huyện, thị xã, thành phố",
    spec: withSection(baseReport("bhxh", "99"), I, iSec("BHXH tỉnh chỉ đạo tự kiểm tra tại 12/12 BHXH huyện, thị xã, thành phố.")),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-table-header-units",
    description: "Công an tỉnh: a table headed 'Số đơn vị được kiểm tra | Tỷ lệ', its row only numbers",
    spec: withSection(baseReport("cong-an", "100"), I, iSec({ table: [["Số đơn vị được kiểm tra", "Tỷ lệ so với kế hoạch"], ["08", "61,5%"]] })),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "phrase-decomposed-text",
    description: "Sở Tư pháp's report pasted as decomposed Unicode (NFD)",
    spec: { ...baseReport("stp", "101"), decomposed: true },
    expect: OK,
  },
  {
    id: "phrase-deadline-line",
    description: "Sở Giáo dục: each remedy followed by its own 'Thời hạn: …' line",
    spec: withSection(baseReport("sgddt", "102"), III, iiiSec("- Rà soát, công khai TTHC;", "- Thời hạn: Quý III/2024.", "- Tập huấn dịch vụ công trực tuyến;", "- Thời hạn: trước ngày 31/10/2024.")),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "phrase-group-deadline",
    description: "Sở Y tế: 'Đến hết Quý III/2024, hoàn thành các nội dung sau:' over its items",
    spec: withSection(baseReport("syt", "103"), III, iiiSec("Đến hết Quý III/2024, hoàn thành các nội dung sau:", "- Rà soát TTHC;", "- Công khai TTHC trên Cổng Dịch vụ công.")),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.itemDeadline"] },
  },
  {
    id: "phrase-citation-and-deadline",
    description: "Kho bạc: a remedy cites the plan with its date and gives its own deadline",
    spec: withSection(baseReport("kbnn", "104"), III, iiiSec("- Theo Kế hoạch số 25/KH-KBHT ngày 10/01/2024, hoàn thành chuẩn hóa quy trình trước ngày 30/9/2024.")),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.deadlinePast"] },
  },
  {
    id: "phrase-future-prose",
    description: "UBND phường Kỳ Trinh: 'Những hạn chế đã nêu sẽ được khắc phục trong Quý III/2024.'",
    spec: withSection(baseReport("c-449-ky-trinh", "105"), III, iiiSec("Những hạn chế đã nêu sẽ được khắc phục dứt điểm trong Quý III/2024.")),
    expect: { ok: true, absent: ["remedies.deadline"] },
  },
  {
    id: "phrase-range-deadline",
    description: "Cục Thi hành án: từ ngày 01/7 đến 30/9/2024",
    spec: withSection(baseReport("thads", "106"), III, iiiSec("- Tổ chức tự kiểm tra lại tại các Chi cục từ ngày 01/7 đến 30/9/2024.")),
    expect: { ok: true, absent: ["remedies.deadline"] },
  },
  {
    id: "phrase-kinh-gui",
    description: "Sở Tài nguyên: 'Kính gửi: Sở Nội vụ' under the title of a correct report",
    spec: { ...baseReport("stnmt", "107"), preamble: ["Kính gửi: Sở Nội vụ tỉnh Hà Tĩnh", ...(baseReport("stnmt").preamble ?? [])] },
    expect: { ok: true, absent: ["document.wrongType"] },
  },
  {
    id: "phrase-title-one-line",
    description: "Cục Thuế: type name and subject in one caps line",
    spec: { ...baseReport("cuc-thue", "108"), title: ["BÁO CÁO KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA CÔNG TÁC CCHC 6 THÁNG ĐẦU NĂM 2024"] },
    expect: { ok: true, absent: ["document.wrongType", "title.missing"] },
  },
  {
    id: "phrase-subject-other-wording",
    description: "UBND huyện Cẩm Xuyên: BÁO CÁO 'Kết quả kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2024'",
    spec: { ...baseReport("d446", "109"), title: ["BÁO CÁO", "Kết quả kiểm tra công tác cải cách hành chính", "6 tháng đầu năm 2024"] },
    expect: { ok: true, absent: ["document.wrongType", "title.missing"] },
  },
];

/** Whole reports the length real ones are: sub-headings per field, reasons, remedies tables with group rows. */
const LONG: Variant[] = [
  {
    id: "long-district-huong-khe",
    description: "UBND huyện Hương Khê, a full report: fields as sub-headings, causes, remedies table with group rows",
    spec: {
      ...baseReport("d444", "130"),
      sections: [
        sec(
          "I. KẾT QUẢ ĐẠT ĐƯỢC",
          { bold: "1. Công tác chỉ đạo, điều hành CCHC" },
          "UBND huyện ban hành Kế hoạch số 25/KH-UBND ngày 15/01/2024 về kiểm tra công tác CCHC năm 2024; thành lập 02 Đoàn kiểm tra liên ngành.",
          "Trong 6 tháng đầu năm, các Đoàn đã tiến hành kiểm tra tại 10/21 xã, thị trấn và 04/13 phòng, ban chuyên môn, đạt 41,2% kế hoạch năm.",
          { bold: "2. Cải cách thể chế" },
          "Ban hành 05 văn bản quy phạm pháp luật; 100% dự thảo được thẩm định trước khi ban hành.",
          { bold: "3. Cải cách thủ tục hành chính" },
          "Tiếp nhận 12.345 hồ sơ, giải quyết đúng hạn đạt 99,5%; 100% TTHC được công khai.",
          { bold: "4. Xây dựng chính quyền số" },
          "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62%; 100% văn bản đi được ký số.",
        ),
        sec(
          "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
          { bold: "1. Tồn tại, hạn chế" },
          "- Về cải cách TTHC: còn 35 hồ sơ giải quyết quá hạn tại 03 xã.",
          "- Về chính quyền số: hạ tầng công nghệ thông tin tại một số xã xuống cấp.",
          { bold: "2. Nguyên nhân" },
          "Một số công chức chưa thành thạo phần mềm; kinh phí đầu tư còn hạn chế.",
        ),
        sec("III. GIẢI PHÁP KHẮC PHỤC", {
          table: [
            ["TT", "Nội dung khắc phục", "Đơn vị chủ trì", "Thời hạn"],
            ["I. Lĩnh vực thủ tục hành chính"],
            ["1", "Xử lý dứt điểm hồ sơ quá hạn tại 03 xã", "UBND các xã", "31/8/2024"],
            ["2", "Rà soát, công khai TTHC theo Quyết định số 1291/QĐ-UBND ngày 05/5/2024", "Văn phòng HĐND và UBND", "30/9/2024"],
            ["II. Lĩnh vực chính quyền số"],
            ["3", "Nâng cấp thiết bị tại Bộ phận Một cửa cấp xã", "Phòng Văn hóa và Thông tin", "Quý IV/2024"],
          ],
        }),
        sec("IV. ĐỀ XUẤT, KIẾN NGHỊ", "- Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra CCHC.", "- Đề nghị Sở Thông tin và Truyền thông hỗ trợ nâng cấp phần mềm một cửa điện tử."),
      ],
    },
    expect: { ok: true, absent: ["results.count", "remedies.deadline", "remedies.itemDeadline", "remedies.deadlinePast", "document.wrongType"] },
  },
  {
    id: "long-sgddt-results-sub-heading",
    description: "Sở Giáo dục và Đào tạo: '1. Kết quả kiểm tra, tự kiểm tra' with a results table by kind of school",
    spec: withSection(
      baseReport("sgddt", "131"),
      I,
      iSec(
        { bold: "1. Kết quả kiểm tra, tự kiểm tra" },
        { table: [["Đơn vị", "Số lượng được kiểm tra", "Tỷ lệ"], ["Trường THPT", "12/34", "35,3%"], ["Phòng GD&ĐT cấp huyện", "3/13", "23,1%"]] },
        { bold: "2. Kết quả thực hiện các lĩnh vực CCHC" },
        "100% TTHC thuộc thẩm quyền được công khai; tỷ lệ hồ sơ trực tuyến đạt 91%.",
      ),
    ),
    expect: { ok: true, absent: ["results.count"] },
  },
  {
    id: "long-bhxh-heading-styles-groups",
    description: "BHXH tỉnh: Heading 1 sections, §III grouped under 'Đến hết Quý III/2024' and 'Trong Quý IV/2024'",
    spec: headings(
      withSection(
        baseReport("bhxh", "132"),
        III,
        iiiSec(
          "Đến hết Quý III/2024, hoàn thành các nội dung sau:",
          "- Rà soát quy trình giải quyết hồ sơ theo Quyết định số 896/QĐ-BHXH ngày 15/6/2023;",
          "- Chấn chỉnh việc cập nhật trạng thái hồ sơ.",
          "Trong Quý IV/2024, thực hiện:",
          "- Số hóa 100% hồ sơ giải quyết.",
        ),
      ),
      [],
      "heading",
    ),
    expect: { ok: true, absent: ["remedies.deadline", "remedies.itemDeadline", "remedies.deadlinePast"] },
  },
  {
    id: "long-commune-thach-dong",
    description: "UBND xã Thạch Đồng: '100% bộ phận chuyên môn (05/05 bộ phận)' and short dated remedies",
    spec: withSection(
      withSection(baseReport("c-436-thach-dong", "133"), I, iSec("UBND xã đã tự kiểm tra đối với 100% bộ phận chuyên môn (05/05 bộ phận) và Bộ phận Một cửa.")),
      III,
      iiiSec("- Niêm yết lại TTHC: trước 15/7/2024.", "- Cập nhật hồ sơ lên hệ thống: tháng 7/2024."),
    ),
    expect: { ok: true, absent: ["results.count", "remedies.deadline"] },
  },
];

/** More defects of the content classes (1, 3) and more wrong documents (8). */
const MORE_DEFECTS: Variant[] = [
  {
    id: "count-plan-share-not-inspection",
    description: "Sở Tư pháp: 'Hoàn thành 80% kế hoạch công tác năm' is no count of inspected units",
    spec: withSection(baseReport("stp", "110"), I, iSec("Hoàn thành 80% kế hoạch công tác năm; 100% TTHC được công khai.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "count-percent-other-sentence",
    description: "UBND xã Kỳ Hoa: the plan in one sentence, '100% thôn đã niêm yết TTHC' in the next",
    spec: withSection(baseReport("c-449-ky-hoa", "111"), I, iSec("UBND xã ban hành Kế hoạch tự kiểm tra CCHC năm 2024. 100% thôn đã niêm yết công khai TTHC.")),
    expect: { ok: false, codes: ["results.count"] },
  },
  {
    id: "dates-past-events-only",
    description: "Sở Nông nghiệp: §III only recounts what was done, with dates",
    spec: withSection(
      baseReport("snnptnt", "112"),
      III,
      iiiSec("- Ngày 15/3/2024, Sở đã tổ chức hội nghị quán triệt kết quả kiểm tra.", "- Đã hoàn thành chấn chỉnh tại 02 Chi cục ngày 20/5/2024."),
    ),
    expect: { ok: false, codes: ["remedies.deadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "dates-directive-only",
    description: "UBND huyện Thạch Hà: 'Tiếp tục thực hiện nghiêm Chỉ thị số 23/CT-TTg ngày 21/12/2023'",
    spec: withSection(baseReport("d445", "113"), III, iiiSec("Tiếp tục thực hiện nghiêm Chỉ thị số 23/CT-TTg ngày 21/12/2023 của Thủ tướng Chính phủ; thường xuyên chấn chỉnh kỷ luật, kỷ cương hành chính.")),
    expect: { ok: false, codes: ["remedies.deadline", "remedies.vagueDeadline"], absent: ["remedies.deadlinePast"] },
  },
  {
    id: "wrong-to-trinh",
    description: "Sở Tư pháp sends a TỜ TRÌNH instead of the report",
    spec: {
      ...baseReport("stp", "114"),
      number: "Số: 45/TTr-STP",
      title: ["TỜ TRÌNH", "Về việc phê duyệt Kế hoạch kiểm tra công tác CCHC năm 2024"],
      preamble: ["Kính gửi: Ủy ban nhân dân tỉnh"],
      sections: [sec("I. SỰ CẦN THIẾT", "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2024."), sec("II. NỘI DUNG ĐỀ XUẤT", "Sở Tư pháp kính trình UBND tỉnh xem xét, phê duyệt.")],
      closing: undefined,
    },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing"], messages: ["tờ trình"] },
  },
  {
    id: "wrong-thong-bao",
    description: "Sở Y tế sends the THÔNG BÁO of the inspection's conclusions",
    spec: {
      ...baseReport("syt", "115"),
      number: "Số: 12/TB-SYT",
      title: ["THÔNG BÁO", "Kết luận kiểm tra công tác cải cách hành chính tại Trung tâm Y tế huyện"],
      sections: [sec("1. Kết quả kiểm tra", "Trung tâm đã thực hiện cơ bản các nhiệm vụ CCHC."), sec("2. Yêu cầu", "Khắc phục các tồn tại trước ngày 30/9/2024.")],
      closing: undefined,
    },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing"], messages: ["thông báo"] },
  },
  {
    id: "wrong-plan-by-code",
    description: "UBND phường Văn Yên sends its self-inspection plan titled in sentence case (Số: 05/KH-UBND)",
    spec: { ...baseReport("c-436-van-yen", "116"), number: "Số: 05/KH-UBND", title: ["Kế hoạch tự kiểm tra công tác cải cách hành chính năm 2024"], sections: PLAN_SECTIONS },
    expect: { ok: false, codes: ["document.wrongType"], absent: ["section.missing", "title.missing"], messages: ["kế hoạch"] },
  },
  {
    id: "wrong-last-year-central",
    description: "Cục Thuế sends its report on 2023 (năm 2023), dated 2023",
    spec: {
      ...baseReport("cuc-thue", "117"),
      date: "Hà Tĩnh, ngày 15 tháng 12 năm 2023",
      title: ["BÁO CÁO", "Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính năm 2023"],
    },
    expect: { ok: false, codes: ["document.wrongType"], messages: ["năm 2023"] },
  },
];

/** Class 4: the product's own outline and example never warn about themselves, at any level. */
const OWN: Variant[] = ["sngv", "ttt", "cuc-thue", "nhnn", "d443", "d449", "c-449-ky-ninh", "c-436-tran-phu"].flatMap((id): Variant[] => [
  {
    id: `own-example-${id}`,
    description: `cchc outline --example for ${unit(id).name}`,
    spec: baseReport(id),
    outline: buildOutline(HA_TINH_2024, unit(id), exampleContent(HA_TINH_2024, unit(id))),
    expect: { ok: true, none: true },
  },
  {
    id: `own-outline-${id}`,
    description: `the blank outline for ${unit(id).name}: placeholders only, no warning about its own number or layout`,
    spec: baseReport(id),
    outline: buildOutline(HA_TINH_2024, unit(id)),
    expect: { ok: false, codes: ["section.placeholder"], absent: ["header.numberFormat", "format.size", "format.font", "document.wrongType"] },
  },
]);

export const VARIANTS: readonly Variant[] = [
  ...OWN,
  ...VALID,
  ...CENTRAL,
  ...DISTRICTS,
  ...COMMUNES,
  ...PHRASING,
  ...LONG,
  ...COUNTS,
  ...DATES,
  ...MORE_DEFECTS,
  ...WRONG,
  ...STRUCTURE,
];

