import type { Line } from "../rules/analysis/lines";
import { numberingOf } from "../rules/analysis/numbering";

/** The line without its typed numeral or bullet ("1. Về thể chế: …" → "Về thể chế: …"): excerpts read on their own. */
export function ownText(line: Line): string {
  return numberingOf(line.text).rest.trim();
}
