import { numberingOf } from "../../../../shared/rules/analysis/numbering";

describe("numberingOf", () => {
  it.each([
    ["I. KẾT QUẢ ĐẠT ĐƯỢC", undefined, "roman", 1, "KẾT QUẢ ĐẠT ĐƯỢC"],
    ["IV- ĐỀ XUẤT", undefined, "roman", 4, "ĐỀ XUẤT"],
    ["II/ TỒN TẠI", undefined, "roman", 2, "TỒN TẠI"],
    ["PHẦN III: GIẢI PHÁP", undefined, "roman", 3, "GIẢI PHÁP"],
    ["  2. Cải cách thể chế", undefined, "arabic", 2, "Cải cách thể chế"],
    ["a) Rà soát TTHC", undefined, "letter", undefined, "Rà soát TTHC"],
    ["- Sở Nội vụ;", undefined, "bullet", undefined, "Sở Nội vụ;"],
    ["KẾT QUẢ ĐẠT ĐƯỢC", "I.", "roman", 1, "KẾT QUẢ ĐẠT ĐƯỢC"],
    ["Rà soát TTHC", "•", "bullet", undefined, "Rà soát TTHC"],
  ])("reads %j (list label %j)", (text, label, kind, value, rest) => {
    const n = numberingOf(text, label);
    expect(n.numbering?.kind).toBe(kind);
    expect(n.numbering?.value).toBe(value);
    expect(n.rest).toBe(rest);
    expect(text.slice(n.restOffset)).toBe(label ? text.trimStart() : rest);
  });

  it.each(["1.1. Cải cách thể chế", "1.000 hồ sơ", "IIII. Sai số La Mã", "Việc rà soát", "30/6/2024 hoàn thành"])("sees no section numeral in %j", (text) => {
    const kind = numberingOf(text).numbering?.kind;
    expect(kind === "roman" || kind === "arabic").toBe(false);
  });
});
