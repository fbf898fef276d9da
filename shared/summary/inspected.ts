import { unitCountsIn } from "../rules/analysis/counts";
import type { InspectedStatement } from "../rules/families/results";
import { clip } from "../rules/text";
import { fold } from "../text/fold";
import type { InspectedFigure } from "./schema";

const EXCERPT_MAX = 300;
const RATIO = /(\d{1,4})\s*(?:\/|trên|trong)\s*(?:tổng\s+số\s+)?(\d{1,4})/u;
const DIGITS = /^\d{1,4}$/;
const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan tram\b)/;

/**
 * §I's figure of units inspected, read from the statement the rule engine accepted (results.ts inspectedStatement):
 * the same sentence, results-table row or list of units, so the summary counts exactly what the check saw. The
 * numbers are the ones the engine tied to units ("08/12 phòng", "mười hai đơn vị"), never a date or "35 dự thảo".
 */
export function readInspected(statement: InspectedStatement): InspectedFigure {
  const figure: InspectedFigure = { excerpt: clip(statement.text, EXCERPT_MAX) };
  if (statement.listedUnits !== undefined) {
    figure.count = statement.listedUnits;
    return figure;
  }
  for (const { text } of unitCountsIn(statement.text)) {
    if (/%|phần/u.test(text)) continue;
    const ratio = RATIO.exec(text);
    const count = ratio ? Number(ratio[1]) : DIGITS.test(text) ? Number(text) : numberWords(text);
    if (count === undefined) continue;
    figure.count = count;
    if (ratio && Number(ratio[1]) <= Number(ratio[2])) figure.total = Number(ratio[2]);
    break;
  }
  const percent = PERCENT.exec(fold(statement.text));
  if (percent) figure.ratio = Number(percent[1]!.replace(",", "."));
  return figure;
}

const DIGIT_WORDS: Record<string, number> = {
  mot: 1, mốt: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};

/** "mười hai" → 12, "hai mươi mốt" → 21, "một trăm lẻ năm" → 105; undefined for anything else. */
export function numberWords(text: string): number | undefined {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === "muoi" && current === 0) current = 10;
    else if (w === "muoi") current *= 10;
    else if (w === "tram") {
      total += (current || 1) * 100;
      current = 0;
    } else if (w === "le" || w === "linh") continue;
    else if (DIGIT_WORDS[w] !== undefined) current += DIGIT_WORDS[w];
    else return undefined;
  }
  return total + current;
}
