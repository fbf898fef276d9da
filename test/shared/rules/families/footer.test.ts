import type { Paragraph } from "../../../../shared/model/document";
import { b, para, report, table } from "../builder";
import { codes, withCode } from "../helpers";

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

  it("flags the template's 'THỦ TRƯỞNG' with dots for a name: a real title and a name are both still to write", () => {
    const found = withCode(report({ footer: footer(LEFT, [b("THỦ TRƯỞNG"), para("……….")]) }), "footer.signer");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("chức vụ thực tế");
    expect(found[0]?.message).toContain("họ tên người ký");
  });

  it("does not take a recipient line for the signer's name", () => {
    const paragraphs = [b("Nơi nhận:\t\t\tGIÁM ĐỐC"), para("- Sở Nội vụ;"), para("- Lưu: VT.")];
    expect(codes(report({ footer: paragraphs }))).toContain("footer.signer");
  });
});

describe("footer.signer: the template's placeholder is not a title", () => {
  it.each([
    [[b("THỦ TRƯỞNG"), b("Phạm Quang Huy")]],
    [[b("THỦ TRƯỞNG ĐƠN VỊ"), b("Phạm Quang Huy")]],
    [[b("KT. THỦ TRƯỞNG"), b("PHÓ THỦ TRƯỞNG"), b("Phạm Quang Huy")]],
    [[b("Thủ trưởng cơ quan".toUpperCase().normalize("NFD")), b("Phạm Quang Huy")]],
  ])("flags %j even with a name, pointing at the title", (right) => {
    const found = withCode(report({ footer: footer(LEFT, right) }), "footer.signer");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", section: "footer", location: { block: 17, row: 0, cell: 1, paragraph: 0 } });
    expect(found[0]?.excerpt).toMatch(/TH/);
    expect(found[0]?.message).toContain("như đề cương");
    expect(found[0]?.message).not.toContain("họ tên người ký");
  });

  it.each([
    ["GIÁM ĐỐC"],
    ["PHÓ GIÁM ĐỐC"],
    ["CHỦ TỊCH"],
    ["CHÁNH THANH TRA"],
    ["TRƯỞNG BAN"],
    ["CHÁNH VĂN PHÒNG"],
    ["CỤC TRƯỞNG"],
    ["CHI CỤC TRƯỞNG"],
    ["TRƯỞNG PHÒNG"],
    ["GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH"],
    ["Q. GIÁM ĐỐC"],
    ["TL. GIÁM ĐỐC"],
    ["TUQ. CHỦ TỊCH"],
    ["THỨ TRƯỞNG"],
  ])("accepts the real title %j", (title) => {
    expect(codes(report({ footer: footer(LEFT, [b(title), para(""), b("Nguyễn Văn An")]) }))).not.toContain("footer.signer");
  });

  it("accepts the authority line above the title ('TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH')", () => {
    const right = [b("TM. ỦY BAN NHÂN DÂN"), b("KT. CHỦ TỊCH"), b("PHÓ CHỦ TỊCH"), para(""), b("Nguyễn Văn Hùng")];
    expect(codes(report({ footer: footer(LEFT, right) }))).not.toContain("footer.signer");
  });
});

describe("footer.recipientsSnv: the province's Sở Nội vụ, not a look-alike", () => {
  const recipients = (r: string) => report({ footer: footer([LEFT[0]!, r, "- Lưu: VT."], [b("GIÁM ĐỐC"), b("Nguyễn Văn An")]) });

  it.each(["- Sở Nội vụ tỉnh Hà Tĩnh;", "- Sở Nội vụ (để b/c);", "- SNV (b/c);", "- Giám đốc Sở Nội vụ;", "- Sở NV;", "- Sở Nội vụ tỉnh;"])("accepts %j", (r) => {
    expect(codes(recipients(r))).not.toContain("footer.recipientsSnv");
  });

  it.each(["- Phòng Nội vụ;", "- Bộ Nội vụ;", "- Phòng Nội vụ huyện (để t/h);", "- Sở Nội vụ tỉnh Nghệ An;"])(
    "warns about %j and quotes it",
    (r) => {
      const [f] = withCode(recipients(r), "footer.recipientsSnv");
      expect(f).toMatchObject({ severity: "warning", section: "footer", location: { block: 17, row: 0, cell: 0, paragraph: 1 } });
      expect(f?.message).toContain("không phải là Sở Nội vụ");
      expect(f?.excerpt).toBe(r);
    },
  );

  it("does not excuse a district's Phòng Nội vụ from sending to Sở Nội vụ", () => {
    const header = [
      table([
        [
          ["UBND HUYỆN CAN LỘC", "PHÒNG NỘI VỤ", "Số: 45/BC-PNV"].map((t) => para(t, { sizePt: 13 })),
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Can Lộc, ngày 28 tháng 6 năm 2024"].map((t) => para(t, { sizePt: 13 })),
        ],
      ]),
    ];
    const d = report({ header, footer: footer([LEFT[0]!, "- UBND huyện;", "- Lưu: VT."], [b("TRƯỞNG PHÒNG"), b("Nguyễn Văn An")]) });
    expect(codes(d)).toContain("footer.recipientsSnv");
  });
});

describe("footer.recipientsSnv: 'Kính gửi' with 'Như trên'", () => {
  const right = [b("GIÁM ĐỐC"), b("Nguyễn Văn An")];
  const nhuTren = footer([LEFT[0]!, "- Như trên;", "- Lưu: VT."], right);

  it("accepts a report addressed to Sở Nội vụ whose Nơi nhận says 'Như trên'", () => {
    const d = report({ title: [b("BÁO CÁO"), b("Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2024"), para("Kính gửi: Sở Nội vụ tỉnh Hà Tĩnh.")], footer: nhuTren });
    expect(codes(d)).not.toContain("footer.recipientsSnv");
  });

  it("still warns when the addressee is someone else", () => {
    const d = report({ title: [b("BÁO CÁO"), b("Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2024"), para("Kính gửi: UBND tỉnh Hà Tĩnh.")], footer: nhuTren });
    expect(codes(d)).toContain("footer.recipientsSnv");
  });
});
