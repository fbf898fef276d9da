import type { OutlineDoc } from "../../shared/outline/types";
import type { Paragraph, RequestContext } from "./office";
import { renderBlocks } from "./renderBlocks";
import { runWord } from "./run";
import { SECTION_TAG_PREFIX } from "./selectOutline";

export interface DocumentState {
  /** Nothing but whitespace: the outline goes at the start without asking. */
  empty: boolean;
  /** Our section content controls are already there: offer to go to them instead. */
  hasOutline: boolean;
}

/** One round trip to decide how "Chèn đề cương" proceeds. */
export function inspectDocument(): Promise<DocumentState> {
  return runWord(async (context) => {
    const body = context.document.body.load("text");
    const controls = context.document.body.contentControls.load("tag");
    await context.sync();
    return {
      empty: body.text.trim() === "",
      hasOutline: controls.items.some((c) => c.tag.startsWith(SECTION_TAG_PREFIX)),
    };
  });
}

export type InsertWhere = "start" | "cursor";

/**
 * Renders the shared outline (the same OutlineDoc `cchc outline` writes to .docx) in one batch: at the start of an
 * empty document, or after the current selection once the clerk has confirmed. The cursor ends in section I.
 */
export function insertOutline(doc: OutlineDoc, where: InsertWhere): Promise<void> {
  return runWord(async (context) => {
    const anchor = anchorFor(context, where);
    const controls = renderBlocks(anchor, doc.blocks);
    controls[0]?.select("Start");
    await context.sync();
  });
}

function anchorFor(context: RequestContext, where: InsertWhere): Paragraph {
  if (where === "start") return context.document.body.paragraphs.getFirst();
  return context.document.getSelection().insertParagraph("", "After");
}
