import type { Block, DocumentModel } from "../../../../shared/model/document";
import type { CheckOptions } from "../../../../shared/rules";
import { b, campaign, goodParts, para, report, table } from "../builder";
import { check, codes, withCode } from "../helpers";

const heading = () => goodParts().III[0]!;
const item = (t: string) => para(t, { listLabel: "-" });
const sectionIII = (...blocks: Block[]) => report({ III: [heading(), ...blocks] });
const remedyCodes = (d: DocumentModel, o?: CheckOptions) =>
  check(d, o).filter((f) => f.code.startsWith("remedies.")).map((f) => f.code);

describe("remedies.deadline", () => {
  it.each([
    "Hoàn thành rà soát thủ tục hành chính trước ngày 30/9/2024.",
    "Chậm nhất ngày 20/12/2024 hoàn thành việc công khai TTHC.",
    "Khắc phục xong trong tháng 9/2024.",
    "Hoàn thành trong Quý III/2024.",
    "Khắc phục trước 30/9 các tồn tại nêu trên.",
    "Thực hiện từ ngày 15/7 đến 15/8/2024.",
  ])("accepts a concrete deadline: %j", (text) => {
    expect(remedyCodes(sectionIII(para(text)))).toEqual([]);
  });

  it("flags a section with no concrete deadline at all, and points at the vague wording", () => {
    const d = sectionIII(para("Thường xuyên rà soát, cập nhật thủ tục hành chính."), para("Tăng cường kiểm tra trong thời gian tới."));
    const found = check(d).filter((f) => f.code.startsWith("remedies."));
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ["remedies.deadline", "error"],
      ["remedies.vagueDeadline", "warning"],
      ["remedies.vagueDeadline", "warning"],
    ]);
    expect(found[0]?.message).toContain("thời hạn khắc phục cụ thể");
    expect(found[0]?.location).toEqual({ block: 11 });
  });

  it("does not take a recurring date for a deadline", () => {
    expect(remedyCodes(sectionIII(para("Báo cáo kết quả khắc phục trước ngày 20 tháng 12 hằng năm.")))).toContain("remedies.deadline");
  });

  it("does not take counts or document numbers for deadlines", () => {
    const d = sectionIII(para("Khắc phục tồn tại tại 08/12 phòng theo Quyết định số 06/2024/QĐ-UBND."));
    expect(remedyCodes(d)).toEqual(["remedies.deadline"]);
  });

  it("counts the dates of a remedies table's deadline column", () => {
    const d = sectionIII(
      table([
        ["TT", "Giải pháp khắc phục", "Thời hạn khắc phục"],
        ["1", "Rà soát, công khai TTHC", "30/9/2024"],
        ["2", "Tập huấn dịch vụ công trực tuyến", "Quý III/2024"],
        ["3", "Kiện toàn bộ phận một cửa", "9/2024"],
      ]),
    );
    expect(remedyCodes(d)).toEqual([]);
  });

  it("flags a remedies table without any concrete deadline", () => {
    const d = sectionIII(table([["Giải pháp", "Thời hạn"], ["Rà soát TTHC", "Thường xuyên"], ["Tập huấn", ""]]));
    expect(remedyCodes(d)).toEqual(["remedies.deadline", "remedies.vagueDeadline"]);
  });
});

describe("an unfilled remedies table (the template's)", () => {
  const form = () => table([["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn khắc phục"], ["", "", "", ""]]);
  const guidance = campaign.outline.sections.find((s) => s.key === "III")!.guidance;

  it("asks for deadlines even while the section still holds the guidance", () => {
    expect(codes(sectionIII(para(guidance), form())).filter((c) => c.startsWith("section.") || c.startsWith("remedies."))).toEqual([
      "remedies.deadline",
      "section.placeholder",
    ]);
  });

  it("is no content of its own: heading plus empty table is an empty section", () => {
    expect(codes(sectionIII(form()))).toContain("section.empty");
  });

  it("is ignored once the text states the deadlines", () => {
    expect(remedyCodes(sectionIII(item("Rà soát TTHC trước ngày 30/9/2024."), form()))).toEqual([]);
  });
});

