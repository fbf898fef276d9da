import { bulletText, formatCounter } from "../../../../docx/read/model/number-format";

describe("formatCounter", () => {
  test.each([
    [1, "upperRoman", "I"],
    [4, "upperRoman", "IV"],
    [9, "upperRoman", "IX"],
    [14, "upperRoman", "XIV"],
    [1994, "upperRoman", "MCMXCIV"],
    [3, "lowerRoman", "iii"],
    [1, "lowerLetter", "a"],
    [26, "lowerLetter", "z"],
    [27, "lowerLetter", "aa"],
    [53, "upperLetter", "AAA"],
    [7, "decimal", "7"],
    [7, "decimalZero", "07"],
    [12, "decimalZero", "12"],
    [5, "none", ""],
    [5, "ordinalText", "5"],
    [0, "upperRoman", "0"],
  ])("%i as %s is %s", (n, fmt, expected) => {
    expect(formatCounter(n, fmt)).toBe(expected);
  });

  test("zero-padded custom formats are honoured, other custom formats fall back to decimal", () => {
    expect(formatCounter(7, "custom", "001, 002, 003, ...")).toBe("007");
    expect(formatCounter(7, "custom", "一, 二, 三, ...")).toBe("7");
  });
});

test("Symbol-font bullets from the Private Use Area show as the glyph a reader sees", () => {
  expect(bulletText("\uf0b7")).toBe("•");
  expect(bulletText("\uf0a7")).toBe("▪");
  expect(bulletText("\uf0e0")).toBe("•");
  expect(bulletText("-")).toBe("-");
});
