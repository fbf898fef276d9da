import type { DocumentModel, Paragraph } from "../shared/model/document";
import type { Location } from "../shared/model/findings";

const MAX = 100;

function paragraphAt(doc: DocumentModel, loc: Location): Paragraph | undefined {
  const block = doc.blocks[loc.block];
  if (!block) return undefined;
  if (block.type === "paragraph") return block;
  return block.rows[loc.row ?? 0]?.cells[loc.cell ?? 0]?.paragraphs[loc.paragraph ?? 0];
}

/** The text a finding points at, shortened for a terminal line; the whole paragraph when no span is given. */
export function excerptAt(doc: DocumentModel, loc: Location | undefined): string | undefined {
  if (!loc) return undefined;
  const text = paragraphAt(doc, loc)?.text;
  if (text === undefined) return undefined;
  const span = loc.start !== undefined ? text.slice(loc.start, loc.end ?? text.length) : text;
  const one = (span.trim() === "" ? text : span).replace(/\s+/g, " ").trim();
  if (one === "") return undefined;
  return one.length > MAX ? `${one.slice(0, MAX - 1)}…` : one;
}
