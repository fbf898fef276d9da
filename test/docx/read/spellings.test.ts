import { SpellingTable } from "../../../docx/read/stages/spellings";

describe("SpellingTable (names and values cut from a part once, then found in place)", () => {
  it("gives the spelling of any range, the same string for a repeat, and the right one after collisions", () => {
    const made: string[] = [];
    const table = new SpellingTable(4, (cut) => (made.push(cut), cut));
    const text = "<w:r><w:rPr/><w:r/><w:t>Times New Roman</w:t><w:rFonts/><w:r>";
    const spellings = ["w:r", "w:rPr", "w:t", "w:rFonts", "Times New Roman"];
    const at = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length] as const;
    for (let round = 0; round < 3; round++) {
      for (const s of spellings) expect(table.get(text, ...at(s))).toBe(s);
    }
    // Five spellings in four slots: some were made again after a collision replaced them, never a wrong one.
    expect(new Set(made)).toEqual(new Set(spellings));
    const first = table.get(text, ...at("w:r"));
    expect(table.get(text, ...at("w:r", 10))).toBe(first);
  });
});
