import { controlParagraphs, allControls } from "./control";
import { toDocx } from "./docx";
import type { OfficeControl } from "./office";
import { allParagraphs, insertNextTo, newState, notify, rawText, showsPlaceholder, visibleText, type STable, type StubState } from "./state";
import { replaceText, spanText } from "./text";

/**
 * What a person does in Word, for tests: type into a section's writing area, overwrite a blank, fill a table cell.
 * Every change fires the paragraph-change events the add-in listens to, like typing does.
 */
export interface WordStubHooks {
  paragraphs(): string[];
  typeInSection(key: string, paragraphs: string[]): void;
  replaceText(find: string, replacement: string): boolean;
  typeInCell(tableIndex: number, row: number, col: number, text: string): void;
  selectionText(): string;
  /** Clicks at the very end of the document. */
  moveCursorToEnd(): void;
  /** Tag of the content control holding the selection, if any. */
  selectionTag(): string | undefined;
  syncCount(): number;
  openFiles(): number;
  failNextSlice(): void;
  docx(): Uint8Array;
  reset(): void;
}

function tableAt(state: StubState, index: number): STable {
  const table = state.blocks.filter((b): b is STable => b.kind === "t")[index];
  if (!table) throw new Error(`word-stub: no table #${index}`);
  return table;
}

export function createHooks(state: StubState, control: OfficeControl): WordStubHooks {
  return {
    paragraphs: () => allParagraphs(state).map((p) => visibleText(state, p)),
    typeInSection(key, texts) {
      const c = allControls(state).find((x) => x.tag === `cchc:section:${key}`);
      if (!c) throw new Error(`word-stub: no content control cchc:section:${key}`);
      const [first, ...extra] = controlParagraphs(state, c);
      if (!first) throw new Error("word-stub: empty content control");
      for (const p of extra) p.runs = [];
      first.runs = texts[0] ? [{ text: texts[0], font: { ...first.mark } }] : [];
      let last = extra[extra.length - 1] ?? first;
      texts.slice(1).forEach((t, i) => {
        const reuse = extra[i];
        if (reuse) reuse.runs = [{ text: t, font: { ...reuse.mark } }];
        else {
          last = insertNextTo(state, last, t, "After");
          last.control = c;
        }
      });
      notify(state, "ParagraphChanged");
    },
    replaceText(find, replacement) {
      for (const p of allParagraphs(state)) {
        if (showsPlaceholder(state, p)) continue;
        const at = rawText(p).indexOf(find);
        if (at >= 0) {
          replaceText(state, p, at, at + find.length, replacement);
          return true;
        }
      }
      return false;
    },
    typeInCell(tableIndex, row, col, text) {
      const cell = tableAt(state, tableIndex).rows[row]?.[col];
      const p = cell?.paragraphs[0];
      if (!p) throw new Error(`word-stub: no cell ${row},${col}`);
      replaceText(state, p, 0, rawText(p).length, text);
    },
    selectionText() {
      const sel = state.selection;
      if (!sel) return "";
      return spanText({ state, paragraphs: [sel.paragraph], start: sel.start, end: sel.end });
    },
    moveCursorToEnd() {
      const last = allParagraphs(state).at(-1);
      if (last) state.selection = { paragraph: last, start: visibleText(state, last).length, end: visibleText(state, last).length };
    },
    selectionTag: () => state.selection?.paragraph.control?.tag,
    syncCount: () => state.syncCount,
    openFiles: () => control.openFiles,
    failNextSlice() {
      control.failNextSlice = true;
    },
    docx: () => toDocx(state),
    reset() {
      Object.assign(state, { ...newState(), listeners: state.listeners, syncCount: state.syncCount });
    },
  };
}
