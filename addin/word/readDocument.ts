import type { Block, DocumentModel, Paragraph as ModelParagraph, Table as ModelTable } from "../../shared/model/document";
import type { ParagraphRef, LocationIndex } from "./locations";
import type { Paragraph, Table, WordAlignment } from "./office";
import { runWord } from "./run";

export interface ReadResult {
  model: DocumentModel;
  index: LocationIndex;
}

const PARAGRAPH_PROPS = [
  "text",
  "style",
  "styleBuiltIn",
  "outlineLevel",
  "isListItem",
  "tableNestingLevel",
  "alignment",
  "font/name",
  "font/size",
  "font/bold",
  "font/italic",
  "font/underline",
].join(",");

const ALIGN: Partial<Record<WordAlignment, ModelParagraph["alignment"]>> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};

/**
 * Reads the document into the shared model in two round trips whatever its length: the first loads every paragraph,
 * table and content control in bulk; the second loads, for all paragraphs at once, the list label, the enclosing
 * content control and (for table paragraphs) the cell coordinates.
 */
export function readDocument(): Promise<ReadResult> {
  return runWord(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load(PARAGRAPH_PROPS);
    const tables = body.tables.load("values,rowCount,nestingLevel");
    await context.sync();

    const details = paragraphs.items.map((p) => ({
      list: p.isListItem ? p.listItemOrNullObject.load("listString") : undefined,
      control: p.parentContentControlOrNullObject.load("tag"),
      cell: p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex") : undefined,
    }));
    await context.sync();

    return assemble(paragraphs.items, details, tables.items.filter((t) => t.nestingLevel === 1));
  });
}

type Detail = {
  list: { isNullObject: boolean; listString: string } | undefined;
  control: { isNullObject: boolean; tag: string };
  cell: { isNullObject: boolean; rowIndex: number; cellIndex: number } | undefined;
};

function assemble(items: Paragraph[], details: Detail[], tables: Table[]): ReadResult {
  const blocks: Block[] = [];
  const index: LocationIndex = [];
  let current: { table: ModelTable; rows: ParagraphRef[][][]; last: [number, number] } | undefined;
  let tableCount = 0;

  items.forEach((p, i) => {
    const d = details[i] as Detail;
    const para = toModelParagraph(p, d);
    const ref: ParagraphRef = { index: i, text: para.text };
    if (p.tableNestingLevel === 0 || !d.cell || d.cell.isNullObject) {
      current = undefined;
      blocks.push(para);
      index.push({ kind: "paragraph", para: ref });
      return;
    }
    const nested = p.tableNestingLevel > 1;
    const at: [number, number] = nested && current ? current.last : [d.cell.rowIndex, d.cell.cellIndex];
    if (!current || (!nested && before(at, current.last))) {
      current = newTable(tables[tableCount++], para.contentControls);
      blocks.push(current.table);
      index.push({ kind: "table", rows: current.rows });
    }
    current.last = at;
    cellOf(current, at).paragraphs.push(para);
    refsOf(current.rows, at).push(ref);
  });
  return { model: { blocks }, index };
}

function toModelParagraph(p: Paragraph, d: Detail): ModelParagraph {
  // Word reports manual line breaks as vertical tabs; the model uses "\n".
  const text = p.text.replace(/\u000b/g, "\n");
  const font = p.font;
  const run: ModelParagraph["runs"][number] = { text };
  if (font.name) run.font = font.name;
  if (typeof font.size === "number") run.sizePt = font.size;
  // Mixed formatting comes back as null: leave the property out rather than guess.
  if (typeof font.bold === "boolean") run.bold = font.bold;
  if (typeof font.italic === "boolean") run.italic = font.italic;
  if (typeof font.underline === "string" && font.underline !== "Mixed") run.underline = font.underline !== "None";
  const out: ModelParagraph = { type: "paragraph", text, runs: [run] };
  if (p.style) out.styleName = p.style;
  const heading = /^Heading([1-9])$/.exec(p.styleBuiltIn ?? "");
  if (heading) out.headingLevel = Number(heading[1]);
  const level = outlineLevelOf(p.outlineLevel);
  if (level !== undefined) out.outlineLevel = level;
  if (d.list && !d.list.isNullObject && d.list.listString) out.listLabel = d.list.listString;
  if (!d.control.isNullObject && d.control.tag) out.contentControls = [d.control.tag];
  const alignment = ALIGN[p.alignment];
  if (alignment) out.alignment = alignment;
  return out;
}

/** Word gives 1..9 for outline levels and 10 for body text (newer hosts may send "OutlineLevel2" strings). */
function outlineLevelOf(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : Number(/^OutlineLevel(\d)$/.exec(String(value))?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= 9 ? n - 1 : undefined;
}

function before(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function newTable(table: Table | undefined, tags: string[] | undefined) {
  // The table's own values give its shape, so empty cells that hold only an empty paragraph still appear.
  const shape = table ? table.values.map((row) => row.length) : [];
  const model: ModelTable = { type: "table", rows: shape.map((n) => ({ cells: Array.from({ length: n }, () => ({ paragraphs: [] })) })) };
  if (tags) model.contentControls = tags;
  const rows: ParagraphRef[][][] = shape.map((n) => Array.from({ length: n }, () => []));
  return { table: model, rows, last: [-1, -1] as [number, number] };
}

function cellOf(t: { table: ModelTable }, [r, c]: [number, number]) {
  while (t.table.rows.length <= r) t.table.rows.push({ cells: [] });
  const row = t.table.rows[r] as ModelTable["rows"][number];
  while (row.cells.length <= c) row.cells.push({ paragraphs: [] });
  return row.cells[c] as ModelTable["rows"][number]["cells"][number];
}

function refsOf(rows: ParagraphRef[][][], [r, c]: [number, number]): ParagraphRef[] {
  while (rows.length <= r) rows.push([]);
  const row = rows[r] as ParagraphRef[][];
  while (row.length <= c) row.push([]);
  return row[c] as ParagraphRef[];
}
