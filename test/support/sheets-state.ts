/**
 * The state of one fake spreadsheet and the Sheets v4 requests the local endpoint understands, applied the way
 * Google applies them: a batch is all-or-nothing, ranges are checked against the grid ("exceeds grid limits"),
 * a GridRange without end indexes is unbounded, and JSON leaves out default values.
 */
export type Value = string | number;

export interface FakeSheet {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  frozenRowCount: number;
  /** cells[row][col]; undefined = empty. */
  cells: (Value | undefined)[][];
  bold: Set<string>;
  columnWidths: Map<number, number>;
  conditionalFormats: Record<string, unknown>[];
  protectedRanges: Record<string, unknown>[];
}

export class SheetsApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const bad = (message: string) => new SheetsApiError(400, message);

export function newSheet(sheetId: number, title: string, rowCount = 1000, columnCount = 26): FakeSheet {
  return {
    sheetId, title, rowCount, columnCount, frozenRowCount: 0, cells: [], bold: new Set(),
    columnWidths: new Map(), conditionalFormats: [], protectedRanges: [],
  };
}

export function cloneSheets(sheets: FakeSheet[]): FakeSheet[] {
  return sheets.map((s) => ({
    ...s,
    cells: s.cells.map((r) => (r ? [...r] : r)),
    bold: new Set(s.bold),
    columnWidths: new Map(s.columnWidths),
    conditionalFormats: structuredClone(s.conditionalFormats),
    protectedRanges: structuredClone(s.protectedRanges),
  }));
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function sheetById(sheets: FakeSheet[], id: unknown, where: string): FakeSheet {
  const sheet = sheets.find((s) => s.sheetId === (num(id) ?? 0));
  if (!sheet) throw bad(`Invalid requests[${where}]: No grid with id: ${String(id ?? 0)}`);
  return sheet;
}

function cellValue(cell: Obj): Value | undefined {
  const v = obj(cell.userEnteredValue);
  if (typeof v.stringValue === "string") return v.stringValue;
  if (typeof v.numberValue === "number") return v.numberValue;
  return undefined;
}

function updateCells(sheets: FakeSheet[], r: Obj, where: string): void {
  const fields = typeof r.fields === "string" ? r.fields.split(",").map((f) => f.trim()) : [];
  if (!fields.length) throw bad(`Invalid requests[${where}].updateCells: fields is required`);
  const range = r.range ? obj(r.range) : undefined;
  const start = obj(r.start);
  const sheet = sheetById(sheets, range ? range.sheetId : start.sheetId, `${where}].updateCells`);
  const top = num(range ? range.startRowIndex : start.rowIndex) ?? 0;
  const left = num(range ? range.startColumnIndex : start.columnIndex) ?? 0;
  const rows = Array.isArray(r.rows) ? r.rows.map((row) => (Array.isArray(obj(row).values) ? (obj(row).values as Obj[]) : [])) : [];
  const bottom = range ? (num(range.endRowIndex) ?? sheet.rowCount) : top + rows.length;
  const right = range ? (num(range.endColumnIndex) ?? sheet.columnCount) : left + Math.max(0, ...rows.map((x) => x.length));
  if (top + rows.length > sheet.rowCount || Math.max(0, ...rows.map((x) => left + x.length)) > sheet.columnCount || bottom > sheet.rowCount) {
    throw bad(`Invalid requests[${where}].updateCells: Range exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`);
  }
  const values = fields.includes("*") || fields.includes("userEnteredValue");
  const bold = fields.includes("*") || fields.some((f) => f.startsWith("userEnteredFormat"));
  for (let row = top; row < bottom; row++) {
    for (let col = left; col < right; col++) {
      const given = rows[row - top]?.[col - left];
      if (values) {
        const v = given ? cellValue(given) : undefined;
        const line = sheet.cells[row];
        if (v !== undefined) (sheet.cells[row] ??= [])[col] = v;
        else if (line) line[col] = undefined;
      }
      if (bold) {
        const isBold = obj(obj(given?.userEnteredFormat).textFormat).bold === true;
        if (isBold) sheet.bold.add(`${row}:${col}`);
        else sheet.bold.delete(`${row}:${col}`);
      }
    }
  }
}

function updateSheetProperties(sheets: FakeSheet[], r: Obj, where: string): void {
  const props = obj(r.properties);
  const sheet = sheetById(sheets, props.sheetId, `${where}].updateSheetProperties`);
  const grid = obj(props.gridProperties);
  const fields = typeof r.fields === "string" ? r.fields.split(",").map((f) => f.trim()) : [];
  if (!fields.length) throw bad(`Invalid requests[${where}].updateSheetProperties: fields is required`);
  for (const f of fields) {
    if (f === "gridProperties.rowCount") sheet.rowCount = num(grid.rowCount) ?? sheet.rowCount;
    else if (f === "gridProperties.columnCount") sheet.columnCount = num(grid.columnCount) ?? sheet.columnCount;
    else if (f === "gridProperties.frozenRowCount") sheet.frozenRowCount = num(grid.frozenRowCount) ?? 0;
    else if (f === "title" && typeof props.title === "string") sheet.title = props.title;
    else throw bad(`Invalid requests[${where}].updateSheetProperties: unsupported field ${f}`);
  }
  sheet.cells = sheet.cells.slice(0, sheet.rowCount).map((row) => row?.slice(0, sheet.columnCount));
}

/** Applies one batch to `sheets` (a copy the caller commits on success) and returns Google's replies. */
export function applyRequests(sheets: FakeSheet[], requests: unknown[], nextId: () => number): Obj[] {
  return requests.map((raw, i): Obj => {
    const req = obj(raw);
    const [kind, ...more] = Object.keys(req);
    if (!kind || more.length) throw bad(`Invalid requests[${i}]: exactly one kind of request is required`);
    const r = obj(req[kind]);
    const where = String(i);
    switch (kind) {
      case "addSheet": {
        const p = obj(r.properties);
        const title = typeof p.title === "string" ? p.title : `Sheet${sheets.length + 1}`;
        if (sheets.some((s) => s.title === title)) {
          throw bad(`Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
        }
        const id = num(p.sheetId) ?? nextId();
        if (sheets.some((s) => s.sheetId === id)) throw bad(`Invalid requests[${i}].addSheet: Sheet with id ${id} already exists`);
        const g = obj(p.gridProperties);
        const sheet = newSheet(id, title, num(g.rowCount) ?? 1000, num(g.columnCount) ?? 26);
        sheet.frozenRowCount = num(g.frozenRowCount) ?? 0;
        sheets.push(sheet);
        return { addSheet: { properties: snapshotOf(sheet, sheets.length - 1).properties } };
      }
      case "updateSheetProperties":
        updateSheetProperties(sheets, r, where);
        return {};
      case "updateCells":
        updateCells(sheets, r, where);
        return {};
      case "addConditionalFormatRule": {
        const rule = obj(r.rule);
        const ranges = Array.isArray(rule.ranges) ? rule.ranges.map(obj) : [];
        const sheet = sheetById(sheets, ranges[0]?.sheetId, `${where}].addConditionalFormatRule`);
        sheet.conditionalFormats.splice(num(r.index) ?? 0, 0, structuredClone(rule));
        return {};
      }
      case "addProtectedRange": {
        const pr: Obj = { ...obj(r.protectedRange), protectedRangeId: nextId() };
        sheetById(sheets, obj(pr.range).sheetId, `${where}].addProtectedRange`).protectedRanges.push(pr);
        return { addProtectedRange: { protectedRange: pr } };
      }
      case "updateDimensionProperties": {
        const range = obj(r.range);
        const sheet = sheetById(sheets, range.sheetId, `${where}].updateDimensionProperties`);
        const end = num(range.endIndex) ?? sheet.columnCount;
        if (range.dimension !== "COLUMNS" || end > sheet.columnCount) throw bad(`Invalid requests[${i}].updateDimensionProperties`);
        for (let c = num(range.startIndex) ?? 0; c < end; c++) sheet.columnWidths.set(c, num(obj(r.properties).pixelSize) ?? 100);
        return {};
      }
      default:
        throw bad(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]'`);
    }
  });
}

