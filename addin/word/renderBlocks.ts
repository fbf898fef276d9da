import type { OutlineBlock, OutlineControl, OutlineParagraph, OutlineRun, OutlineStyle, OutlineTable } from "../../shared/outline/types";
import type { BorderLocation, ContentControl, Font, Paragraph, WordAlignment } from "./office";

const STYLE: Record<OutlineStyle, string> = { Normal: "Normal", "heading 1": "Heading1", Title: "Title" };
const ALIGN: Record<OutlineParagraph["alignment"], WordAlignment> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  justify: "Justified",
};
const ALL_BORDERS: BorderLocation[] = ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"];

/**
 * Queues the outline blocks before `anchor`, in order, without syncing: the caller syncs once. Inserting every block
 * "Before" the same anchor keeps document order. Returns the section content controls created, in order.
 */
export function renderBlocks(anchor: Paragraph, blocks: readonly OutlineBlock[]): ContentControl[] {
  const controls: ContentControl[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") writeParagraph(anchor.insertParagraph("", "Before"), block);
    else if (block.kind === "table") writeTable(anchor, block);
    else controls.push(writeControl(anchor, block));
  }
  return controls;
}

function writeParagraph(p: Paragraph, op: OutlineParagraph): void {
  // Style first: applying a paragraph style afterwards would reset the direct run formatting set below.
  p.styleBuiltIn = STYLE[op.style];
  p.alignment = ALIGN[op.alignment];
  if (op.firstLineIndentPt !== undefined) p.firstLineIndent = op.firstLineIndentPt;
  if (op.spaceBeforePt !== undefined) p.spaceBefore = op.spaceBeforePt;
  if (op.spaceAfterPt !== undefined) p.spaceAfter = op.spaceAfterPt;
  if (op.lineSpacing !== undefined) p.lineSpacing = op.lineSpacing * 12;
  const first = op.runs[0];
  if (first) setFont(p.font, first);
  for (const run of op.runs) if (run.text) setFont(p.insertText(run.text, "End").font, run);
}

function setFont(font: Font, run: OutlineRun): void {
  font.name = run.font;
  font.size = run.sizePt;
  font.bold = run.bold === true;
  font.italic = run.italic === true;
  font.underline = run.underline ? "Single" : "None";
  // Built-in heading styles are coloured; Decree 30 wants black text (Word dims placeholder text by itself).
  font.color = "#000000";
}

function writeControl(anchor: Paragraph, block: OutlineControl): ContentControl {
  const [first, ...rest] = block.paragraphs;
  let control: ContentControl;
  if (block.placeholder || !first) {
    // An empty control showing placeholderText: Word dims it and removes it as soon as the clerk types.
    const p = anchor.insertParagraph("", "Before");
    if (first) writeParagraph(p, { ...first, runs: first.runs.map((r) => ({ ...r, text: "" })) });
    control = p.insertContentControl();
    control.placeholderText = block.paragraphs.map((op) => op.runs.map((r) => r.text).join("")).join(" ");
  } else {
    const firstP = anchor.insertParagraph("", "Before");
    writeParagraph(firstP, first);
    let lastP = firstP;
    for (const op of rest) {
      lastP = anchor.insertParagraph("", "Before");
      writeParagraph(lastP, op);
    }
    control = rest.length === 0 ? firstP.insertContentControl() : firstP.getRange("Whole").expandTo(lastP.getRange("Whole")).insertContentControl();
  }
  control.tag = block.tag;
  control.title = block.title;
  control.appearance = "BoundingBox";
  return control;
}

function writeTable(anchor: Paragraph, block: OutlineTable): void {
  const columns = Math.max(1, ...block.rows.map((r) => r.cells.length));
  const empty = block.rows.map(() => Array.from({ length: columns }, () => ""));
  const table = anchor.insertTable(block.rows.length, columns, "Before", empty);
  if (!block.borders) for (const where of ALL_BORDERS) table.getBorder(where).type = "None";
  const headerRows = block.rows.findIndex((r) => !r.header);
  if (headerRows > 0) table.headerRowCount = headerRows;
  block.columnWidthsPt.forEach((width, c) => {
    if (c < columns) table.getCell(0, c).columnWidth = width;
  });
  block.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      const body = table.getCell(r, c).body;
      cell.paragraphs.forEach((op, i) => writeParagraph(i === 0 ? body.paragraphs.getFirst() : body.insertParagraph("", "End"), op));
    }),
  );
}
