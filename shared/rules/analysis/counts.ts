/**
 * Counts of units inspected. §I must say how many (or what share of) units were inspected or self-inspected; real
 * reports say it many ways ("đã kiểm tra 08/12 phòng", "Số xã, thị trấn được kiểm tra: 08/23", "mười hai đơn vị",
 * "12 trên tổng số 15 đơn vị", "Tỷ lệ đơn vị được kiểm tra đạt 80%", a row "Phòng chuyên môn | 08/12 | 66,7%"), and
 * fill §I with other numbers too ("100% TTHC được công khai", "99,2% hồ sơ đúng hạn"). A number counts only when it
 * is tied to a unit noun (the noun right after it, else the nearest noun before it in its clause) and its sentence,
 * row or lead-in speaks of inspecting (kiểm tra, tự kiểm tra).
 */
import { wordKey } from "../../dates/lexicon";
import { hasPhrase, words } from "../text";
import { ALLS, BRIDGES, KIEM, NGAY, OPEN, OTHERS, PLANS, TRA, UNITS, phraseAt, tokenize, type Token } from "./count-words";

/** A number tied to units, as written (NFC). */
export interface UnitCount {
  text: string;
}

/** Clause ends for the look back: the noun before a number must be in its own clause. */
const CLAUSE_MARKS = new Set([";", ".", "!", "?", "\n"]);
const MAX_LOOK_BACK = 12;

type Tie = "unit" | "plan" | "other" | "open";

/** What the words right after a quantity count: a unit, a plan, something else, or nothing (look back). */
function tieAfter(tokens: readonly Token[], i: number): Tie {
  let j = i + 1;
  // "08 (tám) đơn vị", "12/15 (80%) đơn vị": a short aside between the number and its noun.
  if (tokens[j]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > j && t.text === ")");
    if (close > j && close - j <= 4) j = close + 1;
  }
  for (let n = phraseAt(tokens, j, BRIDGES); n > 0; n = phraseAt(tokens, j, BRIDGES)) j += n;
  const next = tokens[j];
  if (!next || next.kind === "mark" || OPEN.has(next.key)) return "open";
  if (phraseAt(tokens, j, UNITS) > 0) return "unit";
  if (phraseAt(tokens, j, PLANS) > 0) return "plan";
  return "other";
}

/** The nearest unit, plan or other noun before the quantity in its clause. */
function tieBefore(tokens: readonly Token[], i: number): Tie {
  let words = 0;
  for (let j = i - 1; j >= 0 && words < MAX_LOOK_BACK; j--) {
    const t = tokens[j]!;
    if (t.kind === "mark") {
      if (CLAUSE_MARKS.has(t.text)) break;
      continue;
    }
    if (t.kind === "quantity") continue;
    words++;
    if (phraseAt(tokens, j, UNITS) > 0) return "unit";
    if (phraseAt(tokens, j, PLANS) > 0 && (tokens[j + 2]?.key === KIEM || tokens[j + 3]?.key === KIEM)) return "plan";
    if (phraseAt(tokens, j, OTHERS) > 0) return "other";
  }
  return "open";
}

function isTied(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "ngày 08/12" is a date, "năm 2024" a year.
  const prev = tokens[i - 1];
  if (prev?.key === NGAY || /^(?:19|20)\d\d$/.test(t.text)) return false;
  const after = tieAfter(tokens, i);
  const tie = after === "open" ? tieBefore(tokens, i) : after;
  return tie === "unit" || (tie === "plan" && t.percent === true);
}

/** Numbers tied to a unit noun ("08/12 phòng", "Số xã được kiểm tra: 08/23", "toàn bộ các xã"), in order. */
export function unitCountsIn(text: string): UnitCount[] {
  const tokens = tokenize(text);
  const out: UnitCount[] = [];
  const s = text.normalize("NFC");
  tokens.forEach((t, i) => {
    if (t.kind === "quantity" && isTied(tokens, i)) out.push({ text: t.text });
    const all = t.kind === "word" ? phraseAt(tokens, i, ALLS) : 0;
    if (all > 0 && tieAfter(tokens, i + all - 1) === "unit") out.push({ text: s.slice(t.start, tokens[i + all - 1]!.end) });
  });
  return out;
}

