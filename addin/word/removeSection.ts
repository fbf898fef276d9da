import { CodedError } from "../../shared/errors/codes";
import type { SectionKey } from "../../shared/campaign/schema";
import { sectionTag } from "../../shared/outline/sections";
import type { LocationIndex, ParagraphRef } from "./locations";
import type { ContentControl, Paragraph } from "./office";
import { runWord } from "./run";

export interface RemoveSectionTarget {
  section: SectionKey;
  /** Blocks of the model, inclusive: the heading's and the section's last. */
  fromBlock: number;
  toBlock: number;
}

/**
 * "Xóa mục": deletes an optional section the unit has nothing to say in, heading, writing area and tables alike.
 * The outline's writing area goes as one content control (delete(false) takes its paragraphs with it); the other
 * paragraphs one by one, tables whole. Every paragraph is checked against the text seen at the check, so a document
 * edited since is reported (office.staleLocation) rather than cut in the wrong place.
 */
export function removeSection(index: LocationIndex, target: RemoveSectionTarget): Promise<void> {
  const { fromBlock, toBlock } = target;
  const blocks = index.slice(fromBlock, toBlock + 1);
  if (blocks.length !== toBlock - fromBlock + 1 || blocks.length === 0) {
    return Promise.reject(new CodedError("office.staleLocation", `no blocks ${fromBlock}..${toBlock}`));
  }
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("text");
    await context.sync();
    const at = (ref: ParagraphRef): Paragraph => {
      const p = paragraphs.items[ref.index];
      if (!p || p.text.replace(/\u000b/g, "\n") !== ref.text) throw new CodedError("office.staleLocation", `paragraph ${ref.index} changed`);
      return p;
    };
    const loose: { paragraph: Paragraph; control: ContentControl }[] = [];
    const tables: Paragraph[] = [];
    for (const block of blocks) {
      if (block.kind === "table") {
        const first = block.rows.flat(2)[0];
        if (first) tables.push(at(first));
        continue;
      }
      const paragraph = at(block.para);
      loose.push({ paragraph, control: paragraph.parentContentControlOrNullObject.load("id,tag") });
    }
    await context.sync();
    const tag = sectionTag(target.section);
    const controls = new Map<number, ContentControl>();
    for (const { paragraph, control } of loose) {
      if (!control.isNullObject && control.tag === tag) controls.set(control.id, control);
      else paragraph.delete();
    }
    for (const control of controls.values()) control.delete(false);
    for (const cellParagraph of tables) cellParagraph.parentTableOrNullObject.delete();
    await context.sync();
  });
}