describe("remedies.itemDeadline", () => {
  it("flags list items without a deadline of their own when others have one", () => {
    const d = sectionIII(item("Rà soát TTHC trước ngày 30/9/2024."), item("Tăng cường tập huấn cho công chức."), item("Kiện toàn bộ phận một cửa trong tháng 8/2024."));
    const found = withCode(d, "remedies.itemDeadline");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", section: "III", location: { block: 13 } });
    expect(found[0]?.message).toContain("Tăng cường tập huấn");
  });

  it("recognises typed bullets and numbering as items", () => {
    const d = sectionIII(para("1. Rà soát TTHC trước ngày 30/9/2024."), para("2. Tăng cường tập huấn."), para("a) Bổ sung quy chế."), para("+ Kiện toàn bộ phận một cửa."));
    expect(withCode(d, "remedies.itemDeadline")).toHaveLength(3);
  });

  it("lets an item take its deadline from a group line or a following 'Thời hạn' line", () => {
    const d = sectionIII(
      para("Đến hết Quý III/2024, hoàn thành các nội dung sau:"),
      item("Rà soát TTHC."),
      item("Công khai TTHC trên Cổng Dịch vụ công."),
      b("Về chính quyền số"),
      item("Nâng cấp phần mềm quản lý văn bản."),
      item("Thời hạn: trước ngày 31/10/2024."),
    );
    expect(withCode(d, "remedies.itemDeadline")).toEqual([]);
  });

  it("flags table rows with an empty deadline cell", () => {
    const d = sectionIII(table([["Giải pháp khắc phục", "Thời hạn hoàn thành"], ["Rà soát TTHC", "30/9/2024"], ["Tập huấn", ""]]));
    expect(withCode(d, "remedies.itemDeadline").map((f) => f.location)).toEqual([{ block: 12, row: 2, cell: 0, paragraph: 0 }]);
  });

  it("does not judge a table's group rows (one merged or bold cell) as remedies", () => {
    const d = sectionIII(
      table([
        ["TT", "Giải pháp khắc phục", "Thời hạn"],
        [b("I. Lĩnh vực thủ tục hành chính")],
        ["1", "Rà soát TTHC", "30/9/2024"],
        ["", b("Lĩnh vực chính quyền số"), ""],
        ["2", "Nâng cấp phần mềm", "Quý IV/2024"],
      ]),
    );
    expect(remedyCodes(d)).toEqual([]);
  });

  it("is not raised when the section has no concrete deadline at all (remedies.deadline covers it)", () => {
    const d = sectionIII(item("Rà soát TTHC."), item("Tăng cường tập huấn."));
    expect(remedyCodes(d)).toEqual(["remedies.deadline"]);
  });
});

describe("remedies.vagueDeadline", () => {
  it("flags an item whose only deadline is vague, instead of itemDeadline", () => {
    const text = "Thường xuyên rà soát, cập nhật TTHC.";
    const d = sectionIII(item("Công khai TTHC trước ngày 30/9/2024."), item(text));
    const found = check(d).filter((f) => f.code.startsWith("remedies."));
    expect(found.map((f) => f.code)).toEqual(["remedies.vagueDeadline"]);
    expect(text.slice(found[0]?.location?.start, found[0]?.location?.end)).toBe("Thường xuyên");
  });

  it.each(["Khắc phục ngay các tồn tại.", "Xử lý kịp thời.", "Tập trung khắc phục trong thời gian tới."])("flags %j", (text) => {
    expect(remedyCodes(sectionIII(item("Công khai TTHC trước ngày 30/9/2024."), item(text)))).toEqual(["remedies.vagueDeadline"]);
  });

  it("does not flag vague words next to a concrete deadline", () => {
    expect(remedyCodes(sectionIII(item("Thường xuyên rà soát TTHC, hoàn thành đợt rà soát trước ngày 30/9/2024.")))).toEqual([]);
  });
});

