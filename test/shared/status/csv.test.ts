import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { computeStatus } from "../../../shared/status/aggregate";
import { toCsv } from "../../../shared/status/csv";
import { statusTable } from "../../../shared/status/table";
import type { Unit } from "../../../shared/units/schema";

const units: Unit[] = [
  { id: "snv", name: "Sở Nội vụ", shortCode: "SNV", level: "province_dept", place: "Hà Tĩnh", subordinateCount: 8 },
  { id: "x", name: '=HYPERLINK("evil"), "quoted"', shortCode: "X", level: "commune", place: "X", subordinateCount: 1 },
];

describe("status CSV", () => {
  const doc = computeStatus({
    campaign: HA_TINH_2024,
    units,
    progress: [
      {
        unitId: "snv",
        latestVersion: 2,
        firstAt: "2024-06-28T07:05:00.000Z",
        latestAt: "2024-06-29T01:00:00.000Z",
        latestContested: 1,
        latestContests: [{ code: "results.count", reason: "Số liệu ở bảng Phụ lục 1, kèm theo" }],
      },
    ],
    reviews: [{ unitId: "snv", version: 2, decision: "returned", comment: "Thiếu mục III, thời hạn khắc phục" }],
    reminders: [{ unitId: "x", sentAt: "2024-06-30T01:00:00.000Z" }],
    now: new Date("2024-07-01T00:00:00Z"),
  });
  const csv = toCsv(statusTable(doc, HA_TINH_2024.levels));
  const lines = csv.slice(1).split("\r\n");

  it("starts with a UTF-8 BOM and Vietnamese headers", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe("STT,Mã đơn vị,Tên đơn vị,Cấp,Hạn nộp,Trạng thái,Lần nộp,Nộp lần đầu,Nộp lần cuối,Giải trình,Xét duyệt,Ý kiến xét duyệt,Nhắc lần cuối");
  });

  it("writes dates as dd/mm/yyyy in Vietnam time and Vietnamese labels", () => {
    // 07:05Z is 14:05 in Hà Tĩnh; the due instant 30/6 23:59:59.999 (UTC+7) is the 30th.
    expect(lines[1]).toBe('1,snv,Sở Nội vụ,"Sở, ban, ngành cấp tỉnh",30/06/2024,Đã nộp đúng hạn,2,28/06/2024 14:05,29/06/2024 08:00,"results.count: Số liệu ở bảng Phụ lục 1, kèm theo",Trả lại,"Thiếu mục III, thời hạn khắc phục",');
  });

  it("quotes and defuses cells that a spreadsheet would run as formulas", () => {
    expect(lines[2]).toContain(`"'=HYPERLINK(""evil""), ""quoted"""`);
    expect(lines[2]).toContain("Quá hạn, chưa nộp");
    // Nothing submitted: no review label; the reminder delivered at 08:00 in Hà Tĩnh.
    expect(lines[2]).toMatch(/,,,,,30\/06\/2024 08:00$/);
    expect(lines[3]).toBe("");
  });
});
