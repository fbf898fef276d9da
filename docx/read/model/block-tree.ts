/**
 * The blocks under construction. Frames stack up as body → table → cell → paragraph, and a paragraph can hold more
 * (a text box opens paragraphs, even tables, inside a run). A finished block goes to the innermost collector:
 * after its enclosing paragraph, into its cell (a nested table flattened to its paragraphs), or into the body.
 */
import type { Block, Paragraph, Table, TableRow } from "../../../shared/model/document";
import type { ObjectBudget } from "../stages/budget";
import { ParagraphBuilder } from "./paragraph-builder";

type Frame =
  | { kind: "body" }
  | { kind: "table"; rows: TableRow[]; tags: string[] }
  | { kind: "cell"; paragraphs: Paragraph[] }
  | ParagraphBuilder;

export class BlockTree {
  readonly blocks: Block[] = [];
  private readonly frames: Frame[] = [];

  constructor(private readonly budget: ObjectBudget) {}

  openBody(): void {
    this.frames.push({ kind: "body" });
  }

  /** Runs belong to the paragraph on top of the stack; inside a table cell between paragraphs there is none. */
  paragraph(): ParagraphBuilder | undefined {
    const top = this.frames[this.frames.length - 1];
    return top instanceof ParagraphBuilder ? top : undefined;
  }

  openParagraph(paragraph: ParagraphBuilder): void {
    // A paragraph inside a text box must not take a list number before the paragraph that holds it.
    this.paragraph()?.resolve();
    this.frames.push(paragraph);
  }

  closeParagraph(): void {
    const top = this.frames[this.frames.length - 1];
    if (!(top instanceof ParagraphBuilder)) return;
    this.frames.pop();
    this.emit(top.build());
    for (const block of top.pending) this.emit(block);
  }

  openTable(tags: string[]): void {
    this.budget.take();
    this.paragraph()?.resolve();
    this.frames.push({ kind: "table", rows: [], tags });
  }

  openRow(): void {
    this.budget.take();
    this.table()?.rows.push({ cells: [] });
  }

  openCell(): void {
    this.budget.take();
    this.frames.push({ kind: "cell", paragraphs: [] });
  }

  closeCell(): void {
    const top = this.frames[this.frames.length - 1];
    if (top?.kind !== "cell") return;
    this.frames.pop();
    const table = this.table();
    if (!table) return;
    if (table.rows.length === 0) table.rows.push({ cells: [] });
    table.rows[table.rows.length - 1]?.cells.push({ paragraphs: top.paragraphs });
  }

  closeTable(): void {
    const top = this.frames[this.frames.length - 1];
    if (top?.kind !== "table") return;
    this.frames.pop();
    const table: Table = { type: "table", rows: top.rows };
    if (top.tags.length > 0) table.contentControls = top.tags;
    this.emit(table);
  }

  private emit(block: Block): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i];
      if (!frame || frame.kind === "table") continue;
      if (frame.kind === "paragraph") frame.pending.push(block);
      else if (frame.kind === "body") this.blocks.push(block);
      else if (block.type === "paragraph") frame.paragraphs.push(block);
      else for (const row of block.rows) for (const cell of row.cells) frame.paragraphs.push(...cell.paragraphs);
      return;
    }
  }

  private table(): Extract<Frame, { kind: "table" }> | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i];
      if (frame?.kind === "table") return frame;
    }
    return undefined;
  }
}
