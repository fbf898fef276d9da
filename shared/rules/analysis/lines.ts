import type { DocumentModel, Paragraph, Run } from "../../model/document";
import type { Location } from "../../model/findings";
import { foldLazily, wordsOfFolded, type FoldedLine, type FoldedText } from "../../text/fold";

/** Where a line sits when it comes from a table: enough to find its row, column and neighbours. */
export interface CellPosition {
  row: number;
  cell: number;
  paragraph: number;
  /** Cells in this row (merged cells count once). */
  cells: number;
  /** Cells of this row that hold any text: a one-cell row reads like a paragraph. */
  filledCells: number;
  /** The first row of a table whose other rows are all blank: a template's column headers, not content. */
  headerOnly: boolean;
}

/**
 * One visual line of the document: a paragraph, or the part of it between manual line breaks ("\n"), in reading
 * order, table cells included (row by row). Every rule works on lines, so a heading typed in a table cell or a
 * header written as "CỘNG HÒA…\nĐộc lập…" in one paragraph is seen like any other.
 */
export class Line {
  private foldedCache?: FoldedLine;
  private lengthCache?: number;
  private emptyCache?: boolean;

  constructor(
    readonly index: number,
    readonly block: number,
    readonly para: Paragraph,
    /** Offset of this line in the paragraph's text. */
    readonly offset: number,
    readonly text: string,
    readonly cellPos: CellPosition | undefined,
    readonly format: LineFormat,
    private readonly runs: readonly RunSpan[] = [],
    private readonly defaults: Defaults = {},
  ) {}

  /**
   * Formatting of [start, end) of this line alone: a footer typed with tabs holds "Nơi nhận:" and the signer's
   * title on one line, and each is judged by its own characters.
   */
  formatOf(start: number, end: number): LineFormat {
    if (start <= 0 && end >= this.text.length) return this.format;
    return formatOf(this.runs, this.offset + start, this.text.slice(start, end), this.defaults);
  }

  /**
   * Folded text with its map to offsets in `text`; computed once, on first use (folding is the costly step), and
   * shared by every rule family. The map is built only when a match needs its offsets.
   */
  get folded(): FoldedText {
    this.foldedCache ??= foldLazily(this.text);
    return this.foldedCache;
  }

  /** Folded text reduced to words ("i ket qua dat duoc"), as text.ts words() would give. */
  get words(): string {
    this.foldedCache ??= foldLazily(this.text);
    return this.foldedCache.words;
  }

