import type { Paragraph } from "../../../shared/model/document";
import { analyseReport } from "../../../shared/rules";
import { b, campaign, para, report, table } from "./builder";
import { codes, withCode } from "./helpers";

/** A paragraph typed with tabs: each [text, sizePt, bold] piece is one run. */
function runs(pieces: [string, number, boolean?][]): Paragraph {
  const text = pieces.map(([t]) => t).join("");
  return { type: "paragraph", text, runs: pieces.map(([t, sizePt, bold]) => ({ text: t, sizePt, bold, font: "Times New Roman" })) };
}

/** Nơi nhận left, signer right, in one paragraph per line, sizes as the decree wants them. */
function tabFooter(signerSize = 14, labelSize = 12, listSize = 11): Paragraph[] {
  return [
    runs([["Nơi nhận:", labelSize, true], ["\t\t\t", labelSize], ["TM. ỦY BAN NHÂN DÂN", signerSize, true]]),
    runs([["- Sở Nội vụ;", listSize], ["\t\t\t", listSize], ["KT. CHỦ TỊCH", signerSize, true]]),
    runs([["- TT Huyện ủy, HĐND huyện;", listSize], ["\t\t", listSize], ["PHÓ CHỦ TỊCH", signerSize, true]]),
    runs([["- Lưu: VT, NV.", listSize]]),
    para(""),
    runs([["\t\t\t\t", signerSize], ["Nguyễn Văn Hùng", signerSize, true]]),
  ];
}

describe("footers laid out with tabs", () => {
  it("reads recipients, authority, title and name from their columns", () => {
    const s = analyseReport(report({ footer: tabFooter() }), campaign);
    expect(s.footer.recipients.map((r) => r.text)).toEqual(["- Sở Nội vụ;", "- TT Huyện ủy, HĐND huyện;", "- Lưu: VT, NV."]);
    expect(s.footer.signerTitle?.text).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(s.footer.signerName?.text).toBe("Nguyễn Văn Hùng");
  });

  it("judges each column by its own size: a correct tab footer has no format finding", () => {
    expect(codes(report({ footer: tabFooter() }))).toEqual([]);
  });

  it("blames the signer, not “Nơi nhận:”, for a signer in the wrong size", () => {
    const [f] = withCode(report({ footer: tabFooter(10) }), "format.size");
    expect(f?.message).toContain("chức vụ, họ tên người ký");
    expect(f?.message).not.toContain("Nơi nhận");
    expect(f?.excerpt).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(f?.location).toMatchObject({ start: 12, end: 31 });
  });

  it("blames “Nơi nhận:”, not the signer, for a label in the wrong size", () => {
    const [f] = withCode(report({ footer: tabFooter(14, 16) }), "format.size");
    expect(f?.message).toContain("“Nơi nhận:”");
    expect(f?.excerpt).toBe("Nơi nhận:");
  });

  it("blames the recipients list for list items in the wrong size, even beside the signer", () => {
    const [f] = withCode(report({ footer: tabFooter(14, 12, 14) }), "format.size");
    expect(f?.message).toContain("danh sách nơi nhận");
    expect(f?.excerpt).toBe("- Sở Nội vụ;");
  });

  it("does not take a right-column line right after the label for a recipient", () => {
    const footer = [
      runs([["Nơi nhận:", 12, true]]),
      runs([["\t\t\t\t", 14], ["GIÁM ĐỐC", 14, true]]),
      runs([["- Sở Nội vụ;", 11]]),
      runs([["- Lưu: VT.", 11], ["\t\t\t", 11], ["Nguyễn Văn An", 14, true]]),
    ];
    const s = analyseReport(report({ footer }), campaign);
    expect(s.footer.recipients.map((r) => r.text)).toEqual(["- Sở Nội vụ;", "- Lưu: VT."]);
    expect(codes(report({ footer }))).toEqual([]);
  });
});

describe("footers laid out in a borderless table", () => {
  const cell = (texts: [string, number, boolean?][]) => texts.map(([t, size, bold]) => para(t, { sizePt: size, bold }));

  it("reads each cell as its own column and judges each part by its size", () => {
    const footer = [
      table([
        [
          cell([["Nơi nhận:", 12, true], ["- Sở Nội vụ tỉnh Hà Tĩnh;", 11], ["- Lưu: VT.", 11]]),
          cell([["KT. GIÁM ĐỐC", 14, true], ["PHÓ GIÁM ĐỐC", 14, true], ["", 14], ["Trần Thị Thu Hà", 14, true]]),
        ],
      ]),
    ];
    expect(codes(report({ footer }))).toEqual([]);
  });

  it("puts a signer in the wrong size on the signer", () => {
    const footer = [
      table([
        [
          cell([["Nơi nhận:", 12, true], ["- Sở Nội vụ;", 11], ["- Lưu: VT.", 11]]),
          cell([["GIÁM ĐỐC", 11, true], ["", 11], ["Trần Thị Thu Hà", 11, true]]),
        ],
      ]),
    ];
    const [f] = withCode(report({ footer }), "format.size");
    expect(f?.message).toContain("chức vụ, họ tên người ký");
    expect(f?.location).toMatchObject({ row: 0, cell: 1, paragraph: 0 });
  });

  it("reads a one-row table whose right cell holds authority, title and name with line breaks", () => {
    const footer = [table([[cell([["Nơi nhận:", 12, true], ["- Sở Nội vụ;", 11]]), [b("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLê Văn Bình")]]])];
    const s = analyseReport(report({ footer }), campaign);
    expect(s.footer.signerTitle?.text).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(s.footer.signerName?.text).toBe("Lê Văn Bình");
    expect(codes(report({ footer })).filter((c) => c.startsWith("footer."))).toEqual([]);
  });
});

describe("headers laid out with tabs", () => {
  it("judge the unit's name and the national title each by its own size", () => {
    const header = [
      runs([["SỞ TƯ PHÁP", 13, true], ["\t\t", 12], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true]]),
      runs([["\t\t\t", 13], ["Độc lập - Tự do - Hạnh phúc", 13, true]]),
      runs([["Số: 45/BC-STP", 13], ["\t\t", 13], ["Hà Tĩnh, ngày 28 tháng 6 năm 2024", 14]]),
    ];
    expect(codes(report({ header }))).toEqual([]);
    const wrong = [runs([["SỞ TƯ PHÁP", 16, true], ["\t\t", 12], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true]]), ...header.slice(1)];
    const [f] = withCode(report({ header: wrong }), "format.size");
    expect(f?.message).toContain("tên cơ quan");
    expect(f?.excerpt).toBe("SỞ TƯ PHÁP");
  });
});
