/** Renders one list counter the way Word displays it for a w:numFmt. Unknown formats fall back to decimal. */

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function formatCounter(n: number, numFmt: string, customFormat?: string): string {
  switch (numFmt) {
    case "none":
      return "";
    case "upperRoman":
      return n > 0 ? roman(n) : String(n);
    case "lowerRoman":
      return n > 0 ? roman(n).toLowerCase() : String(n);
    case "upperLetter":
      return n > 0 ? letters(n) : String(n);
    case "lowerLetter":
      return n > 0 ? letters(n).toLowerCase() : String(n);
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "custom":
      return custom(n, customFormat);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  let out = "";
  let rest = Math.min(n, 100_000);
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Word's letter numbering repeats the letter past z: 26 → Z, 27 → AA, 53 → AAA. */
function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 1000));
}

/** Only the zero-padded custom formats ("01, 02, 03, ...", "001, 002, ...") are rendered; others as decimal. */
function custom(n: number, format: string | undefined): string {
  const width = format ? /^(0+)1\b/.exec(format)?.[0].length : undefined;
  return width ? String(n).padStart(width, "0") : String(n);
}

/** Symbol/Wingdings bullets live in the Private Use Area; show them as the glyph a reader sees. */
const SYMBOL_BULLETS: Record<string, string> = {
  "\uf0b7": "•",
  "\uf0a7": "▪",
  "\uf0d8": "➢",
  "\uf0fc": "✓",
  "\uf076": "❖",
};

export function bulletText(lvlText: string): string {
  return lvlText.replace(/[\uf000-\uf0ff]/g, (ch) => SYMBOL_BULLETS[ch] ?? "•");
}
