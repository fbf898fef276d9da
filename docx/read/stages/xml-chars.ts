/**
 * Character classes and references of XML 1.0 (fifth edition), for the tokenizer. Names are checked as the
 * specification defines them, so a part that a conforming parser refuses is refused here too.
 */

/** 1: may start a name, 2: may continue one (ASCII only; the rest is decided by range). */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 58 || c === 95;
  const rest = start || (c >= 48 && c <= 57) || c === 45 || c === 46;
  ASCII_NAME[c] = start ? 3 : rest ? 2 : 0;
}

/** Non-ASCII NameStartChar ranges (UTF-16 code units; the astral planes are handled as surrogate pairs). */
function isWideNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

export function isNameStart(c: number): boolean {
  return c < 128 ? (ASCII_NAME[c]! & 1) !== 0 : isWideNameStart(c);
}

export function isNameChar(c: number): boolean {
  if (c < 128) return ASCII_NAME[c]! !== 0;
  return isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** Tab, line feed, carriage return, space: the only white space XML knows. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * Code units no XML 1.0 document may contain (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF). Lone surrogates
 * cannot reach the tokenizer: the decoder turns them into U+FFFD.
 */
export const DISALLOWED_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The longest reference worth looking at: "&#x10FFFF;" with a few leading zeros. Anything longer is malformed. */
export const MAX_REFERENCE = 32;

/**
 * The text of `ref` (what stands between "&" and ";"): one of the five predefined entities or a character
 * reference to a character XML allows; undefined for anything else (no other entity can be declared: no DOCTYPE).
 */
export function resolveReference(ref: string): string | undefined {
  if (ref.charCodeAt(0) !== 35) return PREDEFINED[ref];
  const hex = ref.charCodeAt(1) === 120;
  const digits = ref.slice(hex ? 2 : 1);
  if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  const allowed =
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : undefined;
}

/**
 * `s` from `start` to `end` with every reference replaced, the first "&" being at `amp`; undefined when a reference
 * is unterminated, too long or unknown.
 */
export function decodeReferences(s: string, start: number, end: number, amp: number): string | undefined {
  let out = "";
  let from = start;
  while (amp >= 0 && amp < end) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi >= end || semi - amp > MAX_REFERENCE) return undefined;
    const text = resolveReference(s.slice(amp + 1, semi));
    if (text === undefined) return undefined;
    out += s.slice(from, amp) + text;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from, end);
}
