/**
 * The words of counts, compared with their tones (wordKey): unit nouns, nouns of other things, number words, and the
 * tokenizer that turns a sentence into words, quantities ("08/12", "66,7%", "12 trên tổng số 15", "mười hai") and
 * marks. "sở" (department) is not "số" (number), "trạm" not "trăm", "đội" not "đổi", "sáu" (six) not "sau" (after).
 */
import { wordKey } from "../../dates/lexicon";

/** Nouns for the units an inspection covers, as agencies of every level write them. */
const UNIT_NOUNS = [
  "đơn vị", "cơ quan", "phòng", "ban", "ngành", "sở", "xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố",
  "địa phương", "trường", "nhà trường", "trạm", "trung tâm", "chi cục", "cục", "đội", "bộ phận", "cơ sở", "bệnh viện",
  "viện", "UBND", "ủy ban", "BHXH", "bảo hiểm xã hội", "công an", "kho bạc", "chi nhánh", "hạt", "đồn", "thanh tra",
  "văn phòng", "thôn", "tổ dân phố", "khối phố", "chức danh",
  // 2025 names of central agencies' local units ("04/09 Thuế cơ sở"); "thuế" alone is as often a tax as a unit.
  "thuế cơ sở",
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

/** Keys of the words met so far: a report repeats a few thousand words, and a key costs three normalisations. */
const keys = new Map<string, string>();
const MAX_KEYS = 16384;

function key(w: string): string {
  let k = keys.get(w);
  if (k === undefined) {
    k = wordKey(w.normalize("NFC"));
    if (keys.size < MAX_KEYS) keys.set(w, k);
  }
  return k;
}
const phraseKeys = (list: readonly string[]) => list.map((p) => p.split(" ").map(key)).sort((a, b) => b.length - a.length);
export const UNITS = phraseKeys(UNIT_NOUNS);
export const OTHERS = phraseKeys(OTHER_NOUNS);
export const PLANS = phraseKeys(PLAN_NOUNS);
export const BRIDGES = phraseKeys(BRIDGE_WORDS);
export const ALLS = phraseKeys(ALL_WORDS);
export const OPEN = new Set(OPEN_AFTER.map(key));
const NUMBERS = new Set(NUMBER_WORDS.map(key));
const CONTINUATIONS = new Set(CONTINUATION_ONLY.map(key));
const MOT = key("một");
const SO = key("số");
export const NGAY = key("ngày");
export const KIEM = key("kiểm");
export const TRA = key("tra");

/** A word, a number form or a mark, with offsets in the text. */
export interface Token {
  kind: "word" | "quantity" | "mark";
  text: string;
  key: string;
  start: number;
  end: number;
  /** Quantities only: a percentage (ties to a plan as well as to units). */
  percent?: boolean;
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
/** A word: letters and their marks, from the position tried. */
const WORD = /[\p{L}\p{M}]+/uy;
/** Digits that are no count: dates, codes, decimals ("15/01/2024", "06/2024/QĐ"), skipped whole. */
const OTHER_DIGITS = /\d[\d/.,-]*\d|\d/y;

export function tokenize(text: string): Token[] {
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
    WORD.lastIndex = i;
    const w = WORD.exec(s);
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
export function phraseAt(tokens: readonly Token[], i: number, list: readonly string[][]): number {
  for (const p of list) if (p.every((k, n) => tokens[i + n]?.kind === "word" && tokens[i + n]!.key === k)) return p.length;
  return 0;
}
