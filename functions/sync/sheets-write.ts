/**
 * The content write as one spreadsheets.batchUpdate body (pure). Each tab is written with updateCells over the
 * whole sheet: cells the rows do not cover are cleared, so rows that disappeared (a unit removed, a shorter
 * summary) never linger, and the write is the same whatever the sheet held before — safe to retry, never appended.
 */
import type { sheets_v4 } from "@googleapis/sheets";
import type { Cell, SheetTab } from "./port";
import type { TabGrid } from "./sheets-layout";

type Request = sheets_v4.Schema$Request;
type CellData = sheets_v4.Schema$CellData;

/** Values and the header's bold are ours; colours, notes and widths people add stay. */
const WRITE_FIELDS = "userEnteredValue,userEnteredFormat.textFormat.bold";

function cell(value: Cell): CellData {
  if (typeof value === "number") return { userEnteredValue: { numberValue: value } };
  // stringValue is never parsed: a unit name starting with "=" stays text, not a formula.
  return value === "" ? {} : { userEnteredValue: { stringValue: value } };
}

const headerCell = (text: string): CellData => ({
  userEnteredValue: { stringValue: text },
  userEnteredFormat: { textFormat: { bold: true } },
});

export interface ContentWrite {
  body: sheets_v4.Schema$BatchUpdateSpreadsheetRequest;
  /** Grids after the write (grown where the rows needed room). */
  grids: Map<string, TabGrid>;
}

export function contentWrite(tabs: readonly SheetTab[], grids: ReadonlyMap<string, TabGrid>): ContentWrite {
  const requests: Request[] = [];
  const after = new Map(grids);
  for (const tab of tabs) {
    const grid = grids.get(tab.title);
    if (!grid) throw new Error(`no grid known for tab "${tab.title}"`);
    const needRows = tab.rows.length + 1;
    const needCols = tab.rows.reduce((max, r) => Math.max(max, r.length), tab.header.length);
    // Grids only grow: filter views and colours people set on our rows keep their ranges.
    if (grid.rowCount < needRows || grid.columnCount < needCols) {
      const rowCount = Math.max(grid.rowCount, needRows);
      const columnCount = Math.max(grid.columnCount, needCols);
      requests.push({
        updateSheetProperties: {
          properties: { sheetId: grid.sheetId, gridProperties: { rowCount, columnCount } },
          fields: "gridProperties.rowCount,gridProperties.columnCount",
        },
      });
      after.set(tab.title, { ...grid, rowCount, columnCount });
    }
    requests.push({
      updateCells: {
        range: { sheetId: grid.sheetId },
        fields: WRITE_FIELDS,
        rows: [{ values: tab.header.map(headerCell) }, ...tab.rows.map((r) => ({ values: r.map(cell) }))],
      },
    });
  }
  return { body: { requests }, grids: after };
}
