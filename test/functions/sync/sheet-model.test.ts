import { sheetTabs, SHEET_STATUS_LABELS, STATUS_TAB_TITLE, SUMMARY_TAB_TITLE, type SubmissionHead } from "../../../functions/sync/sheet-model";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { computeStatus } from "../../../shared/status/aggregate";
import type { Unit, UnitLevel } from "../../../shared/units/schema";

const unit = (id: string, name: string, level: UnitLevel, subordinateCount: number | null): Unit => ({
  id, name, shortCode: id.toUpperCase(), level, place: "Hà Tĩnh", subordinateCount,
});

// Registry order is deliberately not the sheet's order.
const UNITS: Unit[] = [
  unit("xa-dl", "UBND xã Đức Lâm", "commune", null),
  unit("stp", "Sở Tư pháp", "province_dept", 20),
  unit("xa-hl", "UBND xã Hương Long", "commune", 4),
  unit("snv", "Sở Nội vụ", "province_dept", 5),
  unit("xa-cb", "UBND xã Cẩm Bình", "commune", 3),
  unit("ct", "Cục Thuế tỉnh", "central_agency", 3),
  unit("d436", "UBND huyện Can Lộc", "district", 12),
  unit("xa-dt", "UBND xã Đan Trường", "commune", 0),
];

interface Progress extends SubmissionHead {
  latestVersion: number;
  firstAt: string;
  latestAt: string;
  latestContested?: number;
  latestContests?: { code: string; reason: string }[];
}
const PROGRESS: Progress[] = [
  { unitId: "snv", latestVersion: 2, firstAt: "2024-06-20T03:00:00Z", latestAt: "2024-06-25T08:30:00Z", latestSubmissionId: "ha-tinh-2024-h1.snv.v2", latestWarnings: 2 },
  { unitId: "ct", latestVersion: 1, firstAt: "2024-07-01T01:15:00Z", latestAt: "2024-07-01T01:15:00Z", latestSubmissionId: "ha-tinh-2024-h1.ct.v1", latestWarnings: 0,
    latestContested: 2, latestContests: [{ code: "results.count", reason: "Số liệu ở bảng Phụ lục 1 kèm theo" }, { code: "footer.signer", reason: "Người ký là Phó Cục trưởng phụ trách" }] },
  { unitId: "xa-cb", latestVersion: 1, firstAt: "2024-06-30T16:59:00Z", latestAt: "2024-06-30T16:59:00Z", latestSubmissionId: "ha-tinh-2024-h1.xa-cb.v1", latestWarnings: 1 },
];

/** The sheet as of `now`: only what had been submitted by then. */
function tabs(now = "2024-07-05T02:00:00Z") {
  const progress = PROGRESS.filter((p) => Date.parse(p.firstAt) <= Date.parse(now));
  const status = computeStatus({
    campaign: HA_TINH_2024,
    units: UNITS,
    progress,
    reviews: [
      { unitId: "snv", version: 1, decision: "accepted", comment: "" }, // an older version: snv v2 is pending
      { unitId: "ct", version: 1, decision: "returned", comment: "Thiếu mục III" },
      { unitId: "xa-cb", version: 1, decision: "accepted", comment: "" },
    ],
    reminders: [{ unitId: "d436", sentAt: "2024-07-03T01:00:00Z" }],
    now: new Date(now),
  });
  return sheetTabs({ campaign: HA_TINH_2024, status, units: UNITS, heads: progress, publicUrl: "https://cchc.example.gov.vn/" });
}

const link = (id: string) => `https://cchc.example.gov.vn/api/submissions/${id}/document`;

