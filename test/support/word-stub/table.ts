import type * as W from "../../../addin/word/office";
import { StubObject } from "./context";
import { BodyProxy } from "./body";
import { ParagraphProxy } from "./paragraph";
import { newParagraph, notify, officeError, placeOf, visibleText, type SCell, type SParagraph, type STable, type StubState } from "./state";

export interface CellTarget {
  table: STable;
  row: number;
  col: number;
}

export function insertTableNextTo(state: StubState, anchor: SParagraph, rows: number, cols: number, where: W.BeforeAfter, values?: string[][]): STable {
  const place = placeOf(state, anchor);
  if (place.cell) throw officeError("NotImplemented", "The stub does not nest tables.");
  if (rows < 1 || cols < 1) throw officeError("InvalidArgument", "A table needs at least one row and one column.");
  const table: STable = {
    kind: "t",
    id: state.nextId++,
    headerRowCount: 0,
    // Word's default "Table Grid": single borders everywhere.
    borders: { Top: "Single", Bottom: "Single", Left: "Single", Right: "Single", InsideHorizontal: "Single", InsideVertical: "Single" },
    rows: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c): SCell => ({ columnWidth: 0, paragraphs: [newParagraph(state, values?.[r]?.[c] ?? "")] })),
    ),
  };
  state.blocks.splice(where === "Before" ? place.index : place.index + 1, 0, table);
  notify(state, "ParagraphAdded");
  return table;
}

export function cellText(state: StubState, cell: SCell): string {
  return cell.paragraphs.map((p) => visibleText(state, p)).join("\n");
}

export class TableBorderProxy extends StubObject<{ table: STable; location: W.BorderLocation }> implements W.TableBorder {
  protected readonly scalars = ["type"] as const;
  protected read(t: { table: STable; location: W.BorderLocation }): unknown {
    return t.table.borders[t.location] ?? "Mixed";
  }
  get type(): string { return this.value("type"); }
  set type(v: string) {
    this.write(({ table, location }) => {
      const sides = location === "All" ? Object.keys(table.borders) : location === "Inside" ? ["InsideHorizontal", "InsideVertical"] : location === "Outside" ? ["Top", "Bottom", "Left", "Right"] : [location];
      for (const s of sides) table.borders[s] = v;
    });
  }
}

export class TableCellProxy extends StubObject<CellTarget> implements W.TableCell {
  protected readonly scalars = ["rowIndex", "cellIndex", "columnWidth", "value"] as const;
  protected read(t: CellTarget, name: string): unknown {
    const cell = t.table.rows[t.row]?.[t.col] as SCell;
    if (name === "rowIndex") return t.row;
    if (name === "cellIndex") return t.col;
    if (name === "columnWidth") return cell.columnWidth;
    return cellText(this.ctx.state, cell);
  }
  get rowIndex(): number { return this.value("rowIndex"); }
  get cellIndex(): number { return this.value("cellIndex"); }
  get columnWidth(): number { return this.value("columnWidth"); }
  set columnWidth(v: number) {
    this.write((t) => {
      for (const row of t.table.rows) if (row[t.col]) (row[t.col] as SCell).columnWidth = v;
    });
  }
  get body(): BodyProxy {
    return new BodyProxy(this.ctx, () => {
      const t = this.target();
      const cell = t.table.rows[t.row]?.[t.col];
      if (!cell) throw officeError("ItemNotFound", "The cell doesn't exist.");
      return { kind: "cell", cell };
    });
  }
}

export class TableProxy extends StubObject<STable> implements W.Table {
  protected readonly scalars = ["values", "rowCount", "nestingLevel", "headerRowCount"] as const;
  protected read(t: STable, name: string): unknown {
    if (name === "values") return t.rows.map((row) => row.map((c) => cellText(this.ctx.state, c)));
    if (name === "rowCount") return t.rows.length;
    if (name === "nestingLevel") return 1;
    return t.headerRowCount;
  }
  get values(): string[][] { return this.value("values"); }
  get rowCount(): number { return this.value("rowCount"); }
  get nestingLevel(): number { return this.value("nestingLevel"); }
  get headerRowCount(): number { return this.value("headerRowCount"); }
  set headerRowCount(v: number) { this.write((t) => { t.headerRowCount = v; }); }

  getBorder(location: W.BorderLocation): TableBorderProxy {
    return new TableBorderProxy(this.ctx, () => ({ table: this.target(), location }));
  }
  getCell(rowIndex: number, cellIndex: number): TableCellProxy {
    return new TableCellProxy(this.ctx, () => {
      const table = this.target();
      if (!table.rows[rowIndex]?.[cellIndex]) throw officeError("ItemNotFound", `No cell at ${rowIndex},${cellIndex}.`);
      return { table, row: rowIndex, col: cellIndex };
    });
  }
  insertParagraph(text: string, where: W.BeforeAfter): ParagraphProxy {
    const made: { p?: SParagraph } = {};
    this.write((t) => {
      const i = this.ctx.state.blocks.indexOf(t);
      const p = newParagraph(this.ctx.state, text);
      this.ctx.state.blocks.splice(where === "Before" ? i : i + 1, 0, p);
      made.p = p;
    });
    return new ParagraphProxy(this.ctx, () => made.p ?? null);
  }
  delete(): void {
    this.write((t) => {
      const blocks = this.ctx.state.blocks;
      if (blocks.at(-1) === t) blocks.push(newParagraph(this.ctx.state, ""));
      blocks.splice(blocks.indexOf(t), 1);
      notify(this.ctx.state, "ParagraphDeleted");
    });
  }
  select(mode: W.SelectionMode = "Select"): void {
    this.write((t) => {
      const first = t.rows[0]?.[0]?.paragraphs[0];
      if (first) this.ctx.state.selection = { paragraph: first, start: 0, end: mode === "Start" ? 0 : visibleText(this.ctx.state, first).length };
    });
  }
}

