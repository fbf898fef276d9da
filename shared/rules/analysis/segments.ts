import type { Line } from "./lines";

/**
 * A piece of a line between column gaps. Headers and footers typed without a table put two columns on one line
 * with tabs or runs of spaces ("SỞ TƯ PHÁP\t\tCỘNG HÒA XÃ HỘI…"); each column is judged on its own.
 */
export interface Segment {
  line: Line;
  /** Offsets in line.text. */
  start: number;
  end: number;
  text: string;
}

const COLUMN_GAP = /\t+| {3,}/g;

export function segmentsOf(line: Line): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const push = (end: number) => {
    const raw = line.text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ line, start: at + lead, end: at + lead + text.length, text });
  };
  for (const gap of line.text.matchAll(COLUMN_GAP)) {
    push(gap.index);
    at = gap.index + gap[0].length;
  }
  push(line.text.length);
  return out;
}
