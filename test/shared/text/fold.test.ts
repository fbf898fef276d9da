import fc from "fast-check";
import { fold, foldLazily, foldWithMap, wordsOfFolded } from "../../../shared/text/fold";

describe("fold", () => {
  it("folds NFC, NFD and tone placement variants to the same text", () => {
    const nfc = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    expect(fold(nfc)).toBe("cong hoa xa hoi chu nghia viet nam");
    expect(fold(nfc.normalize("NFD"))).toBe(fold(nfc));
    expect(fold("hoà")).toBe(fold("hòa"));
    expect(fold("thuỷ")).toBe(fold("thủy"));
  });

  it("maps đ to d, unifies dashes and collapses spaces", () => {
    expect(fold("Độc lập –  Tự do\u00a0— Hạnh phúc")).toBe("doc lap - tu do - hanh phuc");
  });

  it("keeps a map back to original offsets, also for decomposed input", () => {
    const original = "Kết quả đạt được".normalize("NFD");
    const { text, map } = foldWithMap(original);
    const at = text.indexOf("dat");
    expect(original.slice(map[at], map[at + 2]! + 1).normalize("NFC")).toBe("đạt");
  });
});

describe("foldLazily and wordsOfFolded (the rules' shared fold per line)", () => {
  const samples = [
    "KẾT QUẢ KIỂM TRA", "Tồn tại, hạn chế…", "  Độc lập - Tự do\u00a0-\u2013 Hạnh phúc  ", "Ho\u0300a (NFD)", "",
    "Trước ngày 30/6/2024.", "漢字 và ﬁ", "x".repeat(5000) + " Đ…", "a",
  ];

  test("the lazy fold has the text and map of foldWithMap, even when a longer line was folded in between", () => {
    const lazy = samples.map(foldLazily);
    for (const s of [...samples].reverse()) foldWithMap(s);
    lazy.forEach((f, i) => {
      const whole = foldWithMap(samples[i]!);
      expect(f.text).toBe(whole.text);
      expect(Array.from(f.map)).toEqual(Array.from(whole.map));
      expect(f.words).toBe(wordsOfFolded(whole.text));
    });
  });

  test("words of folded text are the regex reduction, whole or from an offset, and a limited prefix of it", () => {
    for (const s of samples) {
      const f = foldWithMap(s).text;
      for (const from of [0, 1, 5]) {
        const expected = f.slice(from).replace(/[^a-z0-9]+/g, " ").trim();
        expect(wordsOfFolded(f, from)).toBe(expected);
        expect(expected.startsWith(wordsOfFolded(f, from, 8))).toBe(true);
        // At least the first 8 characters (enough for any startsWith test of up to 8), never the whole long line.
        expect(wordsOfFolded(f, from, 8).length).toBeGreaterThanOrEqual(Math.min(8, expected.length));
        expect(wordsOfFolded(f, from, 8).length).toBeLessThanOrEqual(9);
      }
    }
  });
});

/**
 * The map as the definition says, one original unit at a time: each folds on its own (NFD, marks dropped, lower case,
 * đ → d, spaces and dashes unified, "…" → "..."), and a space right after a space is dropped.
 */
function referenceMap(s: string): number[] {
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    let f = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/.test(c) ? " " : /[\u2010-\u2015\u2212]/.test(c) ? "-" : c;
    if (f === c) f = c === "đ" || c === "Đ" ? "d" : c === "\u2026" ? "..." : c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    for (const u of f) {
      if (u === " " && lastSpace) continue;
      lastSpace = u === " ";
      map.push(i);
    }
  }
  return map;
}

describe("the map back to the original", () => {
  const piece = fc.constantFrom("Kết", "quả", " ", "  ", "\u00a0", "đạt", "Đ", "…", "–", "a\u0300", "\u0323", "30/6", "x", "\t");
  const line = fc.array(piece, { maxLength: 24 }).map((p) => p.join(""));

  test("is each folded unit's own offset when folding moved nothing, and follows every drop and expansion", () => {
    expect(Array.from(foldLazily("Kết quả đạt được").map)).toEqual([...Array(16).keys()]);
    expect(Array.from(foldLazily("a  b…").map)).toEqual([0, 1, 3, 4, 4, 4]);
    fc.assert(
      fc.property(line, line, (s, other) => {
        const lazy = foldLazily(s);
        foldLazily(other); // another line folded before this one's map is read
        expect(Array.from(lazy.map)).toEqual(referenceMap(s));
        expect(Array.from(foldWithMap(s).map)).toEqual(referenceMap(s));
      }),
    );
  });
});