/** A sheet as spreadsheets.get shows it: proto3 JSON, zero values and empty lists left out. */
export function snapshotOf(s: FakeSheet, index: number) {
  return {
    properties: {
      sheetId: s.sheetId,
      title: s.title,
      ...(index ? { index } : {}),
      sheetType: "GRID",
      gridProperties: { rowCount: s.rowCount, columnCount: s.columnCount, ...(s.frozenRowCount ? { frozenRowCount: s.frozenRowCount } : {}) },
    },
    ...(s.conditionalFormats.length ? { conditionalFormats: s.conditionalFormats } : {}),
    ...(s.protectedRanges.length ? { protectedRanges: s.protectedRanges } : {}),
  };
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** values.batchUpdate: A1 ranges ("'Tổng hợp'!A1:H9"), values written from the range's top-left cell. */
export function applyValues(sheets: FakeSheet[], data: unknown[]): number {
  let cells = 0;
  for (const raw of data) {
    const { range, values } = obj(raw);
    const m = typeof range === "string" ? /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+)(\d+)/.exec(range) : null;
    if (!m) throw bad(`Unable to parse range: ${String(range)}`);
    const title = (m[1] ?? m[2] ?? "").replace(/''/g, "'");
    const sheet = sheets.find((s) => s.title === title);
    if (!sheet) throw bad(`Unable to parse range: ${String(range)}`);
    const top = Number(m[4]) - 1;
    const left = columnIndex(m[3] ?? "A");
    const rows = Array.isArray(values) ? (values as unknown[][]) : [];
    if (top + rows.length > sheet.rowCount || rows.some((r) => left + r.length > sheet.columnCount)) {
      throw bad(`Range (${String(range)}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`);
    }
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        (sheet.cells[top + i] ??= [])[left + j] = v === "" || v === null ? undefined : (v as Value);
        cells++;
      }),
    );
  }
  return cells;
}
