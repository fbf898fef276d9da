/**
 * The local Docs endpoint's document as Google answers documents.get, and as Drive exports it (.docx, written with
 * the product's own outline writer from the document's paragraphs, tables and named ranges).
 */
import { writeDocx } from "../../docx/write";
import type { OutlineBlock, OutlineParagraph, OutlineStyle } from "../../shared/outline/types";
import { length, type DocState, type Style, type TElem, type TPara } from "./docs-state";

const NORMAL = { fontSize: { magnitude: 11, unit: "PT" }, weightedFontFamily: { fontFamily: "Arial" } };

function elementJson(e: TElem, start: number): Record<string, unknown> {
  const end = start + length(e);
  if (e.kind === "p") {
    let pos = start;
    const elements = e.runs.map((r) => {
      const el = { startIndex: pos, endIndex: pos + r.text.length, textRun: { content: r.text, textStyle: r.style } };
      pos += r.text.length;
      return el;
    });
    return { startIndex: start, endIndex: end, paragraph: { elements, paragraphStyle: e.style } };
  }
  let pos = start + 1;
  const tableRows = e.rows.map((row) => {
    const rowStart = pos;
    pos += 1;
    const tableCells = row.cells.map((cell) => {
      const cellStart = pos;
      pos += 1;
      const content = cell.content.map((x) => {
        const j = elementJson(x, pos);
        pos += length(x);
        return j;
      });
      return { startIndex: cellStart, endIndex: pos, content };
    });
    return { startIndex: rowStart, endIndex: pos, tableCells };
  });
  return { startIndex: start, endIndex: end, table: { rows: e.rows.length, columns: e.rows[0]?.cells.length ?? 0, tableRows } };
}

export function documentJson(s: DocState): Record<string, unknown> {
  let pos = 1;
  const content: Record<string, unknown>[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  for (const e of s.body) {
    content.push(elementJson(e, pos));
    pos += length(e);
  }
  const namedRanges: Record<string, unknown> = {};
  for (const r of s.namedRanges) {
    const group = (namedRanges[r.name] ??= { name: r.name, namedRanges: [] }) as { namedRanges: unknown[] };
    group.namedRanges.push({ namedRangeId: r.id, name: r.name, ranges: [{ startIndex: r.start, endIndex: r.end }] });
  }
  return {
    documentId: s.id,
    title: s.title,
    revisionId: `rev-${s.revision}`,
    body: { content },
    documentStyle: s.documentStyle,
    namedStyles: {
      styles: [
        { namedStyleType: "NORMAL_TEXT", textStyle: NORMAL },
        { namedStyleType: "TITLE", textStyle: { fontSize: { magnitude: 26, unit: "PT" } } },
        { namedStyleType: "HEADING_1", textStyle: { fontSize: { magnitude: 20, unit: "PT" } } },
      ],
    },
    namedRanges,
    lists: {},
  };
}

const STYLE_BACK: Record<string, OutlineStyle> = { NORMAL_TEXT: "Normal", HEADING_1: "heading 1", TITLE: "Title" };
const ALIGN_BACK = { START: "left", CENTER: "center", END: "right", JUSTIFIED: "justify" } as const;
const mag = (v: unknown): number | undefined =>
  typeof v === "object" && v !== null && "magnitude" in v && typeof v.magnitude === "number" ? v.magnitude : undefined;

function outlineParagraph(p: TPara): OutlineParagraph {
  const st: Style = p.style;
  const runs = p.runs
    .map((r) => ({ ...r, text: r.text.replace(/\n$/, "") }))
    .filter((r) => r.text)
    .map((r) => {
      const family = (r.style["weightedFontFamily"] as { fontFamily?: string } | undefined)?.fontFamily;
      return {
        text: r.text,
        font: family ?? "Arial",
        sizePt: mag(r.style["fontSize"]) ?? 11,
        ...(r.style["bold"] === true ? { bold: true } : {}),
        ...(r.style["italic"] === true ? { italic: true } : {}),
        ...(r.style["underline"] === true ? { underline: true } : {}),
      };
    });
  const align = ALIGN_BACK[String(st["alignment"] ?? "START") as keyof typeof ALIGN_BACK] ?? "left";
  return {
    kind: "paragraph",
    style: STYLE_BACK[String(st["namedStyleType"] ?? "NORMAL_TEXT")] ?? "Normal",
    alignment: align,
    runs,
    ...(mag(st["indentFirstLine"]) !== undefined ? { firstLineIndentPt: mag(st["indentFirstLine"]) } : {}),
  };
}

/** Drive's export as .docx: named ranges become content controls, as Docs keeps them through export. */
export function exportDocx(s: DocState): Uint8Array {
  const blocks: OutlineBlock[] = [];
  let pos = 1;
  for (const e of s.body) {
    const range = s.namedRanges.find((r) => r.start <= pos && pos < r.end);
    if (e.kind === "p") {
      const p = outlineParagraph(e);
      const last = blocks[blocks.length - 1];
      if (range && last?.kind === "control" && last.tag === range.name) last.paragraphs.push(p);
      else if (range) blocks.push({ kind: "control", tag: range.name, title: range.name, placeholder: false, paragraphs: [p] });
      else blocks.push(p);
    } else {
      const columns = e.rows[0]?.cells.length ?? 1;
      blocks.push({
        kind: "table",
        borders: !e.borderless,
        columnWidthsPt: Array.from({ length: columns }, (_, i) => e.widthsPt[i] ?? 450 / columns),
        rows: e.rows.map((r, i) => ({
          ...(i < e.pinned ? { header: true } : {}),
          cells: r.cells.map((c) => ({ paragraphs: c.content.flatMap((x) => (x.kind === "p" ? [outlineParagraph(x)] : [])) })),
        })),
      });
    }
    pos += length(e);
  }
  const ds = s.documentStyle as { pageSize?: { width?: unknown; height?: unknown }; [k: string]: unknown };
  const tw = (v: unknown, d: number) => Math.round((mag(v) ?? d) * 20);
  return writeDocx({
    page: {
      widthTwips: tw(ds.pageSize?.width, 612),
      heightTwips: tw(ds.pageSize?.height, 792),
      margins: { top: tw(ds["marginTop"], 72), bottom: tw(ds["marginBottom"], 72), left: tw(ds["marginLeft"], 72), right: tw(ds["marginRight"], 72) },
    },
    font: { name: "Arial", sizePt: 11 },
    blocks,
    meta: { title: s.title, author: "Google Docs" },
  });
}