describe("the secretariat's sheet rows", () => {
  it("one row per unit, ordered by level then Vietnamese name, with the sheet's status words", () => {
    const { status } = tabs();
    expect(status.title).toBe(STATUS_TAB_TITLE);
    expect(status.header).toEqual([
      "Mã đơn vị", "Tên đơn vị", "Cấp", "Số đơn vị trực thuộc", "Hạn nộp", "Trạng thái",
      "Phiên bản mới nhất", "Thời điểm nộp", "Số cảnh báo", "Liên kết văn bản", "Giải trình",
      "Xét duyệt", "Ý kiến xét duyệt", "Nhắc lần cuối",
    ]);
    expect(status.rows).toEqual([
      ["snv", "Sở Nội vụ", "Sở, ban, ngành cấp tỉnh", 5, "30/06/2024", "Đúng hạn", 2, "20/06/2024 10:00", 2, link("ha-tinh-2024-h1.snv.v2"), "", "Chờ xem xét", "", ""],
      ["stp", "Sở Tư pháp", "Sở, ban, ngành cấp tỉnh", 20, "30/09/2024", "Chưa nộp", "", "", "", "", "", "", "", ""],
      ["ct", "Cục Thuế tỉnh", "Cơ quan Trung ương đóng trên địa bàn", 3, "30/06/2024", "Nộp muộn", 1, "01/07/2024 08:15", 0, link("ha-tinh-2024-h1.ct.v1"),
        "results.count: Số liệu ở bảng Phụ lục 1 kèm theo\nfooter.signer: Người ký là Phó Cục trưởng phụ trách", "Trả lại", "Thiếu mục III", ""],
      ["d436", "UBND huyện Can Lộc", "UBND cấp huyện", 12, "30/06/2024", "Quá hạn", "", "", "", "", "", "", "", "03/07/2024 08:00"],
      // Cẩm < Đan < Đức < Hương: Đ sorts after D, not after Z as code points would put it.
      ["xa-cb", "UBND xã Cẩm Bình", "UBND cấp xã", 3, "30/06/2024", "Đúng hạn", 1, "30/06/2024 23:59", 1, link("ha-tinh-2024-h1.xa-cb.v1"), "", "Đã tiếp nhận", "", ""],
      ["xa-dt", "UBND xã Đan Trường", "UBND cấp xã", 0, "30/06/2024", "Quá hạn", "", "", "", "", "", "", "", ""],
      ["xa-dl", "UBND xã Đức Lâm", "UBND cấp xã", "", "30/06/2024", "Quá hạn", "", "", "", "", "", "", "", ""],
      ["xa-hl", "UBND xã Hương Long", "UBND cấp xã", 4, "30/06/2024", "Quá hạn", "", "", "", "", "", "", "", ""],
    ]);
    expect(status.statusColumn).toBe(5);
    expect(status.widths).toHaveLength(status.header.length);
  });

  it("before the first deadline nobody is overdue: unsubmitted units are 'Chưa nộp'", () => {
    const words = tabs("2024-06-30T16:59:59.999Z").status.rows.map((r) => [r[0], r[5]]);
    expect(words).toEqual([
      ["snv", "Đúng hạn"], ["stp", "Chưa nộp"], ["ct", "Chưa nộp"], ["d436", "Chưa nộp"],
      ["xa-cb", "Đúng hạn"], ["xa-dt", "Chưa nộp"], ["xa-dl", "Chưa nộp"], ["xa-hl", "Chưa nộp"],
    ]);
    expect(Object.values(SHEET_STATUS_LABELS)).toEqual(["Đúng hạn", "Nộp muộn", "Chưa nộp", "Quá hạn"]);
  });

  it("the totals tab: per level and overall, % submitted, reviews of latest versions, the campaign and the time of this sync", () => {
    const { summary } = tabs();
    expect(summary.title).toBe(SUMMARY_TAB_TITLE);
    expect(summary.header).toEqual([
      "Cấp", "Số đơn vị", "Đã nộp", "Đúng hạn", "Nộp muộn", "Chưa nộp", "Quá hạn", "Tỷ lệ đã nộp (%)", "Đã tiếp nhận", "Trả lại",
    ]);
    expect(summary.widths).toHaveLength(summary.header.length);
    // snv's accepted v1 does not count: its v2 waits for review.
    expect(summary.rows).toEqual([
      ["Sở, ban, ngành cấp tỉnh", 2, 1, 1, 0, 1, 0, 50, 0, 0],
      ["Cơ quan Trung ương đóng trên địa bàn", 1, 1, 0, 1, 0, 0, 100, 0, 1],
      ["UBND cấp huyện", 1, 0, 0, 0, 0, 1, 0, 0, 0],
      ["UBND cấp xã", 4, 1, 1, 0, 0, 3, 25, 1, 0],
      ["Tổng cộng", 8, 3, 2, 1, 1, 4, 37.5, 1, 1],
      [],
      ["Đợt báo cáo", HA_TINH_2024.name],
      ["Đồng bộ lần cuối", "05/07/2024 09:00"],
    ]);
  });

  it("a level without units shows no ratio rather than dividing by zero", () => {
    const units = UNITS.filter((u) => u.level !== "district");
    const status = computeStatus({ campaign: HA_TINH_2024, units, progress: [], now: new Date("2024-06-01T00:00:00Z") });
    const { summary } = sheetTabs({ campaign: HA_TINH_2024, status, units, heads: [], publicUrl: "http://127.0.0.1:7071" });
    expect(summary.rows[2]).toEqual(["UBND cấp huyện", 0, 0, 0, 0, 0, 0, "", 0, 0]);
  });
});
