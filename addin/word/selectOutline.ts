import { runWord } from "./run";

/** Tag prefix of the per-section content controls the outline inserts ("cchc:section:I" …). */
export const SECTION_TAG_PREFIX = "cchc:section:";

/** Whether the document already holds our outline (any section content control). */
export function hasOutline(): Promise<boolean> {
  return runWord(async (context) => {
    const controls = context.document.body.contentControls.load("tag");
    await context.sync();
    return controls.items.some((c) => c.tag.startsWith(SECTION_TAG_PREFIX));
  });
}

/** Moves the cursor to the first section of the existing outline instead of inserting a second one. */
export function selectOutline(): Promise<boolean> {
  return runWord(async (context) => {
    const controls = context.document.body.contentControls.load("tag");
    await context.sync();
    const first = controls.items.find((c) => c.tag.startsWith(SECTION_TAG_PREFIX));
    if (!first) return false;
    first.select("Start");
    await context.sync();
    return true;
  });
}
