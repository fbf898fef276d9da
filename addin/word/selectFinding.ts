import { CodedError } from "../../shared/errors/codes";
import type { Location } from "../../shared/model/findings";
import { paragraphAt, type LocationIndex } from "./locations";
import { runWord } from "./run";

/** Word's search takes at most 255 characters and treats "^" as a special-character escape. */
const SEARCHABLE = /^[^^]{1,255}$/;

/**
 * Selects (and so scrolls to) the range a finding points at: the characters start..end when they can be found in the
 * paragraph, else the whole paragraph. A paragraph whose text changed since the check is reported, not guessed.
 */
export function selectFinding(index: LocationIndex, location: Location): Promise<void> {
  const ref = paragraphAt(index, location);
  if (!ref) return Promise.reject(new CodedError("office.staleLocation", `no paragraph for block ${location.block}`));
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("text");
    await context.sync();
    const paragraph = paragraphs.items[ref.index];
    if (!paragraph || paragraph.text.replace(/\u000b/g, "\n") !== ref.text) {
      throw new CodedError("office.staleLocation", `paragraph ${ref.index} changed`);
    }
    const part = location.start !== undefined && location.end !== undefined ? ref.text.slice(location.start, location.end) : "";
    if (part.trim() && SEARCHABLE.test(part)) {
      const hit = paragraph.search(part, { matchCase: true }).getFirstOrNullObject().load("text");
      await context.sync();
      if (!hit.isNullObject) {
        hit.select();
        await context.sync();
        return;
      }
    }
    paragraph.select();
    await context.sync();
  });
}