  /**
   * words() of the text from `offset` on (after a typed numeral), reusing this line's folding; with `limit`, only
   * its first `limit` or so characters (for a startsWith test on a long line).
   */
  wordsFrom(offset: number, limit?: number): string {
    if (offset === 0 && limit === undefined) return this.words;
    const { text, map } = this.folded;
    // map is ascending: the first folded character at or after `offset`, by bisection.
    let lo = 0;
    let hi = map.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (map[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return wordsOfFolded(text, lo, limit);
  }

  /** Length in precomposed (NFC) form: length limits must not depend on how the text was encoded. */
  get length(): number {
    this.lengthCache ??= this.text.normalize("NFC").length;
    return this.lengthCache;
  }

  /** No letter or digit: asked by most rules of most lines, so answered once. */
  get isEmpty(): boolean {
    this.emptyCache ??= !/[\p{L}\p{N}]/u.test(this.text);
    return this.emptyCache;
  }

  get inTable(): boolean {
    return this.cellPos !== undefined;
  }

  /** Location of the whole line, or of [start, end) inside it. */
  location(start?: number, end?: number): Location {
    const loc: Location = { block: this.block };
    if (this.cellPos) {
      loc.row = this.cellPos.row;
      loc.cell = this.cellPos.cell;
      loc.paragraph = this.cellPos.paragraph;
    }
    const from = this.offset + (start ?? 0);
    const to = this.offset + (end ?? this.text.length);
    if (start !== undefined || this.offset > 0 || this.text.length < this.para.text.length) {
      loc.start = from;
      loc.end = to;
    }
    return loc;
  }
}

/** Effective formatting of a line, by majority of its visible characters. */
export interface LineFormat {
  bold: boolean;
  italic: boolean;
  /** All letters upper case (and at least two of them). */
  caps: boolean;
  font?: string;
  sizePt?: number;
  /** Visible (non-space) characters whose font / size is known: the weight of this line in format statistics. */
  visible: number;
}

export function linearise(doc: DocumentModel): Line[] {
  const lines: Line[] = [];
  const defaults = doc.defaults ?? {};
  doc.blocks.forEach((block, b) => {
    if (block.type === "paragraph") {
      pushParagraph(lines, b, block, undefined, defaults);
      return;
    }
    const filled = block.rows.map((row) => row.cells.filter((c) => c.paragraphs.some((p) => p.text.trim() !== "")).length);
    const blankBelowHeader = filled.slice(1).every((n) => n === 0);
    block.rows.forEach((row, r) => {
      const headerOnly = r === 0 && blankBelowHeader && block.rows.length > 1;
      const at = { row: r, cells: row.cells.length, filledCells: filled[r] ?? 0, headerOnly };
      row.cells.forEach((cell, c) => {
        cell.paragraphs.forEach((p, i) => pushParagraph(lines, b, p, { ...at, cell: c, paragraph: i }, defaults));
      });
    });
  });
  return lines;
}

type Defaults = Omit<Run, "text">;

function pushParagraph(lines: Line[], block: number, para: Paragraph, pos: CellPosition | undefined, d: Defaults) {
  const runs = runSpans(para);
  let offset = 0;
  for (const part of para.text.split("\n")) {
    lines.push(new Line(lines.length, block, para, offset, part, pos, formatOf(runs, offset, part, d), runs, d));
    offset += part.length + 1;
  }
}

interface RunSpan {
  start: number;
  end: number;
  run: Run;
  aligned: boolean;
}

/**
 * Run offsets in the paragraph text. When the runs do not add up to the text (a reader that drops fields, say),
 * every run is taken to cover the whole paragraph and weighs by its own length.
 */
function runSpans(para: Paragraph): RunSpan[] {
  const spans: RunSpan[] = [];
  let at = 0;
  for (const run of para.runs) {
    spans.push({ start: at, end: at + run.text.length, run, aligned: true });
    at += run.text.length;
  }
  if (at === para.text.length) return spans;
  return para.runs.map((run) => ({ start: 0, end: para.text.length, run, aligned: false }));
}

function formatOf(spans: readonly RunSpan[], offset: number, text: string, d: Defaults): LineFormat {
  const end = offset + text.length;
  let visible = 0;
  let bold = 0;
  let italic = 0;
  const fonts = new Tally<string>();
  const sizes = new Tally<number>();
  for (const s of spans) {
    const from = Math.max(s.start, offset);
    const to = Math.min(s.end, end);
    if (to <= from) continue;
    const n = s.aligned ? countVisible(text, from - offset, to - offset) : countVisible(s.run.text, 0, s.run.text.length);
    if (n === 0) continue;
    visible += n;
    if (s.run.bold ?? d.bold) bold += n;
    if (s.run.italic ?? d.italic) italic += n;
    const font = s.run.font ?? d.font;
    if (font) fonts.add(font, n);
    const size = s.run.sizePt ?? d.sizePt;
    if (size !== undefined) sizes.add(size, n);
  }
  return {
    bold: visible > 0 && bold * 2 > visible,
    italic: visible > 0 && italic * 2 > visible,
    caps: isCaps(text),
    font: fonts.majority(),
    sizePt: sizes.majority(),
    visible,
  };
}

function countVisible(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 0xa0) n++;
  return n;
}

/** Weights per key; a line nearly always has one font and one size, so a Map is made only for a second key. */
class Tally<K> {
  private only: K | undefined;
  private onlyWeight = 0;
  private many: Map<K, number> | undefined;

  add(key: K, weight: number): void {
    if (this.many) this.many.set(key, (this.many.get(key) ?? 0) + weight);
    else if (this.only === undefined || this.only === key) {
      this.only = key;
      this.onlyWeight += weight;
    } else {
      this.many = new Map([[this.only, this.onlyWeight]]);
      this.many.set(key, weight);
    }
  }

  /** The heaviest key, the first added on a tie. */
  majority(): K | undefined {
    if (!this.many) return this.onlyWeight > 0 ? this.only : undefined;
    let best: K | undefined;
    let most = 0;
    for (const [k, n] of this.many) {
      if (n > most) {
        best = k;
        most = n;
      }
    }
    return best;
  }
}

/** Upper case with at least two letters; works for NFD too (combining marks have no case). */
export function isCaps(s: string): boolean {
  // Most lines hold a plain lower-case letter early: answered without building the upper-case copy.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  if (s !== s.toUpperCase()) return false;
  let letters = 0;
  for (const ch of s) if (ch.toLowerCase() !== ch && ++letters >= 2) return true;
  return false;
}
