/**
 * The in-memory document behind the Word stub: what Word holds, not what the API shows. Proxies (context.ts and the
 * object files) read and change it only inside context.sync(), as the real host does.
 */
export interface SFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Word.UnderlineType */
  underline: string;
  color: string;
}

export interface SRun {
  text: string;
  font: SFont;
}

export interface SControl {
  id: number;
  tag: string;
  title: string;
  placeholderText: string;
  appearance: string;
}

export interface SParagraph {
  kind: "p";
  id: number;
  runs: SRun[];
  /** Font of the paragraph mark: what typed or inserted text takes. */
  mark: SFont;
  styleBuiltIn: string;
  /** A custom (non built-in) style name, when set through `style`. */
  customStyle?: string;
  alignment: string;
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  /** Outline level of a body-text paragraph formatted by hand (1..9); headings take theirs from the style. */
  outlineLevel: number;
  list?: { listString: string; level: number };
  control?: SControl;
}

export interface SCell {
  paragraphs: SParagraph[];
  columnWidth: number;
}

export interface STable {
  kind: "t";
  id: number;
  rows: SCell[][];
  borders: Record<string, string>;
  headerRowCount: number;
}

export type SBlock = SParagraph | STable;

export interface SSelection {
  paragraph: SParagraph;
  start: number;
  end: number;
}

export interface SPage {
  widthTwips: number;
  heightTwips: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export type ChangeKind = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export interface StubState {
  blocks: SBlock[];
  selection: SSelection | undefined;
  page: SPage;
  nextId: number;
  syncCount: number;
  listeners: Map<ChangeKind, Set<(args: { type: string }) => Promise<void>>>;
}

export const DEFAULT_FONT: SFont = { name: "Times New Roman", size: 14, bold: false, italic: false, underline: "None", color: "#000000" };

/** An organisation's Normal template: A4, Decree 30 margins (top/bottom 20 mm, left 30 mm, right 15 mm). */
export const DEFAULT_PAGE: SPage = { widthTwips: 11906, heightTwips: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 851 } };

export function newState(): StubState {
  const state: StubState = { blocks: [], selection: undefined, page: DEFAULT_PAGE, nextId: 1, syncCount: 0, listeners: new Map() };
  state.blocks.push(newParagraph(state, ""));
  return state;
}

export function newParagraph(state: StubState, text: string, like?: SParagraph): SParagraph {
  const mark = { ...(like?.mark ?? DEFAULT_FONT) };
  return {
    kind: "p",
    id: state.nextId++,
    runs: text ? [{ text, font: { ...mark } }] : [],
    mark,
    styleBuiltIn: like?.styleBuiltIn ?? "Normal",
    ...(like?.customStyle ? { customStyle: like.customStyle } : {}),
    alignment: like?.alignment ?? "Left",
    firstLineIndent: like?.firstLineIndent ?? 0,
    spaceBefore: like?.spaceBefore ?? 0,
    spaceAfter: like?.spaceAfter ?? 0,
    lineSpacing: like?.lineSpacing ?? 12,
    outlineLevel: 10,
  };
}

export function rawText(p: SParagraph): string {
  return p.runs.map((r) => r.text).join("");
}

/** A content control left empty shows its placeholder text, as Word does (w:showingPlcHdr). */
export function showsPlaceholder(state: StubState, p: SParagraph): boolean {
  const c = p.control;
  if (!c || !c.placeholderText) return false;
  const members = allParagraphs(state).filter((q) => q.control === c);
  return members[0] === p && members.every((q) => rawText(q) === "");
}

export function visibleText(state: StubState, p: SParagraph): string {
  return showsPlaceholder(state, p) ? (p.control as SControl).placeholderText : rawText(p);
}

export interface Place {
  list: SBlock[] | SParagraph[];
  index: number;
  cell?: { table: STable; row: number; col: number };
}

/** Every paragraph in document order, table cells included (as body.paragraphs lists them). */
export function allParagraphs(state: StubState): SParagraph[] {
  const out: SParagraph[] = [];
  for (const b of state.blocks) {
    if (b.kind === "p") out.push(b);
    else for (const row of b.rows) for (const cell of row) out.push(...cell.paragraphs);
  }
  return out;
}

export function placeOf(state: StubState, p: SParagraph): Place {
  const top = state.blocks.indexOf(p);
  if (top >= 0) return { list: state.blocks, index: top };
  for (const b of state.blocks) {
    if (b.kind !== "t") continue;
    for (let r = 0; r < b.rows.length; r++) {
      const row = b.rows[r] as SCell[];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] as SCell;
        const i = cell.paragraphs.indexOf(p);
        if (i >= 0) return { list: cell.paragraphs, index: i, cell: { table: b, row: r, col: c } };
      }
    }
  }
  throw Object.assign(new Error("The requested resource doesn't exist."), { name: "RichApi.Error", code: "ItemNotFound" });
}

/** Inserts a paragraph next to `anchor` in the same container; it joins a content control only when strictly inside one. */
export function insertNextTo(state: StubState, anchor: SParagraph, text: string, where: "Before" | "After"): SParagraph {
  const place = placeOf(state, anchor);
  const p = newParagraph(state, text, anchor);
  const neighbour = place.list[where === "Before" ? place.index - 1 : place.index + 1];
  if (anchor.control && neighbour && neighbour.kind === "p" && neighbour.control === anchor.control) p.control = anchor.control;
  (place.list as SBlock[]).splice(where === "Before" ? place.index : place.index + 1, 0, p);
  notify(state, "ParagraphAdded");
  return p;
}

/** Applies a font patch to characters start..end, splitting runs at the edges. */
export function formatText(p: SParagraph, start: number, end: number, patch: Partial<SFont>): void {
  const runs: SRun[] = [];
  let at = 0;
  for (const run of p.runs) {
    const a = at;
    const b = at + run.text.length;
    at = b;
    const cuts = [a, Math.min(Math.max(start, a), b), Math.min(Math.max(end, a), b), b];
    for (let i = 0; i < 3; i++) {
      const s = cuts[i] as number;
      const e = cuts[i + 1] as number;
      if (e <= s) continue;
      runs.push({ text: run.text.slice(s - a, e - a), font: i === 1 ? { ...run.font, ...patch } : { ...run.font } });
    }
  }
  p.runs = runs;
}

export function notify(state: StubState, kind: ChangeKind): void {
  for (const listener of state.listeners.get(kind) ?? []) setTimeout(() => void listener({ type: kind }), 0);
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

/**
 * Removes a paragraph as Word's Paragraph.delete() does: the last paragraph of the body or of a table cell cannot go
 * (Word keeps the final mark), so it is emptied instead.
 */
export function deleteParagraph(state: StubState, p: SParagraph): void {
  const place = placeOf(state, p);
  const isLast = place.cell ? place.list.length === 1 : state.blocks.length === 1;
  if (isLast) {
    p.runs = [];
    delete p.control;
  } else (place.list as SBlock[]).splice(place.index, 1);
  if (state.selection?.paragraph === p) state.selection = undefined;
  notify(state, "ParagraphDeleted");
}
