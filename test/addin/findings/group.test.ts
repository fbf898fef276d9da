import { countBySeverity, groupFindings } from "../../../addin/findings/group";
import type { Finding } from "../../../shared/model/findings";

const f = (code: Finding["code"], severity: Finding["severity"], section?: Finding["section"]): Finding => ({
  code,
  severity,
  message: code,
  messageEn: code,
  ...(section ? { section } : {}),
});

describe("groupFindings", () => {
  it("groups by section in reading order with counts, keeping the engine's order inside a group", () => {
    const groups = groupFindings([
      f("format.font", "warning", "format"),
      f("section.placeholder", "error", "II"),
      f("header.number", "error", "header"),
      f("section.emptyOptional", "warning", "II"),
      f("shortcomings.field", "warning"),
    ]);
    expect(groups.map((g) => [g.section, g.errors, g.warnings])).toEqual([
      ["header", 1, 0],
      ["II", 1, 1],
      ["format", 0, 1],
      ["other", 0, 1],
    ]);
    expect(groups[1]?.findings.map((x) => x.code)).toEqual(["section.placeholder", "section.emptyOptional"]);
  });

  it("counts errors and warnings", () => {
    expect(countBySeverity([f("header.agency", "error"), f("format.font", "warning"), f("footer.signer", "error")])).toEqual({ errors: 2, warnings: 1 });
    expect(groupFindings([])).toEqual([]);
  });
});