/** Does the text speak of inspecting: "kiểm tra", "tự kiểm tra", "được kiểm tra", "Đoàn kiểm tra"? */
export function speaksOfInspection(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => t.key === KIEM && tokens[i + 1]?.key === TRA);
}

/** Does the text name units ("Đơn vị được kiểm tra", "Tên xã, thị trấn")? */
export function namesUnits(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((_, i) => phraseAt(tokens, i, UNITS) > 0);
}

/** Sentence ends: ";", "!", "?", a full stop before a space or the end (not the one in "66.7" or "TP.Hà Tĩnh"). */
const SENTENCE = /[^;!?\n]+?(?:\.(?=\s|$)|[;!?\n]|$)/gu;

/**
 * Counts of inspected units in the text: numbers tied to units whose sentence speaks of inspecting, or any such
 * number when the surrounding text (a lead-in "Kết quả kiểm tra như sau:", a table's header row) already does. A
 * ratio of units ("08/12 phòng", "12 trên tổng số 15 đơn vị") is a coverage figure: a paragraph that speaks of
 * inspecting anywhere ties it ("Sở ban hành Kế hoạch kiểm tra … Theo đó, đã làm việc tại 08/12 phòng"), and so does
 * `ratioContext` (the section does), while a percentage or a bare count needs its own sentence to ("100% phòng đã
 * công khai TTHC" is about publishing).
 */
export function inspectedUnitCounts(text: string, inspectionContext = false, ratioContext = false): UnitCount[] {
  const out: UnitCount[] = [];
  const ratios = ratioContext || inspectionContext || speaksOfInspection(text);
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    if (plannedOnly(sentence)) continue;
    const counts = unitCountsIn(sentence);
    if (inspectionContext || speaksOfInspection(sentence)) out.push(...counts);
    else if (ratios && !aboutOtherActivity(sentence)) out.push(...counts.filter((c) => RATIO.test(c.text)));
  }
  return out;
}

const WILL = wordKey("sẽ");
const EXPECTED = [wordKey("dự"), wordKey("kiến")] as const;
const DONE = wordKey("đã");

/** "Sở sẽ kiểm tra 08 đơn vị", "dự kiến kiểm tra 05 phòng": inspections to come are no count of units inspected. */
function plannedOnly(sentence: string): boolean {
  const keys = tokenize(sentence).map((t) => t.key);
  const planned = keys.some((k, i) => k === WILL || (k === EXPECTED[0] && keys[i + 1] === EXPECTED[1]));
  return planned && !keys.includes(DONE);
}

const RATIO = /\d\s*(?:\/|trên|trong)\s*(?:tổng\s+số\s+)?\d/u;

/**
 * Activities a ratio of units may measure instead of inspection coverage ("25/25 xã tham gia tập huấn", "12/12 phòng
 * công khai TTHC"): a sentence naming one ties its ratio to that, not to the section's inspecting.
 */
const OTHER_ACTIVITIES = ["tham gia", "tập huấn", "bồi dưỡng", "hội nghị", "công khai", "niêm yết", "kết nối", "sử dụng", "ứng dụng", "đạt chuẩn", "ký số"].map(words);

function aboutOtherActivity(sentence: string): boolean {
  const w = words(sentence);
  return OTHER_ACTIVITIES.some((a) => hasPhrase(w, a));
}

const TIME = new Set(["giờ", "ngày", "tuần", "tháng", "quý", "năm", "số"].map((w) => wordKey(w)));

/**
 * The first figure in the text, for quoting one that is not a count of units ("100% TTHC được công khai", "99,2% hồ
 * sơ"): a quantity that is no year, period or document number ("năm 2024", "6 tháng", "Quyết định số 12").
 */
export function firstFigure(text: string): UnitCount | undefined {
  const tokens = tokenize(text);
  const t = tokens.find((x, i) => {
    // Digits only: a lone number word is as often a year's "năm" as a five.
    if (x.kind !== "quantity" || !/\d/.test(x.text) || /^(?:19|20)\d\d$/.test(x.text)) return false;
    return !TIME.has(tokens[i + 1]?.key ?? "") && !TIME.has(tokens[i - 1]?.key ?? "");
  });
  return t ? { text: t.text } : undefined;
}
