import type { StatusTable } from "../../shared/status/table";

export interface WorkbookSheet {
  title: string;
  headers: string[];
  rows: (string | number)[][];
  /** Column widths in characters; sized to the content when absent. */
  widths?: number[];
}

/** A real workbook (exceljs): per sheet a bold frozen header row, a filter, and column widths. */
export async function workbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  // exceljs takes most of a second to load: only when someone exports.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-report";
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.title.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(sheet.headers);
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } };
    ws.columns.forEach((col, i) => {
      const longest = () => [sheet.headers, ...sheet.rows].reduce((max, r) => Math.max(max, String(r[i] ?? "").length), 0);
      col.width = sheet.widths?.[i] ?? Math.min(60, Math.max(8, longest() + 2));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** GET …/status.xlsx: the status table as one sheet. */
export function statusWorkbook(table: StatusTable, sheetTitle: string): Promise<Uint8Array> {
  return workbook([{ title: sheetTitle, headers: table.headers, rows: table.rows }]);
}
