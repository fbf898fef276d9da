import type { OutlineBlock, OutlineControl, OutlineTable } from "../../shared/outline/types";
import { paragraphXml, twips, type LinkIds } from "./runs";
import { escapeAttr } from "./xml";

const NO_BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="none" w:sz="0" w:space="0" w:color="auto"/>`)
  .join("");
const SINGLE_BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join("");

/** w:tbl = tblPr, tblGrid, tr*; tblPr children in schema order: tblW, tblBorders, tblLayout, tblCellMar? (omitted), tblLook. */
function tableXml(t: OutlineTable, links?: LinkIds): string {
  const widths = t.columnWidthsPt.map(twips);
  const total = widths.reduce((a, b) => a + b, 0);
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>` +
    `<w:tblBorders>${t.borders ? SINGLE_BORDERS : NO_BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = t.rows
    .map((row) => {
      const trPr = row.header ? "<w:trPr><w:tblHeader/></w:trPr>" : "";
      const cells = row.cells
        .map((cell, i) => {
          // A cell must hold at least one paragraph, and must end with one.
          const body = cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => paragraphXml(p, false, links)).join("") : "<w:p/>";
          return `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 0}" w:type="dxa"/></w:tcPr>${body}</w:tc>`;
        })
        .join("");
      return `<w:tr>${trPr}${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

/** Block-level rich-text content control; w:sdtPr children in schema order: alias, tag, id, showingPlcHdr, richText. */
function controlXml(c: OutlineControl, id: number, links?: LinkIds): string {
  const plc = c.placeholder ? "<w:showingPlcHdr/>" : "";
  const sdtPr = `<w:sdtPr><w:alias w:val="${escapeAttr(c.title)}"/><w:tag w:val="${escapeAttr(c.tag)}"/><w:id w:val="${id}"/>${plc}<w:richText/></w:sdtPr>`;
  const body = c.paragraphs.length > 0 ? c.paragraphs.map((p) => paragraphXml(p, c.placeholder, links)).join("") : "<w:p/>";
  return `<w:sdt>${sdtPr}<w:sdtContent>${body}</w:sdtContent></w:sdt>`;
}

/** Body blocks in order; content control ids are small positive integers, unique in the document. */
export function blocksXml(blocks: readonly OutlineBlock[], links?: LinkIds): string {
  let nextId = 1;
  return blocks
    .map((b) => {
      if (b.kind === "paragraph") return paragraphXml(b, false, links);
      if (b.kind === "table") return tableXml(b, links);
      return controlXml(b, nextId++, links);
    })
    .join("");
}
