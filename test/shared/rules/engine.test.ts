import { FindingSchema, hasErrors } from "../../../shared/model/findings";
import { RULE_SEVERITY } from "../../../shared/rules";
import { b, goodParts, para, report, table, toNfd } from "./builder";
import { check } from "./helpers";
import { bareTemplate, districtReport } from "./reports";

describe("the finding codes are a public contract", () => {
  it("keeps every contract code with its severity", () => {
    expect(RULE_SEVERITY).toMatchObject({
      "header.agency": "error",
      "header.number": "error",
      "header.numberFormat": "warning",
      "header.national": "error",
      "header.date": "error",
      "title.missing": "error",
      "section.missing": "error",
      "section.order": "error",
      "section.duplicate": "error",
      "section.empty": "error",
      "section.placeholder": "error",
      "results.count": "error",
      "shortcomings.field": "warning",
      "remedies.deadline": "error",
      "remedies.itemDeadline": "warning",
      "remedies.vagueDeadline": "warning",
      "remedies.deadlinePast": "warning",
      "footer.recipients": "error",
      "footer.recipientsSnv": "warning",
      "footer.signer": "error",
      "format.font": "warning",
      "format.size": "warning",
      "format.paper": "warning",
      "format.margins": "warning",
    });
  });
});

describe("checkDocument on whole reports", () => {
  it("finds nothing wrong in a fully filled Sở Tư pháp report", () => {
    expect(check(report())).toEqual([]);
  });

  it("finds no error in a district report laid out with Heading styles, list numbering, a remedies table and a tab-laid footer", () => {
    const findings = check(districtReport());
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check(toNfd(districtReport())).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("gives exactly the placeholder and missing-content findings on the bare template", () => {
    const findings = check(bareTemplate());
    expect(findings.map((f) => [f.code, f.section ?? null])).toEqual([
      ["header.agency", "header"],
      ["header.number", "header"],
      ["header.date", "header"],
      ["section.placeholder", "I"],
      ["section.placeholder", "II"],
      ["section.placeholder", "III"],
      ["section.placeholder", "IV"],
      ["footer.signer", "footer"],
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it("returns findings that satisfy the Finding schema, with Vietnamese and English messages", () => {
    const findings = check(bareTemplate());
    for (const f of findings) {
      expect(FindingSchema.parse(f)).toEqual(f);
      expect(f.message).not.toEqual(f.messageEn);
    }
  });

  it("sorts findings in document order: header first, format last", () => {
    const p = goodParts();
    const d = report(
      {
        header: [table([[["SỞ TƯ PHÁP", "Số: 45/BC-STP"].map((t) => para(t, { sizePt: 13 })), [para("Hà Tĩnh, ngày 28 tháng 6 năm 2024", { sizePt: 13 })]]])],
        II: [],
        III: [p.III[0]!, para("Thường xuyên rà soát TTHC.", { font: "Arial" })],
        footer: [b("GIÁM ĐỐC"), b("Nguyễn Văn An")],
      },
      { page: { widthTwips: 12240, heightTwips: 15840, margins: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
    );
    expect(check(d).map((f) => f.code)).toEqual([
      "header.national",
      "header.national",
      "section.missing",
      "remedies.deadline",
      "remedies.vagueDeadline",
      "footer.recipients",
      "format.font",
      "format.paper",
    ]);
  });

  it("treats a report with only warnings as submittable", () => {
    const p = goodParts();
    const findings = check(report({ II: [p.II[0]!, para("Một số đơn vị chưa thực hiện nghiêm túc kế hoạch.")] }));
    expect(findings.map((f) => f.code)).toEqual(["shortcomings.field"]);
    expect(hasErrors(findings)).toBe(false);
  });

  it("caps findings of one code so a long report is not buried", () => {
    const p = goodParts();
    const many = Array.from({ length: 50 }, (_, i) => para(`${i + 1}. Tăng cường tập huấn nội dung số ${i + 1}.`));
    const d = report({ III: [p.III[0]!, para("1. Rà soát TTHC trước ngày 30/9/2024."), ...many] });
    expect(check(d).filter((f) => f.code === "remedies.itemDeadline")).toHaveLength(20);
  });
});

// How long this takes is a bench/ figure (bench/docx-read.ts: read + check, 300 pages, against mammoth).
describe("size", () => {
  it("checks a 300-page report through to the end: clean, and a defect on the last page is found", () => {
    const p = goodParts();
    const pages = 300;
    const perPage = 4;
    const bodyOf = (blocks: typeof p.I) => Array.from({ length: pages * perPage }, (_, i) => blocks[1 + (i % (blocks.length - 1))]!);
    const III = [p.III[0]!, ...bodyOf(p.III)];
    expect(check(report({ I: [p.I[0]!, ...bodyOf(p.I)], II: [p.II[0]!, ...bodyOf(p.II)], III }))).toEqual([]);
    const last = report({ I: [p.I[0]!, ...bodyOf(p.I)], II: [p.II[0]!, ...bodyOf(p.II)], III: [...III, para("9. Tăng cường tập huấn nội dung mới.")] });
    expect(check(last).map((f) => f.code)).toEqual(["remedies.itemDeadline"]);
  });
});
