import type { Line } from "../rules/lines";
import { unitCountsIn } from "../rules/counts";
import { clip } from "../rules/text";
import { fold } from "../text/fold";
import type { InspectedFigure } from "./schema";

const EXCERPT_MAX = 300;

/** The rule engine's own test of a number tied to units (counts.ts), so the summary reads §I as the rules do. */
const statesUnitCount = (text: string): boolean => unitCountsIn(text).length > 0;
const RATIO = /(?<![\d/.,])(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])/g;
const NUMBER = /(?<![\d/.,])(\d{1,4})(?![\d/.,]\d)/g;
const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan tram\b)/;

/**
 * §I's figure of units inspected, as the report states it. The line is chosen by the rule engine's own reading
 * (counts.ts unitCountsIn), preferring one that speaks of inspecting; the numbers are then read from that line,
 * each candidate confirmed by the same reading, so "35 dự thảo" or a date is never taken for a count.
 */
export function readInspected(lines: readonly Line[]): InspectedFigure | undefined {
  const stating = lines.filter((l) => statesUnitCount(l.text));
  const line = stating.find((l) => /\bkiem tra\b/.test(l.words)) ?? stating[0];
  if (!line) return undefined;
  // Numbers are read on the text as written: the rule engine tells "sở" from "số" by their tones.
  const t = line.text.normalize("NFC");
  const f = fold(line.text);
  const figure: InspectedFigure = { excerpt: clip(line.text, EXCERPT_MAX) };
  const ratio = [...t.matchAll(RATIO)].find((m) => Number(m[1]) <= Number(m[2]) && statesUnitCount(nounPhrase(t, m.index)));
  if (ratio) {
    figure.count = Number(ratio[1]);
    figure.total = Number(ratio[2]);
  } else {
    const count = [...t.matchAll(NUMBER)].find((m) => !PERCENT.test(fold(nounPhrase(t, m.index))) && statesUnitCount(nounPhrase(t, m.index)));
    if (count) figure.count = Number(count[1]);
  }
  const percent = PERCENT.exec(f);
  if (percent) figure.ratio = Number(percent[1]!.replace(",", "."));
  return figure;
}

/** The number at `at` and the few words after it: enough for "08/12 phòng", "11 lượt cơ quan", never the next clause. */
function nounPhrase(t: string, at: number): string {
  return /^\S+(?:\s+[^\s,;.]+){0,3}/.exec(t.slice(at))?.[0] ?? "";
}
