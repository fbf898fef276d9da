import type { EventHandlerResult } from "./office";
import { runWord, wordApi } from "./run";

export type Unsubscribe = () => Promise<void>;

/**
 * Calls `listener` when the clerk adds, changes or deletes paragraphs (WordApi 1.6 document events). Returns
 * undefined where Word has no such events: the pane then re-checks only on demand.
 */
export async function onDocumentChanged(listener: () => void, supported: boolean): Promise<Unsubscribe | undefined> {
  if (!supported) return undefined;
  const handler = async (): Promise<void> => listener();
  const results: EventHandlerResult[] = await runWord(async (context) => {
    const doc = context.document;
    const added = [doc.onParagraphAdded.add(handler), doc.onParagraphChanged.add(handler), doc.onParagraphDeleted.add(handler)];
    await context.sync();
    return added;
  });
  return async () => {
    const first = results[0];
    if (!first) return;
    // Handlers are removed in the context they were added with, as Office requires.
    await wordApi().run(first.context, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  };
}
