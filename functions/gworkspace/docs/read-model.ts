/**
 * A Google Docs document (documents.get) as the shared document model, mirroring what the .docx reader produces:
 * effective run formatting (NORMAL_TEXT, then the paragraph's named style, then the run), heading levels from
 * HEADING_n, list labels computed from the list's glyph settings, tables (nested ones flattened into their cell),
 * named ranges `cchc:…` as content-control tags, page size and margins in twips. Also returns, per block, the
 * heading id to link to (the block's own or the nearest heading before it).
 */
import type { docs_v1 } from "@googleapis/docs";
import type { Block, DocumentModel, Paragraph, Run, TableRow } from "../../../shared/model/document";
import { listLabel, type ListCounters } from "./list-labels";

type GStyle = docs_v1.Schema$TextStyle;

export interface DocsRead {
  model: DocumentModel;
  /** headingIds[block]: where "#heading=…" should open for a finding at that block. */
  headingIds: (string | undefined)[];
  /** starts[block]: the block's start index in the document ("Thêm mục" inserts there). */
  starts: number[];
}

const ALIGN: Record<string, Paragraph["alignment"]> = { START: "left", CENTER: "center", END: "right", JUSTIFIED: "justify" };
const STYLE_NAMES: Record<string, string> = {
  NORMAL_TEXT: "Normal",
  TITLE: "Title",
  SUBTITLE: "Subtitle",
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`HEADING_${n}`, `heading ${n}`])),
};

interface Context {
  doc: docs_v1.Schema$Document;
  namedStyles: Map<string, GStyle>;
  ranges: { name: string; start: number; end: number }[];
  counters: ListCounters;
}

function runFormat(...layers: (GStyle | undefined)[]): Omit<Run, "text"> {
  const out: Omit<Run, "text"> = {};
  for (const s of layers) {
    if (!s) continue;
    if (s.weightedFontFamily?.fontFamily) out.font = s.weightedFontFamily.fontFamily;
    if (typeof s.fontSize?.magnitude === "number") out.sizePt = s.fontSize.magnitude;
    if (typeof s.bold === "boolean") out.bold = s.bold;
    if (typeof s.italic === "boolean") out.italic = s.italic;
    if (typeof s.underline === "boolean") out.underline = s.underline;
  }
  return out;
}

function tagsAt(ctx: Context, index: number | null | undefined): string[] | undefined {
  if (typeof index !== "number") return undefined;
  const tags = ctx.ranges.filter((r) => r.start <= index && index < r.end).map((r) => r.name);
  return tags.length ? tags : undefined;
}

function toParagraph(ctx: Context, el: docs_v1.Schema$StructuralElement, p: docs_v1.Schema$Paragraph): Paragraph {
  const named = p.paragraphStyle?.namedStyleType ?? "NORMAL_TEXT";
  const base = [ctx.namedStyles.get("NORMAL_TEXT"), ctx.namedStyles.get(named)];
  const runs: Run[] = [];
  for (const e of p.elements ?? []) {
    // Docs writes soft line breaks as vertical tabs; the model uses "\n", like the .docx reader.
    const content = (e.textRun?.content ?? "").replace(/\n$/, "").replace(/\u000b/g, "\n");
    if (content) runs.push({ text: content, ...runFormat(...base, e.textRun?.textStyle ?? undefined) });
  }
  const out: Paragraph = { type: "paragraph", text: runs.map((r) => r.text).join(""), runs };
  out.styleName = STYLE_NAMES[named] ?? named;
  const heading = /^HEADING_([1-6])$/.exec(named);
  if (heading) {
    out.headingLevel = Number(heading[1]);
    out.outlineLevel = Number(heading[1]) - 1;
  }
  const alignment = ALIGN[p.paragraphStyle?.alignment ?? ""];
  if (alignment) out.alignment = alignment;
  const label = p.bullet ? listLabel(ctx.doc.lists ?? {}, p.bullet, ctx.counters) : undefined;
  if (label) out.listLabel = label;
  const tags = tagsAt(ctx, el.startIndex);
  if (tags) out.contentControls = tags;
  return out;
}

/** Every paragraph of a cell, nested tables flattened in reading order. */
function cellParagraphs(ctx: Context, content: docs_v1.Schema$StructuralElement[]): Paragraph[] {
  return content.flatMap((el) => {
    if (el.paragraph) return [toParagraph(ctx, el, el.paragraph)];
    if (el.table) return (el.table.tableRows ?? []).flatMap((r) => (r.tableCells ?? []).flatMap((c) => cellParagraphs(ctx, c.content ?? [])));
    return [];
  });
}

const twips = (d: docs_v1.Schema$Dimension | undefined) => Math.round((d?.magnitude ?? 0) * 20);

export function docsToModel(doc: docs_v1.Schema$Document): DocsRead {
  const namedStyles = new Map<string, GStyle>();
  for (const s of doc.namedStyles?.styles ?? []) if (s.namedStyleType) namedStyles.set(s.namedStyleType, s.textStyle ?? {});
  const ranges = Object.values(doc.namedRanges ?? {}).flatMap((group) =>
    (group.namedRanges ?? []).flatMap((nr) =>
      (nr.name ?? "").startsWith("cchc:") ? (nr.ranges ?? []).map((r) => ({ name: nr.name ?? "", start: r.startIndex ?? 0, end: r.endIndex ?? 0 })) : [],
    ),
  );
  const ctx: Context = { doc, namedStyles, ranges, counters: new Map() };
  const blocks: Block[] = [];
  const headingIds: (string | undefined)[] = [];
  const starts: number[] = [];
  let lastHeading: string | undefined;
  for (const el of doc.body?.content ?? []) {
    if (el.paragraph) {
      const own = el.paragraph.paragraphStyle?.headingId ?? undefined;
      if (own) lastHeading = own;
      blocks.push(toParagraph(ctx, el, el.paragraph));
      headingIds.push(lastHeading);
      starts.push(el.startIndex ?? 0);
    } else if (el.table) {
      const rows: TableRow[] = (el.table.tableRows ?? []).map((r) => ({
        cells: (r.tableCells ?? []).map((c) => ({ paragraphs: cellParagraphs(ctx, c.content ?? []) })),
      }));
      const tags = tagsAt(ctx, el.startIndex);
      blocks.push({ type: "table", rows, ...(tags ? { contentControls: tags } : {}) });
      headingIds.push(lastHeading);
      starts.push(el.startIndex ?? 0);
    }
  }
  const ds = doc.documentStyle;
  const model: DocumentModel = { blocks };
  if (ds?.pageSize?.width && ds.pageSize.height) {
    model.page = {
      widthTwips: twips(ds.pageSize.width),
      heightTwips: twips(ds.pageSize.height),
      margins: { top: twips(ds.marginTop), bottom: twips(ds.marginBottom), left: twips(ds.marginLeft), right: twips(ds.marginRight) },
    };
  }
  const defaults = runFormat(namedStyles.get("NORMAL_TEXT"));
  if (Object.keys(defaults).length) model.defaults = defaults;
  return { model, headingIds, starts };
}
