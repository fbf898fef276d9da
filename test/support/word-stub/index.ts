import type * as W from "../../../addin/word/office";
import { createHooks, type WordStubHooks } from "./hooks";
import { createOffice, type OfficeControl, type OfficeOptions } from "./office";
import { newState, type StubState } from "./state";
import { createWord } from "./word";

export type { WordStubHooks } from "./hooks";
export type { OfficeOptions } from "./office";

export interface WordStub {
  state: StubState;
  hooks: WordStubHooks;
  Word: W.WordNamespace;
  Office: W.OfficeNamespace;
  uninstall(): void;
}

/**
 * Installs an in-memory Word + Office as the globals office.js would define (globalThis.Word, globalThis.Office).
 * Jest tests call it directly; the e2e bundle (browser.ts) calls it in the page instead of loading office.js.
 */
export function installWordStub(options: OfficeOptions = {}): WordStub {
  const state = newState();
  const control: OfficeControl = { openFiles: 0, failNextSlice: false };
  const Word = createWord(state);
  const Office = createOffice(state, options, control);
  const g = globalThis as unknown as { Word?: unknown; Office?: unknown };
  const previous = { Word: g.Word, Office: g.Office };
  g.Word = Word;
  g.Office = Office;
  return {
    state,
    hooks: createHooks(state, control),
    Word,
    Office,
    uninstall() {
      g.Word = previous.Word;
      g.Office = previous.Office;
    },
  };
}
