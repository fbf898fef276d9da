/**
 * Pure planning of the setup a spreadsheet needs: from what spreadsheets.get shows (tabs, freezes, conditional
 * formats, protections) to the batchUpdate requests that add only what is missing. Nothing here talks to Google.
 */
import type { sheets_v4 } from "@googleapis/sheets";
import { z } from "zod";
import type { UnitStatus } from "../../shared/api/status";
import type { SheetTab } from "./port";
import { SHEET_STATUS_LABELS } from "./sheet-model";

type Request = sheets_v4.Schema$Request;

/** The fields mask of the one read: enough to decide what is missing, never the cells themselves. */
export const LAYOUT_FIELDS =
  "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount,frozenRowCount))," +
  "conditionalFormats(booleanRule(condition)),protectedRanges(range))";

// Google omits default values (0, empty lists) from JSON: every field is optional.
const n = z.number().int().nullish();
const SheetSnapshotSchema = z.object({
  properties: z.object({
    sheetId: n,
    title: z.string(),
    gridProperties: z.object({ rowCount: n, columnCount: n, frozenRowCount: n }).nullish(),
  }),
  conditionalFormats: z
    .array(
      z.object({
        booleanRule: z
          .object({
            condition: z
              .object({
                type: z.string().nullish(),
                values: z.array(z.object({ userEnteredValue: z.string().nullish() })).nullish(),
              })
              .nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
  protectedRanges: z.array(z.object({ range: z.object({ startRowIndex: n }).nullish() })).nullish(),
});
export const SpreadsheetSnapshotSchema = z.object({ sheets: z.array(SheetSnapshotSchema).nullish() });
export type SpreadsheetSnapshot = z.infer<typeof SpreadsheetSnapshotSchema>;

/** What a content write needs to know of a tab. */
export interface TabGrid {
  sheetId: number;
  rowCount: number;
  columnCount: number;
}

const rgb = (hex: string) => ({
  red: parseInt(hex.slice(1, 3), 16) / 255,
  green: parseInt(hex.slice(3, 5), 16) / 255,
  blue: parseInt(hex.slice(5, 7), 16) / 255,
});

/** Google's light palette: green on time, orange late, yellow still open, red overdue. */
const STATUS_COLOURS: Record<UnitStatus, string> = {
  on_time: "#d9ead3",
  late: "#fce5cd",
  missing: "#fff2cc",
  overdue: "#f4cccc",
};

export const HEADER_PROTECTION =
  "Dòng tiêu đề do hệ thống CCHC ghi tự động — xin không sửa; hãy lọc bằng chế độ xem lọc (filter view).";

/** New tabs start with room for the rows at hand; the content write grows the grid when units are added. */
const MIN_ROWS = 100;

// A sheet id derived from the title keeps ids stable across runs; collisions move to the next free id.
function newSheetId(title: string, used: Set<number>): number {
  let h = 0x811c9dc5;
  for (const ch of title) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  let id = ((h >>> 0) % 2_000_000_000) + 1;
  while (used.has(id)) id += 1;
  used.add(id);
  return id;
}

type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;

function missingStatusRules(sheet: SheetSnapshot | undefined, tab: SheetTab): UnitStatus[] {
  const present = new Set(
    (sheet?.conditionalFormats ?? [])
      .map((f) => f.booleanRule?.condition)
      .filter((c) => c?.type === "TEXT_EQ")
      .map((c) => c?.values?.[0]?.userEnteredValue),
  );
  if (tab.statusColumn === undefined) return [];
  return (Object.keys(SHEET_STATUS_LABELS) as UnitStatus[]).filter((s) => !present.has(SHEET_STATUS_LABELS[s]));
}

function statusRule(sheetId: number, column: number, status: UnitStatus): Request {
  return {
    addConditionalFormatRule: {
      index: 0,
      rule: {
        // Open-ended rows: the rule keeps covering every unit however many rows later writes add.
        ranges: [{ sheetId, startRowIndex: 1, startColumnIndex: column, endColumnIndex: column + 1 }],
        booleanRule: {
          condition: { type: "TEXT_EQ", values: [{ userEnteredValue: SHEET_STATUS_LABELS[status] }] },
          format: { backgroundColor: rgb(STATUS_COLOURS[status]) },
        },
      },
    },
  };
}

function widthRequests(sheetId: number, widths: number[]): Request[] {
  return widths.map((pixelSize, i) => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: "COLUMNS", startIndex: i, endIndex: i + 1 },
      properties: { pixelSize },
      fields: "pixelSize",
    },
  }));
}

const protection = (sheetId: number): Request => ({
  addProtectedRange: {
    protectedRange: { range: { sheetId, startRowIndex: 0, endRowIndex: 1 }, description: HEADER_PROTECTION, warningOnly: true },
  },
});

export interface SetupPlan {
  /** Empty when the spreadsheet already has everything. */
  requests: Request[];
  /** Every tab's grid as it will be once the requests are applied. */
  grids: Map<string, TabGrid>;
}

/**
 * Adds missing tabs (with frozen header, widths, status colours and header protection) and, on existing tabs,
 * whatever of those is missing. Column widths are set when a tab is created only: people may widen a column.
 */
export function planSetup(snapshot: SpreadsheetSnapshot, tabs: readonly SheetTab[]): SetupPlan {
  const sheets = snapshot.sheets ?? [];
  const used = new Set(sheets.map((s) => s.properties.sheetId ?? 0));
  const requests: Request[] = [];
  const grids = new Map<string, TabGrid>();
  for (const tab of tabs) {
    const sheet = sheets.find((s) => s.properties.title === tab.title);
    const cols = tab.header.length;
    if (!sheet) {
      const sheetId = newSheetId(tab.title, used);
      const rowCount = Math.max(MIN_ROWS, tab.rows.length + 1);
      requests.push(
        { addSheet: { properties: { sheetId, title: tab.title, gridProperties: { rowCount, columnCount: cols, frozenRowCount: 1 } } } },
        ...widthRequests(sheetId, tab.widths),
        protection(sheetId),
      );
      for (const s of missingStatusRules(undefined, tab)) requests.push(statusRule(sheetId, tab.statusColumn ?? 0, s));
      grids.set(tab.title, { sheetId, rowCount, columnCount: cols });
      continue;
    }
    const sheetId = sheet.properties.sheetId ?? 0;
    const grid = sheet.properties.gridProperties;
    const columnCount = Math.max(grid?.columnCount ?? 0, cols);
    const fields: string[] = [];
    if (columnCount > (grid?.columnCount ?? 0)) fields.push("gridProperties.columnCount");
    if ((grid?.frozenRowCount ?? 0) < 1) fields.push("gridProperties.frozenRowCount");
    if (fields.length) {
      requests.push({
        updateSheetProperties: {
          properties: { sheetId, gridProperties: { columnCount, frozenRowCount: Math.max(1, grid?.frozenRowCount ?? 0) } },
          fields: fields.join(","),
        },
      });
    }
    for (const s of missingStatusRules(sheet, tab)) requests.push(statusRule(sheetId, tab.statusColumn ?? 0, s));
    if (!(sheet.protectedRanges ?? []).some((p) => (p.range?.startRowIndex ?? 0) === 0)) requests.push(protection(sheetId));
    grids.set(tab.title, { sheetId, rowCount: grid?.rowCount ?? 0, columnCount });
  }
  return { requests, grids };
}
