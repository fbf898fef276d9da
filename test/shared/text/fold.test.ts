import { fold, foldWithMap } from "../../../shared/text/fold";

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
