/**
 * The plan's sentences that name the period, as functions of it, so a campaign for another period says its own
 * period everywhere (a 2026 campaign must not ask about "6 tháng đầu năm 2024"). The 2024 campaign keeps the seed's
 * exact text; a test checks these give the same sentences for its period.
 */
export const campaignName = (period: string) => `Báo cáo kết quả công tác kiểm tra, tự kiểm tra CCHC ${period}`;

export const reportSubject = (period: string) =>
  `Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính ${period}`;

/** The seed writes "06 tháng" in the guidance of section I; other periods are written as worded. */
export const resultsGuidance = (period: string) =>
  `Các đơn vị, địa phương đánh giá các kết quả cơ bản/chính đạt được trong việc thực hiện CCHC ${period.replace(/^6 tháng/, "06 tháng")} theo các lĩnh vực CCHC. Trong đó, nêu rõ số lượng/tỷ lệ đơn vị được kiểm tra theo Kế hoạch của đơn vị, địa phương.`;
