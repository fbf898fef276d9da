import type { SheetTab } from "../../../functions/sync/port";
import { HEADER_PROTECTION, planSetup, SpreadsheetSnapshotSchema } from "../../../functions/sync/sheets-layout";
import { applyRequests, newSheet, snapshotOf, type FakeSheet } from "../../support/sheets-state";

const STATUS: SheetTab = {
  title: "Tình hình nộp báo cáo",
  header: ["Mã", "Tên", "Trạng thái"],
  widths: [110, 320, 120],
  rows: [["snv", "Sở Nội vụ", "Đúng hạn"]],
  statusColumn: 2,
};
const SUMMARY: SheetTab = { title: "Tổng hợp", header: ["Cấp", "Số đơn vị"], widths: [280, 110], rows: [["Tổng cộng", 1]] };

let ids = 500;
const snapshot = (sheets: FakeSheet[]) => SpreadsheetSnapshotSchema.parse({ sheets: sheets.map((s, i) => snapshotOf(s, i)) });
const apply = (sheets: FakeSheet[], requests: unknown[]) => applyRequests(sheets, requests, () => ids++);

describe("planSetup", () => {
  it("on a new spreadsheet adds both tabs with frozen header, widths, protection and one colour per status", () => {
    const sheets = [newSheet(0, "Sheet1")];
    const plan = planSetup(snapshot(sheets), [STATUS, SUMMARY]);
    apply(sheets, plan.requests);

    const status = sheets.find((s) => s.title === STATUS.title);
    const summary = sheets.find((s) => s.title === SUMMARY.title);
    expect(status).toMatchObject({ frozenRowCount: 1, columnCount: 3 });
    expect(summary).toMatchObject({ frozenRowCount: 1, columnCount: 2 });
    expect([...(status?.columnWidths ?? [])]).toEqual([[0, 110], [1, 320], [2, 120]]);
    expect(status?.protectedRanges).toEqual([
      expect.objectContaining({ warningOnly: true, description: HEADER_PROTECTION, range: { sheetId: status?.sheetId, startRowIndex: 0, endRowIndex: 1 } }),
    ]);
    const rules = (status?.conditionalFormats ?? []) as { ranges: unknown[]; booleanRule: { condition: { values: { userEnteredValue: string }[] } } }[];
    expect(rules.map((r) => r.booleanRule.condition.values[0]?.userEnteredValue).sort()).toEqual(["Chưa nộp", "Nộp muộn", "Quá hạn", "Đúng hạn"]);
    // Open-ended downwards: rows added later are coloured too.
    expect(rules[0]?.ranges).toEqual([{ sheetId: status?.sheetId, startRowIndex: 1, startColumnIndex: 2, endColumnIndex: 3 }]);
    expect(summary?.conditionalFormats).toEqual([]);
    expect(plan.grids.get(STATUS.title)).toEqual({ sheetId: status?.sheetId, rowCount: status?.rowCount, columnCount: 3 });
  });

  it("asks for nothing once everything is there, and re-adds only what someone removed", () => {
    const sheets = [newSheet(0, "Sheet1")];
    apply(sheets, planSetup(snapshot(sheets), [STATUS, SUMMARY]).requests);
    expect(planSetup(snapshot(sheets), [STATUS, SUMMARY]).requests).toEqual([]);

    const status = sheets.find((s) => s.title === STATUS.title) as FakeSheet;
    status.frozenRowCount = 0;
    status.protectedRanges = [];
    status.conditionalFormats.splice(1, 1);
    status.columnWidths.set(1, 500); // widened by a person: kept
    const again = planSetup(snapshot(sheets), [STATUS, SUMMARY]).requests;
    expect(again.map((r) => Object.keys(r)[0])).toEqual(["updateSheetProperties", "addConditionalFormatRule", "addProtectedRange"]);
    apply(sheets, again);
    expect(status).toMatchObject({ frozenRowCount: 1 });
    expect(status.conditionalFormats).toHaveLength(4);
    expect(status.columnWidths.get(1)).toBe(500);
    expect(planSetup(snapshot(sheets), [STATUS, SUMMARY]).requests).toEqual([]);
  });

  it("never reuses a sheet id and widens a grid too narrow for the header", () => {
    const narrow = newSheet(7, STATUS.title, 10, 2);
    const sheets = [newSheet(0, "Sheet1"), narrow];
    const plan = planSetup(snapshot(sheets), [STATUS, SUMMARY]);
    apply(sheets, plan.requests);
    expect(narrow.columnCount).toBe(3);
    expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(3);
    expect(plan.grids.get(STATUS.title)).toEqual({ sheetId: 7, rowCount: 10, columnCount: 3 });
  });
});
