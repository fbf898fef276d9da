/**
 * One open w:p: collects its properties, its runs' text with effective formatting, and any blocks met inside it
 * (text-box paragraphs, tables) that are emitted right after it.
 */
import type { Block, Paragraph, Run } from "../../../shared/model/document";
import type { ObjectBudget } from "../stages/budget";
import { ownCopy } from "../stages/own-copy";
import type { ListCounters } from "./list-counters";
import type { ParaProps, RunProps } from "../parts/props";
import type { ParagraphStyleInfo, RunFormat, StyleResolver } from "./style-resolver";

export interface ParagraphContext {
  styles: StyleResolver;
  lists: ListCounters;
  budget: ObjectBudget;
}

interface Resolved {
  info: ParagraphStyleInfo;
  listLabel?: string;
}

export class ParagraphBuilder {
  readonly kind = "paragraph";
  readonly props: ParaProps = {};
  /** The open w:r's own properties; undefined between runs. */
  run: { direct: RunProps; format?: RunFormat } | undefined;
  readonly pending: Block[] = [];
  private readonly parts: string[] = [];
  private readonly runs: Run[] = [];
  private lastFormat: RunFormat | undefined;
  private resolved: Resolved | undefined;

  constructor(
    private readonly ctx: ParagraphContext,
    /** Tags of the content controls around the paragraph, then those opened inside it. */
    readonly tags: string[],
    /** How many content controls were open when the paragraph started. */
    readonly sdtBase: number,
  ) {
    ctx.budget.take();
  }

  /**
   * Style and list label are settled once the properties are known (w:pPr comes first), and before any nested
   * paragraph can advance a list counter, so labels follow document order.
   */
  resolve(): Resolved {
    if (!this.resolved) {
      const info = this.ctx.styles.paragraph(this.props.styleId);
      const numId = this.props.numId ?? info.numId;
      const ilvl = this.props.ilvl ?? info.ilvl ?? 0;
      const listLabel = numId === undefined || numId === "0" ? undefined : this.ctx.lists.next(numId, ilvl);
      this.resolved = { info, listLabel };
    }
    return this.resolved;
  }

  startRun(): void {
    this.resolve();
    this.run = { direct: {} };
  }

  append(text: string): void {
    const run = this.run;
    if (!run || text === "") return;
    this.ctx.budget.take();
    const format = (run.format ??= this.ctx.styles.runFormat(this.resolve().info, run.direct));
    this.parts.push(text);
    const last = this.runs[this.runs.length - 1];
    // Adjacent runs that look the same are one run to a reader; merging keeps the model small.
    if (last && this.lastFormat && sameFormat(this.lastFormat, format)) last.text += text;
    else this.runs.push(toRun(text, format));
    this.lastFormat = format;
  }

  build(): Paragraph {
    const { info, listLabel } = this.resolve();
    // The text as a string of its own (a piece is a view of its decoded chunk), and each run's text a piece of it.
    const text = this.parts.length === 1 ? ownCopy(this.parts[0]!) : this.parts.join("");
    let at = 0;
    for (const run of this.runs) {
      const end = at + run.text.length;
      run.text = text.slice(at, end);
      at = end;
    }
    const paragraph: Paragraph = { type: "paragraph", text, runs: this.runs };
    if (info.styleName !== undefined) paragraph.styleName = info.styleName;
    if (info.headingLevel !== undefined) paragraph.headingLevel = info.headingLevel;
    // Word pins built-in heading N to outline level N-1 even when the style omits w:outlineLvl; 9 means body text.
    const headingOutline = info.headingLevel === undefined ? undefined : info.headingLevel - 1;
    const outline = this.props.outlineLvl ?? info.outlineLvl ?? headingOutline;
    if (outline !== undefined && outline >= 0 && outline <= 8) paragraph.outlineLevel = outline;
    if (listLabel !== undefined) paragraph.listLabel = listLabel;
    if (this.tags.length > 0) paragraph.contentControls = this.tags;
    paragraph.alignment = this.props.jc ?? info.jc ?? "left";
    return paragraph;
  }
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  if (a === b) return true;
  return (
    a.font === b.font && a.sizePt === b.sizePt && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline
  );
}

function toRun(text: string, f: RunFormat): Run {
  const run: Run = { text };
  if (f.font !== undefined) run.font = f.font;
  if (f.sizePt !== undefined) run.sizePt = f.sizePt;
  run.bold = f.bold;
  run.italic = f.italic;
  run.underline = f.underline;
  return run;
}