describe("remedies.deadlinePast", () => {
  it("warns about a deadline before the report's date (header date line)", () => {
    const text = "Hoàn thành rà soát TTHC trước ngày 15/5/2024.";
    const [f] = withCode(sectionIII(para(text)), "remedies.deadlinePast");
    expect(f).toMatchObject({ severity: "warning", section: "III", location: { block: 12 } });
    expect(text.slice(f?.location?.start, f?.location?.end)).toContain("15/5/2024");
    expect(f?.message).toContain("28/06/2024");
  });

  it("accepts a deadline on or after the report's date", () => {
    expect(codes(sectionIII(para("Hoàn thành trước ngày 28/6/2024.")))).not.toContain("remedies.deadlinePast");
  });

  it("falls back to options.referenceDate when the date line is blank, and stays quiet with neither", () => {
    const p = goodParts();
    const blankDate = report({
      header: [table([[["SỞ TƯ PHÁP", "Số: 45/BC-STP"].map((t) => para(t)), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày ... tháng ... năm 2024"].map((t) => para(t))]])],
      III: [p.III[0]!, para("Hoàn thành trước ngày 30/6/2024.")],
    });
    expect(codes(blankDate)).not.toContain("remedies.deadlinePast");
    expect(codes(blankDate, { referenceDate: { year: 2024, month: 7, day: 5 } })).toContain("remedies.deadlinePast");
  });
});

describe("dates that are not deadlines", () => {
  it("gives the missing- and vague-deadline findings to a §III whose only dates are cited documents'", () => {
    const d = sectionIII(
      para("Thực hiện Quyết định số 54/2019/QĐ-UBND ngày 27/9/2019 và Kế hoạch số 15/KH-UBND ngày 20/01/2024 của UBND tỉnh:"),
      item("Thường xuyên rà soát, cập nhật, công khai TTHC."),
      item("Kịp thời chấn chỉnh các tồn tại theo Công văn số 123/SNV-CCHC ngày 05/3/2024 của Sở Nội vụ."),
    );
    const found = check(d).filter((f) => f.code.startsWith("remedies."));
    expect(found.map((f) => f.code)).toEqual(["remedies.deadline", "remedies.vagueDeadline", "remedies.vagueDeadline"]);
    expect(found.map((f) => f.excerpt)).toEqual(["III. GIẢI PHÁP KHẮC PHỤC", "Thường xuyên", "Kịp thời"]);
  });

  it("does not warn that a cited document's date or a past event's has passed", () => {
    const d = sectionIII(
      item("Ngày 15/3/2024, Sở đã tổ chức hội nghị quán triệt; tiếp tục rà soát TTHC, hoàn thành trước ngày 30/9/2024."),
      item("Thực hiện Thông tư số 01/2023/TT-BNV ngày 10/3/2023, kiện toàn bộ phận một cửa trong Quý III/2024."),
    );
    expect(remedyCodes(d)).toEqual([]);
  });

  it("still warns about a remedy deadline before the report's date", () => {
    const d = sectionIII(item("Theo Kế hoạch số 15/KH-UBND ngày 20/01/2024, hoàn thành rà soát TTHC trước ngày 15/5/2024."));
    const found = withCode(d, "remedies.deadlinePast");
    expect(found.map((f) => f.excerpt)).toEqual(["trước ngày 15/5/2024"]);
  });

  it("reads a date in the remedies table's deadline column as a deadline even when it has passed", () => {
    const d = sectionIII(table([["TT", "Giải pháp", "Thời hạn"], ["1", "Rà soát TTHC", "15/5/2024"], ["2", "Tập huấn", "30/9/2024"]]));
    expect(remedyCodes(d)).toEqual(["remedies.deadlinePast"]);
  });

  it("takes an uncued date after the report's date as a deadline, one before it as an event", () => {
    expect(remedyCodes(sectionIII(item("Tổ chức tập huấn cho công chức vào ngày 20/7/2024.")))).toEqual([]);
    expect(remedyCodes(sectionIII(item("Tổ chức tập huấn cho công chức vào ngày 20/5/2024.")))).toEqual(["remedies.deadline"]);
  });
});
