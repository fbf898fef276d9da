import { writeDocx } from "../../../docx/write";
import { readDocx } from "../../../docx/read";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import type { DocumentModel } from "../../../shared/model/document";
import { buildOutline, exampleContent, unitKind } from "../../../shared/outline";
import { checkDocument } from "../../../shared/rules";
import { HA_TINH_2024_UNITS, type Unit } from "../../../shared/units";

/**
 * The product never warns about what it wrote itself: the example report passes clean for every kind of unit, and
 * the blank outline is reported only for what the clerk still has to fill in.
 */
const campaign = HA_TINH_2024;

/** Units of 2026-style campaigns and kinds the 2024 registry lacks, named as their headers print them. */
const EXTRA: Unit[] = [
  { id: "ward", name: "UBND phường Trần Phú", shortCode: "UBND", level: "commune", place: "Trần Phú", subordinateCount: null },
  { id: "town", name: "UBND thị trấn Nghèn", shortCode: "UBND", level: "commune", place: "Nghèn", subordinateCount: null },
  { id: "cc", name: "Chi cục Kiểm lâm", shortCode: "CCKL", level: "province_dept", parentName: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", place: "Hà Tĩnh", subordinateCount: null },
  { id: "snnmt", name: "Sở Nông nghiệp và Môi trường", shortCode: "SNNMT", level: "province_dept", parentName: "UBND TỈNH HÀ TĨNH", place: "Hà Tĩnh", subordinateCount: null },
  { id: "bcd", name: "Ban Chỉ đạo 389 tỉnh", shortCode: "BCĐ389", level: "province_dept", parentName: "UBND TỈNH HÀ TĨNH", place: "Hà Tĩnh", subordinateCount: null },
  { id: "school", name: "Trường Chính trị Trần Phú", shortCode: "TCT", level: "province_dept", parentName: "UBND TỈNH HÀ TĨNH", place: "Hà Tĩnh", subordinateCount: null },
  { id: "vp-huyen", name: "Văn phòng HĐND và UBND huyện Can Lộc", shortCode: "VP", level: "province_dept", parentName: "UBND HUYỆN CAN LỘC", place: "Can Lộc", subordinateCount: null },
  { id: "odd", name: "Liên đoàn Lao động tỉnh", shortCode: "LĐLĐ", level: "province_dept", parentName: "UBND TỈNH HÀ TĨNH", place: "Hà Tĩnh", subordinateCount: null },
];

/** One unit of each kind the registry holds (by name), plus the extra ones: every kind the outline prefills for. */
function representatives(): Unit[] {
  const seen = new Map<string, Unit>();
  for (const u of [...HA_TINH_2024_UNITS, ...EXTRA]) {
    const key = `${unitKind(u.name) ?? "unknown"}:${u.level}:${u.shortCode !== u.shortCode.toUpperCase() ? "mixed" : "caps"}`;
    if (!seen.has(key)) seen.set(key, u);
  }
  return [...new Set([...seen.values(), ...EXTRA])];
}

async function model(unit: Unit, example: boolean): Promise<DocumentModel> {
  const doc = buildOutline(campaign, unit, example ? exampleContent(campaign, unit) : {});
  const read = await readDocx(writeDocx(doc));
  if (!read.ok) throw new Error(read.error.code);
  return read.model;
}

describe("the product's own documents", () => {
  const units = representatives();

  it("cover every kind of unit, mixed-case codes included", () => {
    const kinds = new Set(units.map((u) => unitKind(u.name)));
    for (const k of ["commune", "district", "department", "inspectorate", "board", "provinceOffice", "agency", "branch", "subDepartment"]) {
      expect(kinds).toContain(k);
    }
    expect(units.some((u) => u.shortCode === "SNgV")).toBe(true);
    expect(units.some((u) => u.shortCode === "TTr")).toBe(true);
  });

  it.each(units.map((u) => [u.name, u] as const))("--example for %s has no finding at all", async (_name, unit) => {
    expect(checkDocument(await model(unit, true), campaign)).toEqual([]);
  });

  it.each(units.map((u) => [u.name, u] as const))("the blank outline for %s is reported only for what is left to fill in", async (_name, unit) => {
    const findings = checkDocument(await model(unit, false), campaign);
    const allowed = new Set(["header.number", "header.date", "section.placeholder", "footer.signer", "results.count", "remedies.deadline"]);
    expect(findings.filter((f) => !allowed.has(f.code))).toEqual([]);
    // Nothing about the parts it prefilled: the unit's code, the recipients, the signer's title.
    expect(findings.filter((f) => f.code === "header.numberFormat" || f.code === "footer.recipientsSnv")).toEqual([]);
    const signer = findings.filter((f) => f.code === "footer.signer");
    if (unitKind(unit.name)) for (const f of signer) expect(f.message).toContain("Chưa điền họ tên");
  });
});
