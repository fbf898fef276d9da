import type { SheetTab } from "../../../functions/sync/port";
import { contentWrite } from "../../../functions/sync/sheets-write";
import { applyRequests, newSheet } from "../../support/sheets-state";

const tab = (rows: (string | number)[][]): SheetTab => ({ title: "T", header: ["Mã", "Tên", "Lần"], widths: [1, 1, 1], rows });

/** Non-empty rows, trailing empty cells dropped. */
function valuesOf(sheet: ReturnType<typeof newSheet>) {
  const rows = sheet.cells.map((r) => Array.from(r ?? [], (v) => v ?? ""));
  const trim = (r: (string | number)[]) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === "") out.pop();
    return out;
  };
  return rows.map(trim).filter((r) => r.length);
}

describe("contentWrite", () => {
  it("writes header and rows over the whole tab: stale rows and cells vanish, text stays text", () => {
    const sheet = newSheet(3, "T", 10, 5);
    sheet.cells = [["old", "old", "old", "", "x"], ["a"], ["b"], ["c"], ["d"], ["e"]];
    const { body } = contentWrite([tab([["snv", "=1+1", 2], ["stp", "", ""]])], new Map([["T", { sheetId: 3, rowCount: 10, columnCount: 5 }]]));
    expect(body.requests).toHaveLength(1);
    applyRequests([sheet], body.requests ?? [], () => 1);
    expect(valuesOf(sheet)).toEqual([["Mã", "Tên", "Lần"], ["snv", "=1+1", 2], ["stp"]]);
    expect(sheet.bold).toEqual(new Set(["0:0", "0:1", "0:2"]));
    const cells = body.requests?.[0]?.updateCells?.rows?.[1]?.values;
    expect(cells).toEqual([
      { userEnteredValue: { stringValue: "snv" } },
      { userEnteredValue: { stringValue: "=1+1" } },
      { userEnteredValue: { numberValue: 2 } },
    ]);
  });

  it("grows the grid in the same request when the rows need room, never shrinks it", () => {
    const sheet = newSheet(3, "T", 4, 2);
    const rows = Array.from({ length: 9 }, (_, i) => [`u${i}`, `Unit ${i}`, i]);
    const { body, grids } = contentWrite([tab(rows)], new Map([["T", { sheetId: 3, rowCount: 4, columnCount: 2 }]]));
    expect(body.requests?.map((r) => Object.keys(r)[0])).toEqual(["updateSheetProperties", "updateCells"]);
    applyRequests([sheet], body.requests ?? [], () => 1);
    expect(valuesOf(sheet)).toHaveLength(10);
    expect(grids.get("T")).toEqual({ sheetId: 3, rowCount: 10, columnCount: 3 });

    const again = contentWrite([tab(rows.slice(0, 2))], grids);
    expect(again.body.requests?.map((r) => Object.keys(r)[0])).toEqual(["updateCells"]);
  });
});
