import type { Paragraph } from "../../../shared/model/document";
import { b, para, report, table } from "./builder";
import { codes, withCode } from "./helpers";

function footer(left: (string | Paragraph)[], right: (string | Paragraph)[]) {
  const p = (x: string | Paragraph) => (typeof x === "string" ? para(x, { sizePt: 11 }) : x);
  return [table([[left.map(p), right.map(p)]])];
}
const LEFT = [para("Nơi nhận:", { bold: true, italic: true, sizePt: 12 }), "- Sở Nội vụ;", "- Lưu: VT."];

describe("footer.recipients", () => {
  it("accepts a 'Nơi nhận:' block in a table or in paragraphs", () => {
    expect(codes(report())).not.toContain("footer.recipients");
    const paragraphs = [para("Nơi nhận:", { bold: true }), para("- Sở Nội vụ;"), para("- Lưu: VT."), b("GIÁM ĐỐC"), b("Nguyễn Văn An")];
    expect(codes(report({ footer: paragraphs }))).not.toContain("footer.recipients");
  });

  it("flags a report without one", () => {
    const [f] = withCode(report({ footer: footer([], [b("GIÁM ĐỐC"), b("Nguyễn Văn An")]) }), "footer.recipients");
    expect(f).toMatchObject({ severity: "error", section: "footer" });
    expect(f?.message).toContain("Nơi nhận");
  });
});

describe("footer.recipientsSnv", () => {
  it.each(["- Sở Nội vụ (b/c);", "- UBND tỉnh (qua Sở Nội vụ);", "- SNV;", "- SỞ NỘI VỤ;".normalize("NFD")])("accepts %j", (r) => {
    expect(codes(report({ footer: footer([LEFT[0]!, r, "- Lưu: VT."], [b("GIÁM ĐỐC"), b("Nguyễn Văn An")]) }))).not.toContain("footer.recipientsSnv");
  });

  it("warns when Sở Nội vụ is not among the recipients", () => {
    const [f] = withCode(report({ footer: footer([LEFT[0]!, "- UBND tỉnh;", "- Lưu: VT."], [b("GIÁM ĐỐC"), b("Nguyễn Văn An")]) }), "footer.recipientsSnv");
    expect(f).toMatchObject({ severity: "warning", section: "footer", location: { block: 17, row: 0, cell: 0, paragraph: 0 } });
  });

  it("does not ask Sở Nội vụ to send its own report to itself", () => {
    const header = [
      table([
        [
          ["UBND TỈNH HÀ TĨNH", "SỞ NỘI VỤ", "Số: 45/BC-SNV"].map((t) => para(t, { sizePt: 13 })),
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 28 tháng 6 năm 2024"].map((t) => para(t, { sizePt: 13 })),
        ],
      ]),
    ];
    const d = report({ header, footer: footer([LEFT[0]!, "- UBND tỉnh;", "- Lưu: VT."], [b("GIÁM ĐỐC"), b("Nguyễn Văn An")]) });
    expect(codes(d)).not.toContain("footer.recipientsSnv");
  });
});

describe("footer.signer", () => {
  it.each([
    [[b("GIÁM ĐỐC"), para(""), b("Nguyễn Văn An")]],
    [[b("KT. GIÁM ĐỐC"), b("PHÓ GIÁM ĐỐC"), para("(Đã ký)"), b("Trần Thị Thu Hà")]],
    [[b("TM. ỦY BAN NHÂN DÂN"), b("CHỦ TỊCH"), b("LÊ VĂN BÌNH")]],
    [[b("CHÁNH VĂN PHÒNG"), b("Hoàng Minh Đức")]],
    [[b("THỦ TRƯỞNG ĐƠN VỊ"), b("Phạm Quang Huy")]],
    [[b("KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\n\nNguyễn Thị Mai")]],
  ])("accepts a title and a name: %j", (right) => {
    expect(codes(report({ footer: footer(LEFT, right) }))).not.toContain("footer.signer");
  });

  it("flags a missing title", () => {
    const [f] = withCode(report({ footer: footer(LEFT, [b("Nguyễn Văn An")]) }), "footer.signer");
    expect(f?.message).toContain("chức vụ");
  });

  it("flags a title without a name", () => {
    const [f] = withCode(report({ footer: footer(LEFT, [b("GIÁM ĐỐC"), para("(Ký, ghi rõ họ tên)")]) }), "footer.signer");
    expect(f).toMatchObject({ severity: "error", location: { block: 17, row: 0, cell: 1, paragraph: 0 } });
    expect(f?.message).toContain("họ tên");
  });

  it("flags the template's 'THỦ TRƯỞNG' with dots for a name", () => {
    const [f] = withCode(report({ footer: footer(LEFT, [b("THỦ TRƯỞNG"), para("……….")]) }), "footer.signer");
    expect(f?.message).toContain("Chưa điền họ tên");
  });

  it("does not take a recipient line for the signer's name", () => {
    const paragraphs = [b("Nơi nhận:\t\t\tGIÁM ĐỐC"), para("- Sở Nội vụ;"), para("- Lưu: VT.")];
    expect(codes(report({ footer: paragraphs }))).toContain("footer.signer");
  });
});
