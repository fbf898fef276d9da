/**
 * The outline (shared/outline, the same description `cchc outline` and "Chèn đề cương" in Word render) as one Docs
 * batchUpdate. Indices are computed forward from the insertion point, following the Docs index model: a paragraph
 * is its text plus "\n"; insertTable puts a "\n" before the table; a table takes 1 index, each row 1, each cell 1 plus
 * its content. Cells are filled last-first so the indices of the empty table stay valid, then styled with their final
 * indices. Section writing areas become named ranges `cchc:section:I`… (the Docs counterpart of content controls).
 */
import type { docs_v1 } from "@googleapis/docs";
import type { OutlineBlock, OutlineDoc, OutlineParagraph, OutlineStyle, OutlineTable } from "../../../shared/outline/types";

type Request = docs_v1.Schema$Request;

const NAMED_STYLE: Record<OutlineStyle, string> = { Normal: "NORMAL_TEXT", "heading 1": "HEADING_1", Title: "TITLE" };
const ALIGNMENT = { left: "START", center: "CENTER", right: "END", justify: "JUSTIFIED" } as const;
const pt = (magnitude: number) => ({ magnitude, unit: "PT" });
/** Word's "Placeholder Text" grey: the guidance reads as something to write over. */
const PLACEHOLDER_GREY = { color: { rgbColor: { red: 0.5, green: 0.5, blue: 0.5 } } };

const paragraphText = (p: OutlineParagraph) => p.runs.map((r) => r.text).join("");

/** Paragraph and run styles of a paragraph already in place at `start`. */
function styleParagraph(p: OutlineParagraph, start: number, placeholder: boolean): Request[] {
  const length = paragraphText(p).length;
  const style: docs_v1.Schema$ParagraphStyle = {
    namedStyleType: NAMED_STYLE[p.style],
    alignment: ALIGNMENT[p.alignment],
    indentFirstLine: pt(p.firstLineIndentPt ?? 0),
    spaceAbove: pt(p.spaceBeforePt ?? 0),
    spaceBelow: pt(p.spaceAfterPt ?? 0),
    lineSpacing: Math.round((p.lineSpacing ?? 1) * 100),
    keepWithNext: p.keepWithNext ?? false,
  };
  const out: Request[] = [
    {
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: start + length + 1 },
        paragraphStyle: style,
        fields: "namedStyleType,alignment,indentFirstLine,spaceAbove,spaceBelow,lineSpacing,keepWithNext",
      },
    },
  ];
  let at = start;
  for (const r of p.runs) {
    if (r.text.length === 0) continue;
    // Every field set explicitly: inserted text would otherwise inherit the style of the text before it.
    const textStyle: docs_v1.Schema$TextStyle = {
      bold: r.bold ?? false,
      italic: (r.italic ?? false) || placeholder,
      underline: r.underline ?? false,
      fontSize: pt(r.sizePt),
      weightedFontFamily: { fontFamily: r.font },
      ...(placeholder ? { foregroundColor: PLACEHOLDER_GREY } : {}),
    };
    out.push({
      updateTextStyle: {
        range: { startIndex: at, endIndex: at + r.text.length },
        textStyle,
        fields: `bold,italic,underline,fontSize,weightedFontFamily${placeholder ? ",foregroundColor" : ""}`,
      },
    });
    at += r.text.length;
  }
  return out;
}

interface Writer {
  requests: Request[];
  cursor: number;
}

function writeParagraph(w: Writer, p: OutlineParagraph, placeholder = false): void {
  const text = paragraphText(p);
  w.requests.push({ insertText: { location: { index: w.cursor }, text: `${text}\n` } });
  w.requests.push(...styleParagraph(p, w.cursor, placeholder));
  w.cursor += text.length + 1;
}

const NO_BORDER = { width: pt(0), dashStyle: "SOLID", color: { color: { rgbColor: {} } } };

