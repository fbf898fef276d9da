/**
 * Counts of units inspected. §I must say how many (or what share of) units were inspected or self-inspected; real
 * reports say it many ways ("đã kiểm tra 08/12 phòng", "Số xã, thị trấn được kiểm tra: 08/23", "mười hai đơn vị",
 * "12 trên tổng số 15 đơn vị", "Tỷ lệ đơn vị được kiểm tra đạt 80%", a row "Phòng chuyên môn | 08/12 | 66,7%"), and
 * fill §I with other numbers too ("100% TTHC được công khai", "99,2% hồ sơ đúng hạn"). A number counts only when it
 * is tied to a unit noun (the noun right after it, else the nearest noun before it in its clause) and its sentence,
 * row or lead-in speaks of inspecting (kiểm tra, tự kiểm tra).
 *
 * Words are compared with their tones (wordKey): "sở" (department) is not "số" (number), "trạm" not "trăm",
 * "đội" not "đổi", "sáu" (six) not "sau" (after).
 */
import { wordKey } from "../dates/lexicon";

/** Nouns for the units an inspection covers, as agencies of every level write them. */
const UNIT_NOUNS = [
  "đơn vị", "cơ quan", "phòng", "ban", "ngành", "sở", "xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố",
  "địa phương", "trường", "nhà trường", "trạm", "trung tâm", "chi cục", "cục", "đội", "bộ phận", "cơ sở", "bệnh viện",
  "viện", "UBND", "ủy ban", "BHXH", "bảo hiểm xã hội", "công an", "kho bạc", "chi nhánh", "hạt", "đồn", "thanh tra",
  "văn phòng", "thôn", "tổ dân phố", "khối phố", "chức danh",
];
/** Nouns of other things a number in §I may count: procedures, dossiers, documents, money, people, time. */
const OTHER_NOUNS = [
  "thủ tục", "TTHC", "hồ sơ", "văn bản", "dự thảo", "kinh phí", "dự toán", "ngân sách", "đồng", "triệu", "tỷ",
  "chỉ tiêu", "tiêu chí", "nhiệm vụ", "kiến nghị", "phản ánh", "cán bộ", "công chức", "viên chức", "người", "cuộc",
  "đợt", "lần", "buổi", "lớp", "tháng", "ngày", "năm", "quý", "tuần", "điểm", "trang", "dịch vụ", "quyết định",
  "công văn", "báo cáo", "tài khoản", "chữ ký", "giấy", "sáng kiến", "đề tài", "tin", "bài", "doanh nghiệp", "hộ",
  "nội dung", "lĩnh vực", "mô hình", "máy", "thiết bị", "câu hỏi", "phiếu",
];
/** The inspection plan: a share of it is a share of the units it names ("đạt 66,7% kế hoạch kiểm tra"). */
const PLAN_NOUNS = ["kế hoạch kiểm tra", "kế hoạch tự kiểm tra", "kế hoạch"];
/** Words between a number and its noun: "80% số đơn vị", "05 lượt đơn vị", "100% các xã". */
const BRIDGE_WORDS = ["số", "các", "những", "lượt", "trong số"];
/** Words after a number that send us back to the noun before it: "Đơn vị được kiểm tra: 12 (đạt 80%)". */
const OPEN_AFTER = ["đạt", "là", "bằng", "trên", "so", "với"];

/** Vietnamese number words ("mười hai", "hai mươi mốt", "một trăm"); "một số" (= some) is not a count. */
const NUMBER_WORDS = [
  "một", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "mốt",
  "trăm", "linh", "lẻ",
];
/** Words that may only continue a number ("hai mươi tư", "mười lăm"), never start one. */
const CONTINUATION_ONLY = ["tư", "lăm", "nhăm", "mươi", "mốt", "trăm", "linh", "lẻ"];
/** "toàn bộ", "tất cả" before a unit noun: every unit, a share of 100%. */
const ALL_WORDS = ["toàn bộ", "tất cả"];

const key = (w: string) => wordKey(w.normalize("NFC"));
const phraseKeys = (list: readonly string[]) => list.map((p) => p.split(" ").map(key)).sort((a, b) => b.length - a.length);
const UNITS = phraseKeys(UNIT_NOUNS);
const OTHERS = phraseKeys(OTHER_NOUNS);
const PLANS = phraseKeys(PLAN_NOUNS);
const BRIDGES = phraseKeys(BRIDGE_WORDS);
const ALLS = phraseKeys(ALL_WORDS);
const OPEN = new Set(OPEN_AFTER.map(key));
const NUMBERS = new Set(NUMBER_WORDS.map(key));
const CONTINUATIONS = new Set(CONTINUATION_ONLY.map(key));
const MOT = key("một");
const SO = key("số");
const NGAY = key("ngày");
const KIEM = key("kiểm");
const TRA = key("tra");

