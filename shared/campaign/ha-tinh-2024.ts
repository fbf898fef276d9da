import { LEVELS_2024 } from "./levels";
import type { Campaign } from "./schema";

/**
 * Hà Tĩnh's 2024 CCHC inspection plan, appendix "Đề cương báo cáo" (seed: ke-hoach-kiem-tra-cchc-2024.txt).
 * A later campaign is another object like this one, not new code.
 */
export const HA_TINH_2024: Campaign = {
  id: "ha-tinh-2024-h1",
  year: 2024,
  name: "Báo cáo kết quả công tác kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2024",
  period: "6 tháng đầu năm 2024",
  periodSpan: { from: "2024-01-01", to: "2024-06-30" },
  timeZone: "Asia/Ho_Chi_Minh",
  place: "Hà Tĩnh",
  outline: {
    agencyPlaceholder: "TÊN CƠ QUAN, ĐƠN VỊ",
    typeCode: "BC",
    typeName: "BÁO CÁO",
    subject: "Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2024",
    subjectKeywords: [
      "kiểm tra, tự kiểm tra cải cách hành chính",
      "kiểm tra, tự kiểm tra CCHC",
      "tự kiểm tra công tác cải cách hành chính",
      "tự kiểm tra công tác CCHC",
      "kiểm tra, tự kiểm tra công tác cải cách hành chính",
      "kiểm tra, tự kiểm tra công tác CCHC",
      "kiểm tra cải cách hành chính",
      "kiểm tra CCHC",
    ],
    sections: [
      {
        key: "I",
        heading: "KẾT QUẢ ĐẠT ĐƯỢC",
        aliases: [
          "KẾT QUẢ THỰC HIỆN",
          "KẾT QUẢ KIỂM TRA, TỰ KIỂM TRA",
          "KẾT QUẢ CÔNG TÁC KIỂM TRA, TỰ KIỂM TRA",
          "KẾT QUẢ KIỂM TRA",
          "KẾT QUẢ TỰ KIỂM TRA",
        ],
        concepts: ["kết quả"],
        required: true,
        guidance:
          "Các đơn vị, địa phương đánh giá các kết quả cơ bản/chính đạt được trong việc thực hiện CCHC 06 tháng đầu năm 2024 theo các lĩnh vực CCHC. Trong đó, nêu rõ số lượng/tỷ lệ đơn vị được kiểm tra theo Kế hoạch của đơn vị, địa phương.",
      },
      {
        key: "II",
        heading: "TỒN TẠI, HẠN CHẾ",
        aliases: ["TỒN TẠI VÀ HẠN CHẾ", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "HẠN CHẾ, TỒN TẠI", "NHỮNG TỒN TẠI, HẠN CHẾ", "HẠN CHẾ", "TỒN TẠI"],
        concepts: ["khó khăn", "vướng mắc", "bất cập", "nguyên nhân", "yếu kém"],
        required: true,
        guidance:
          "Các đơn vị, địa phương đánh giá, nêu rõ các tồn tại, hạn chế về CCHC được phát hiện sau đợt kiểm tra, tự kiểm tra công tác cải cách hành chính tại các đơn vị và các đơn vị trực thuộc (nêu rõ tồn tại, hạn chế về CCHC theo Lĩnh vực (nếu có).",
      },
      {
        key: "III",
        heading: "GIẢI PHÁP KHẮC PHỤC",
        aliases: [
          "BIỆN PHÁP KHẮC PHỤC",
          "GIẢI PHÁP, BIỆN PHÁP KHẮC PHỤC",
          "NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC",
          "GIẢI PHÁP",
          "BIỆN PHÁP",
        ],
        concepts: ["nhiệm vụ", "phương hướng", "khắc phục", "kế hoạch khắc phục"],
        required: true,
        guidance:
          "Các đơn vị, địa phương nêu rõ các giải pháp khắc phục, thời hạn khắc phục các tồn tại, hạn chế được phát hiện sau kiểm tra, tự kiểm tra việc thực hiện công tác CCHC tại đơn vị, địa phương.",
        table: { columns: ["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn khắc phục"] },
      },
      {
        key: "IV",
        heading: "ĐỀ XUẤT, KIẾN NGHỊ",
        aliases: ["KIẾN NGHỊ, ĐỀ XUẤT", "ĐỀ XUẤT", "KIẾN NGHỊ", "ĐỀ XUẤT VÀ KIẾN NGHỊ", "KIẾN NGHỊ VÀ ĐỀ XUẤT"],
        concepts: ["đề nghị", "kiến nghị", "đề xuất"],
        required: false,
        headingNote: "(Nếu có)",
        guidance: "Nêu các đề xuất, kiến nghị với UBND tỉnh, Sở Nội vụ (nếu có).",
      },
    ],
    recipients: ["Sở Nội vụ", "Lưu: VT"],
    signerPlaceholder: "THỦ TRƯỞNG",
  },
  deadlines: {
    inclusiveEndOfDay: true,
    rules: [
      { maxSubordinates: 15, due: "2024-06-30", label: "Dưới 15 đơn vị trực thuộc" },
      { minSubordinates: 15, due: "2024-09-30", label: "Từ 15 đơn vị trực thuộc trở lên" },
    ],
  },
  levels: LEVELS_2024.map((l) => ({ ...l })),
  fields: [
    { key: "a", name: "Công tác chỉ đạo, điều hành CCHC", aliases: ["chỉ đạo, điều hành", "chỉ đạo điều hành", "công tác chỉ đạo"] },
    { key: "b", name: "Cải cách thể chế", aliases: ["thể chế", "văn bản QPPL", "văn bản quy phạm pháp luật"] },
    {
      key: "c",
      name: "Cải cách thủ tục hành chính, gắn với cơ chế Một cửa, Một cửa liên thông",
      aliases: ["thủ tục hành chính", "TTHC", "một cửa", "một cửa liên thông"],
    },
    { key: "d", name: "Cải cách tổ chức bộ máy", aliases: ["tổ chức bộ máy", "bộ máy"] },
    { key: "đ", name: "Cải cách chế độ công vụ", aliases: ["công vụ", "cán bộ, công chức", "công chức, viên chức", "công chức"] },
    { key: "e", name: "Cải cách tài chính công", aliases: ["tài chính công", "tự chủ tài chính"] },
    {
      key: "g",
      name: "Xây dựng và phát triển Chính quyền số",
      aliases: ["chính quyền số", "chính phủ điện tử", "chính quyền điện tử", "chuyển đổi số", "dịch vụ công trực tuyến"],
    },
  ],
};