function writeTable(w: Writer, t: OutlineTable): void {
  const rows = t.rows.length;
  const columns = Math.max(...t.rows.map((r) => r.cells.length));
  w.requests.push({ insertTable: { rows, columns, location: { index: w.cursor } } });
  const tableStart = w.cursor + 1;
  const rowStride = 1 + 2 * columns;
  const emptyCell = (r: number, c: number) => tableStart + 1 + r * rowStride + 1 + 2 * c + 1;
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      const text = (t.rows[r]?.cells[c]?.paragraphs ?? []).map(paragraphText).join("\n");
      if (text) w.requests.push({ insertText: { location: { index: emptyCell(r, c) }, text } });
    }
  }
  let at = tableStart + 1;
  for (const row of t.rows) {
    at += 1;
    for (let c = 0; c < columns; c++) {
      at += 1;
      const paragraphs = row.cells[c]?.paragraphs ?? [];
      if (paragraphs.length === 0) at += 1;
      for (const p of paragraphs) {
        w.requests.push(...styleParagraph(p, at, false));
        at += paragraphText(p).length + 1;
      }
    }
  }
  const location = { index: tableStart };
  t.columnWidthsPt.forEach((width, i) =>
    w.requests.push({
      updateTableColumnProperties: {
        tableStartLocation: location,
        columnIndices: [i],
        tableColumnProperties: { widthType: "FIXED_WIDTH", width: pt(width) },
        fields: "widthType,width",
      },
    }),
  );
  if (!t.borders) {
    w.requests.push({
      updateTableCellStyle: {
        tableRange: { tableCellLocation: { tableStartLocation: location, rowIndex: 0, columnIndex: 0 }, rowSpan: rows, columnSpan: columns },
        tableCellStyle: { borderTop: NO_BORDER, borderBottom: NO_BORDER, borderLeft: NO_BORDER, borderRight: NO_BORDER },
        fields: "borderTop,borderBottom,borderLeft,borderRight",
      },
    });
  }
  const headerRows = t.rows.filter((r) => r.header).length;
  if (headerRows > 0) w.requests.push({ pinTableHeaderRows: { tableStartLocation: location, pinnedHeaderRowsCount: headerRows } });
  w.cursor = at;
}

function writeBlock(w: Writer, b: OutlineBlock, named: { name: string; start: number; end: number }[]): void {
  if (b.kind === "paragraph") return writeParagraph(w, b);
  if (b.kind === "table") return writeTable(w, b);
  const start = w.cursor;
  for (const p of b.paragraphs) writeParagraph(w, p, b.placeholder);
  named.push({ name: b.tag, start, end: w.cursor });
}

export interface OutlineInsert {
  requests: Request[];
  /** Where each named range ends up. */
  namedRanges: { name: string; start: number; end: number }[];
}

/**
 * `at`: the start of an empty paragraph (index 1 in an empty document; in one with content, the caller first adds a
 * paragraph at the end). Page size and margins are set for the whole document, as Decree 30 asks.
 */
export function outlineRequests(doc: OutlineDoc, at: number): OutlineInsert {
  const page: Request = {
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(doc.page.widthTwips / 20), height: pt(doc.page.heightTwips / 20) },
        marginTop: pt(doc.page.margins.top / 20),
        marginBottom: pt(doc.page.margins.bottom / 20),
        marginLeft: pt(doc.page.margins.left / 20),
        marginRight: pt(doc.page.margins.right / 20),
      },
      fields: "pageSize,marginTop,marginBottom,marginLeft,marginRight",
    },
  };
  const blocks = blocksRequests(doc.blocks, at);
  return { requests: [page, ...blocks.requests], namedRanges: blocks.namedRanges };
}

/**
 * Blocks alone ("Thêm mục": one section's heading, writing area and table) at the start of an empty paragraph. That
 * paragraph stays after them; it is set back to body text, since it may have been split off a heading.
 */
export function blocksRequests(blocks: readonly OutlineBlock[], at: number): OutlineInsert {
  const w: Writer = { requests: [], cursor: at };
  const named: OutlineInsert["namedRanges"] = [];
  for (const b of blocks) writeBlock(w, b, named);
  w.requests.push({
    updateParagraphStyle: { range: { startIndex: w.cursor, endIndex: w.cursor + 1 }, paragraphStyle: { namedStyleType: "NORMAL_TEXT" }, fields: "namedStyleType" },
  });
  for (const n of named) w.requests.push({ createNamedRange: { name: n.name, range: { startIndex: n.start, endIndex: n.end } } });
  return { requests: w.requests, namedRanges: named };
}