/** A word, a number form or a mark, with offsets in the text. */
interface Token {
  kind: "word" | "quantity" | "mark";
  text: string;
  key: string;
  start: number;
  end: number;
  /** Quantities only: a percentage (ties to a plan as well as to units). */
  percent?: boolean;
}

/** A number tied to units, as written (NFC). */
export interface UnitCount {
  text: string;
}

const QUANTITY = new RegExp(
  [
    // "12 trên tổng số 15", "12 trong tổng số 15", "12/tổng số 15", "08/12" (not "15/01/2024", "12/KH-STP")
    "\\d{1,4}\\s*(?:trên|trong|/)\\s*(?:tổng\\s+số\\s+)?\\d{1,4}(?!\\d|\\s*/)",
    // "66,7%", "80 %", "100 phần trăm"
    "\\d{1,3}(?:[.,]\\d{1,2})?\\s*(?:%|phần\\s+trăm)",
    // "12", "05" (not "66,7", "2.3", "12/KH", "3b")
    "\\d{1,4}(?!\\d|[.,]\\d|\\s*/|\\p{L})",
  ].join("|"),
  "uy",
);
/** Digits that are no count: dates, codes, decimals ("15/01/2024", "06/2024/QĐ"), skipped whole. */
const OTHER_DIGITS = /\d[\d/.,-]*\d|\d/y;

function tokenize(text: string): Token[] {
  const s = text.normalize("NFC");
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    if (/\d/.test(c)) {
      QUANTITY.lastIndex = i;
      const prev = s.charAt(i - 1);
      const m = /[\d/.,\p{L}]/u.test(prev) ? null : QUANTITY.exec(s);
      OTHER_DIGITS.lastIndex = i;
      const end = i + (m ?? OTHER_DIGITS.exec(s) ?? ["0"])[0].length;
      const t = s.slice(i, end);
      out.push({ kind: m ? "quantity" : "mark", text: t, key: t, start: i, end, percent: /%|phần/u.test(t) });
      i = end;
      continue;
    }
    const w = /^[\p{L}\p{M}]+/u.exec(s.slice(i));
    if (w) {
      out.push({ kind: "word", text: w[0], key: key(w[0]), start: i, end: i + w[0].length });
      i += w[0].length;
      continue;
    }
    out.push({ kind: "mark", text: c, key: c, start: i, end: i + 1 });
    i++;
  }
  return markNumberWords(out);
}

/** Runs of number words become quantities: "mười hai", "hai mươi mốt"; "một số" stays words. */
function markNumberWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const startsNumber = t.kind === "word" && NUMBERS.has(t.key) && !CONTINUATIONS.has(t.key);
    if (!startsNumber || (t.key === MOT && tokens[i + 1]?.key === SO)) {
      out.push(t);
      continue;
    }
    let j = i;
    while (tokens[j + 1]?.kind === "word" && NUMBERS.has(tokens[j + 1]!.key)) j++;
    const last = tokens[j]!;
    out.push({ kind: "quantity", text: tokens.slice(i, j + 1).map((x) => x.text).join(" "), key: "", start: t.start, end: last.end });
    i = j;
  }
  return out;
}

/** Length of the phrase from `list` that starts at token i, or 0. */
function phraseAt(tokens: readonly Token[], i: number, list: readonly string[][]): number {
  for (const p of list) if (p.every((k, n) => tokens[i + n]?.kind === "word" && tokens[i + n]!.key === k)) return p.length;
  return 0;
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
 * inspecting anywhere ties it ("Sở ban hành Kế hoạch kiểm tra … Theo đó, đã làm việc tại 08/12 phòng"), while a
 * percentage or a bare count needs its own sentence to ("100% phòng đã công khai TTHC" is about publishing).
 */
export function inspectedUnitCounts(text: string, inspectionContext = false): UnitCount[] {
  const out: UnitCount[] = [];
  const paragraph = inspectionContext || speaksOfInspection(text);
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    const counts = unitCountsIn(sentence);
    if (inspectionContext || speaksOfInspection(sentence)) out.push(...counts);
    else if (paragraph) out.push(...counts.filter((c) => RATIO.test(c.text)));
  }
  return out;
}

const RATIO = /\d\s*(?:\/|trên|trong)\s*(?:tổng\s+số\s+)?\d/u;

/** The first number in the text, for quoting one that is not a count of units ("100% TTHC được công khai"). */
export function firstNumber(text: string): UnitCount | undefined {
  const t = tokenize(text).find((x) => x.kind === "quantity");
  return t ? { text: t.text } : undefined;
}
