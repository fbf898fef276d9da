import type { Location } from "../../shared/model/findings";

/**
 * Where each block of the model came from in Word: paragraph indexes into body.paragraphs (which includes table
 * paragraphs), with the text seen at read time so a stale finding is detected instead of selecting the wrong range.
 */
export interface ParagraphRef {
  index: number;
  text: string;
}

export type BlockRef = { kind: "paragraph"; para: ParagraphRef } | { kind: "table"; rows: ParagraphRef[][][] };

export type LocationIndex = BlockRef[];

/** The Word paragraph a finding points at: the block's paragraph, or the cell paragraph inside a table. */
export function paragraphAt(index: LocationIndex, location: Location): ParagraphRef | undefined {
  const block = index[location.block];
  if (!block) return undefined;
  if (block.kind === "paragraph") return block.para;
  const row = block.rows[location.row ?? 0];
  const cell = row?.[location.cell ?? 0];
  return cell?.[location.paragraph ?? 0] ?? cell?.[0];
}

/** First Word paragraph of a block (the anchor to insert before it). */
export function firstParagraphOf(index: LocationIndex, block: number): ParagraphRef | undefined {
  const ref = index[block];
  if (!ref) return undefined;
  if (ref.kind === "paragraph") return ref.para;
  for (const row of ref.rows) for (const cell of row) if (cell[0]) return cell[0];
  return undefined;
}
