import { applyContests, ContestRequestSchema, sameContests } from "../../../shared/api/contest";
import type { Finding } from "../../../shared/model/findings";

const finding = (code: Finding["code"], severity: Finding["severity"] = "error"): Finding => ({ code, severity, message: code, messageEn: code });
const REASON = "Số liệu ở bảng Phụ lục 1 kèm theo";

describe("applyContests", () => {
  it("marks every error of a contested code, keeps warnings as they are, lists what remains", () => {
    const findings = [finding("section.missing"), finding("results.count"), finding("section.missing"), finding("format.font", "warning")];
    const v = applyContests(findings, [{ code: "section.missing", reason: REASON }]);
    expect(v.findings.map((f) => f.contested)).toEqual([true, undefined, true, undefined]);
    expect(v.uncontested.map((f) => f.code)).toEqual(["results.count"]);
    expect(v.applied).toEqual([{ code: "section.missing", reason: REASON }]);
  });

  it("never contests a document of another kind, nor a warning", () => {
    const v = applyContests([finding("document.wrongType"), finding("format.font", "warning")], [
      { code: "document.wrongType", reason: REASON },
      { code: "format.font", reason: REASON },
    ]);
    expect(v.uncontested.map((f) => f.code)).toEqual(["document.wrongType"]);
    expect(v.findings.every((f) => f.contested === undefined)).toBe(true);
    expect(v.applied).toEqual([]);
  });

  it("does not record a reason for an error the document does not have", () => {
    expect(applyContests([finding("footer.signer")], [{ code: "results.count", reason: REASON }]).applied).toEqual([]);
  });
});

describe("the contested part", () => {
  it("trims and NFC-normalises reasons, then requires 10 to 1000 characters", () => {
    const nfd = "Số liệu ở bảng".normalize("NFD");
    expect(ContestRequestSchema.parse([{ code: "results.count", reason: `  ${nfd}  ` }])).toEqual([{ code: "results.count", reason: "Số liệu ở bảng" }]);
    expect(ContestRequestSchema.safeParse([{ code: "results.count", reason: "  Xem Phụ lục  " }]).success).toBe(true);
    expect(ContestRequestSchema.safeParse([{ code: "results.count", reason: "  quá ngắn " }]).success).toBe(false);
    expect(ContestRequestSchema.safeParse([{ code: "results.count", reason: "x".repeat(1001) }]).success).toBe(false);
  });

  it("allows one entry per code", () => {
    const twice = [{ code: "a", reason: REASON }, { code: "a", reason: REASON }];
    expect(ContestRequestSchema.safeParse(twice).success).toBe(false);
  });
});

it("sameContests ignores order, not reasons", () => {
  const a = [{ code: "a", reason: REASON }, { code: "b", reason: REASON }];
  expect(sameContests(a, [...a].reverse())).toBe(true);
  expect(sameContests(a, [a[0]!, { code: "b", reason: "khác" }])).toBe(false);
  expect(sameContests([], [])).toBe(true);
});
