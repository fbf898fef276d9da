import { fold } from "../../text/fold";

export type NumberingKind = "roman" | "arabic" | "letter" | "bullet";

export interface Numbering {
  kind: NumberingKind;
  /** 1-based value for roman / arabic numerals. */
  value?: number;
  /** Where it came from: Word's list numbering, or typed in the text. */
  source: "list" | "text";
}

export interface Numbered {
  numbering?: Numbering;
  /** The text after a typed numeral ("KẾT QUẢ ĐẠT ĐƯỢC" of "I. KẾT QUẢ ĐẠT ĐƯỢC"). */
  rest: string;
  /** Offset of `rest` in the text. */
  restOffset: number;
}

// "I/ KẾT QUẢ" is a numeral, "V/v báo cáo …" (an official letter's "về việc") is not: a slash needs a space after it.
const ROMAN = /^([IVX]{1,5})\s*(?:[.):\-\u2013\u2014]|\/(?=\s))\s*/;
const ARABIC = /^(\d{1,2})\s*[.):](?!\d)\s*/;
const LETTER = /^([a-zđA-HJ-UYĐ])\s*[.)]\s+/;
const BULLET = /^[-+*\u2022\u2013\u2014\u25aa\u25cf\u25cb\u25e6\u2219\u00b7\uf0b7\uf0a7\uf0d8\uf076]\s*/;
/** "Phần I.", "Mục II -": a leading word some reports put before the numeral. */
const LEAD_WORD = /^(\S+)\s+/;

/**
 * Reads the numbering of a line: Word's list label when there is one (the text then holds no numeral), else a
 * numeral typed at the start of the text. Only the leading numeral is looked at; "1.1." is not a numeral here.
 */
export function numberingOf(text: string, listLabel?: string): Numbered {
  const lead = text.length - text.trimStart().length;
  const typed = typedNumbering(text.slice(lead));
  const restOffset = lead + (typed?.length ?? 0);
  const rest = text.slice(restOffset);
  const label = listLabel?.trim();
  if (label) {
    const parsed = typedNumbering(`${label} `)?.numbering ?? { kind: "bullet" as const };
    return { numbering: { ...parsed, source: "list" }, rest, restOffset };
  }
  return typed ? { numbering: { ...typed.numbering, source: "text" }, rest, restOffset } : { rest, restOffset };
}

function typedNumbering(s: string): { numbering: Omit<Numbering, "source">; length: number } | undefined {
  const word = LEAD_WORD.exec(s);
  if (word && (fold(word[1] ?? "") === "phan" || fold(word[1] ?? "") === "muc")) {
    const inner = typedNumbering(s.slice(word[0].length));
    if (inner && (inner.numbering.kind === "roman" || inner.numbering.kind === "arabic")) {
      return { numbering: inner.numbering, length: word[0].length + inner.length };
    }
  }
  const roman = ROMAN.exec(s);
  const romanValue = roman ? romanToInt(roman[1] ?? "") : undefined;
  if (roman && romanValue !== undefined) return { numbering: { kind: "roman", value: romanValue }, length: roman[0].length };
  const arabic = ARABIC.exec(s);
  if (arabic) return { numbering: { kind: "arabic", value: Number(arabic[1]) }, length: arabic[0].length };
  const letter = LETTER.exec(s);
  if (letter) {
    // "A. KẾT QUẢ…", "B. TỒN TẠI…": capital letters number top-level parts in some reports; they carry a rank.
    const rank = CAPITAL_LETTERS.indexOf(letter[1] ?? "") + 1;
    return { numbering: rank > 0 ? { kind: "letter", value: rank } : { kind: "letter" }, length: letter[0].length };
  }
  const bullet = BULLET.exec(s);
  if (bullet) return { numbering: { kind: "bullet" }, length: bullet[0].length };
  return undefined;
}

/** Capital letters in Vietnamese order, for the rank of "A.", "B.", "C.", "D.". */
const CAPITAL_LETTERS = "ABCDĐEGH";

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Canonical roman numerals 1..39 only; "IIII" or "VX" are not numerals. */
function romanToInt(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s.charAt(i)] ?? 0;
    const next = ROMAN_DIGITS[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && intToRoman(total) === s ? total : undefined;
}

function intToRoman(n: number): string {
  const parts: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  let left = n;
  for (const [v, r] of parts) {
    while (left >= v) {
      out += r;
      left -= v;
    }
  }
  return out;
}
