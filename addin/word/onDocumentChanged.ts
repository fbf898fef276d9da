import type { EventHandlerResult, WordDocument } from "./office";
import { runWord, wordApi } from "./run";

export type Unsubscribe = () => Promise<void>;

/**
 * Calls `listener` when the clerk adds, changes or deletes paragraphs (WordApi 1.6 document events). Returns
 * undefined where Word has no such events: the pane then re-checks only on demand.
 */
export async function onDocumentChanged(listener: () => void, supported: boolean): Promise<Unsubscribe | undefined> {
  if (!supported) return undefined;
  const handler = async (): Promise<void> => listener();
  const { doc, results } = await runWord(async (context): Promise<{ doc: WordDocument; results: EventHandlerResult[] }> => {
    const doc = context.document;
    const results = [doc.onParagraphAdded.add(handler), doc.onParagraphChanged.add(handler), doc.onParagraphDeleted.add(handler)];
    await context.sync();
    return { doc, results };
  });
  return async () => {
    // Handlers are removed in the context they were added with, as Office requires: the document object's.
    await wordApi().run(doc, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  };
}
