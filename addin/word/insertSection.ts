import { CodedError } from "../../shared/errors/codes";
import type { OutlineBlock } from "../../shared/outline/types";
import { firstParagraphOf, type LocationIndex } from "./locations";
import type { Paragraph, RequestContext } from "./office";
import { renderBlocks } from "./renderBlocks";
import { runWord } from "./run";

/**
 * "Thêm mục": inserts a missing section's blocks (heading, writing area, table) before the block the rule engine
 * named, or at the end of the body when it named none. The cursor lands in the new writing area.
 */
export function insertSection(blocks: readonly OutlineBlock[], index: LocationIndex, beforeBlock?: number): Promise<void> {
  return runWord(async (context) => {
    const anchor = await anchorFor(context, index, beforeBlock);
    const controls = renderBlocks(anchor, blocks);
    controls[0]?.select("Start");
    await context.sync();
  });
}

async function anchorFor(context: RequestContext, index: LocationIndex, beforeBlock?: number): Promise<Paragraph> {
  const body = context.document.body;
  if (beforeBlock === undefined) return body.insertParagraph("", "End");
  const ref = firstParagraphOf(index, beforeBlock);
  if (!ref) throw new CodedError("office.staleLocation", `no block ${beforeBlock}`);
  const paragraphs = body.paragraphs.load("text,tableNestingLevel");
  await context.sync();
  const target = paragraphs.items[ref.index];
  if (!target || target.text.replace(/\u000b/g, "\n") !== ref.text) throw new CodedError("office.staleLocation", `block ${beforeBlock} changed`);
  // Inserting "Before" a cell paragraph would land inside the table: open a paragraph before the table instead.
  if (target.tableNestingLevel > 0) return target.parentTableOrNullObject.insertParagraph("", "Before");
  return target;
}
