import { fold } from "../text/fold";

/**
 * Nouns for the units an inspection covers, folded. A number right before one of them is a count of units
 * ("11 cơ quan, đơn vị", "kiểm tra 5 xã", "08/12 phòng"); before anything else ("15 thủ tục") it is not.
 */
const UNIT_NOUNS = [
  "don vi", "co quan", "phong", "ban", "nganh", "so", "xa", "phuong", "thi tran", "huyen", "thi xa", "thanh pho",
  "dia phuong", "truong", "tram", "trung tam", "chi cuc", "doi", "bo phan", "to chuc", "co so", "benh vien",
  "ubnd", "uy ban",
].join("|");
/**
 * Vietnamese number words ("mười hai đơn vị"). Words that fold onto common non-numbers ("tư"/"từ"/"tự", "lăm"/"làm")
 * only continue a number; "một số" (= some) is excluded where it is read.
 */
const FIRST_NUMBER_WORDS = "mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi";
const NEXT_NUMBER_WORDS = `${FIRST_NUMBER_WORDS}|tu|lam|mot|tram|linh|le`;

const PERCENT = /\d+(?:[.,]\d+)?\s*(?:%|phan tram\b)/;
const RATIO = new RegExp(`(?<![\\d/.])\\d{1,4}\\s*/\\s*\\d{1,4}(?![\\d/])\\s*(?:${UNIT_NOUNS})\\b`);
const COUNT = new RegExp(`(?<![\\d/.,])\\d{1,4}\\s+(?:luot\\s+)?(?:${UNIT_NOUNS})\\b`);
const WORD_COUNT = new RegExp(
  `\\b(?:${FIRST_NUMBER_WORDS})(?:\\s+(?:${NEXT_NUMBER_WORDS}))*\\s+(?:${UNIT_NOUNS})\\b`,
  "g",
);

/** Does the text state a number or ratio of units: "12/15 đơn vị", "11 cơ quan", "đạt 80%", "mười hai đơn vị"? */
export function statesUnitCount(text: string): boolean {
  const f = fold(text);
  if (PERCENT.test(f) || RATIO.test(f) || COUNT.test(f)) return true;
  for (const m of f.matchAll(WORD_COUNT)) if (m[0] !== "mot so") return true;
  return false;
}
