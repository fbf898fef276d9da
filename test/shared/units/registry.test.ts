import { HA_TINH_2024_REGISTRY, HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { createUnitRegistry, mergeUnits, validateUnits } from "../../../shared/units/registry";
import { UnitSchema, type Unit } from "../../../shared/units/schema";
import { generateUnits } from "../../../shared/units/generate";

describe("Hà Tĩnh 2024 units", () => {
  const units = HA_TINH_2024_UNITS;

  test("every unit matches the schema, ids are unique, every parent exists", () => {
    for (const u of units) expect(UnitSchema.parse(u)).toEqual(u);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(validateUnits(units)).toEqual([]);
  });

  test("13 district-level units with GSO ids, UBND code, no parent line", () => {
    const districts = HA_TINH_2024_REGISTRY.byLevel("district");
    expect(districts).toHaveLength(13);
    expect(districts.map((d) => d.id)).toContain("d436");
    for (const d of districts) {
      expect(d.id).toMatch(/^d4\d\d$/);
      expect(d.shortCode).toBe("UBND");
      expect(d.parentName).toBeUndefined();
      expect(d.name).toMatch(/^UBND (thành phố|thị xã|huyện) /);
    }
    expect(HA_TINH_2024_REGISTRY.get("d443")).toMatchObject({ name: "UBND huyện Can Lộc", place: "Can Lộc" });
    expect(HA_TINH_2024_REGISTRY.get("d449")).toMatchObject({ name: "UBND thị xã Kỳ Anh", place: "Kỳ Anh" });
    expect(HA_TINH_2024_REGISTRY.get("d436")).toMatchObject({ name: "UBND thành phố Hà Tĩnh", place: "Hà Tĩnh" });
  });

  test("departments print UBND TỈNH HÀ TĨNH above their name and use their own codes", () => {
    const depts = HA_TINH_2024_REGISTRY.byLevel("province_dept");
    expect(depts.length).toBeGreaterThanOrEqual(19);
    for (const d of depts) expect(d).toMatchObject({ parentName: "UBND TỈNH HÀ TĨNH", place: "Hà Tĩnh" });
    expect(HA_TINH_2024_REGISTRY.get("stp")).toMatchObject({ name: "Sở Tư pháp", shortCode: "STP" });
    expect(HA_TINH_2024_REGISTRY.get("snv")).toMatchObject({ name: "Sở Nội vụ", shortCode: "SNV" });
    expect(HA_TINH_2024_REGISTRY.get("skhdt")).toMatchObject({ shortCode: "SKHĐT" });
  });

  test("central agencies and commune examples are present; communes sit under their district", () => {
    expect(HA_TINH_2024_REGISTRY.byLevel("central_agency").map((u) => u.name)).toContain("Cục Thuế tỉnh Hà Tĩnh");
    const tranPhu = HA_TINH_2024_REGISTRY.get("c-436-tran-phu");
    expect(tranPhu).toMatchObject({ name: "UBND phường Trần Phú", level: "commune", parentId: "d436", place: "Trần Phú" });
    expect(HA_TINH_2024_REGISTRY.get("c-436-thach-ha")?.name).toBe("UBND xã Thạch Hạ");
    expect(HA_TINH_2024_REGISTRY.children("d449")).toHaveLength(12);
    for (const c of HA_TINH_2024_REGISTRY.byLevel("commune")) expect(c.id).toMatch(/^c-4\d\d-[a-z0-9-]+$/);
  });

  test("no subordinate count is known from public sources", () => {
    expect(units.every((u) => u.subordinateCount === null)).toBe(true);
  });
});

describe("registry validation and merge", () => {
  const base: Unit[] = [
    { id: "d1", name: "UBND huyện A", shortCode: "UBND", level: "district", place: "A", subordinateCount: null },
    { id: "c1", name: "UBND xã B", shortCode: "UBND", level: "commune", parentId: "d1", place: "B", subordinateCount: null },
  ];

  test("duplicate ids and missing parents are named", () => {
    const bad = [...base, { ...base[1]!, id: "c1" }, { ...base[1]!, id: "c2", parentId: "d9" }];
    const problems = validateUnits(bad);
    expect(problems.map((p) => p.unitId)).toEqual(["c1", "c2"]);
    expect(problems[1]!.message).toContain("d9");
    expect(() => createUnitRegistry(bad)).toThrow(/unit\.invalid/);
  });

  test("merge: imported units override by id in place, new ones are appended", () => {
    const merged = mergeUnits(base, [
      { ...base[0]!, subordinateCount: 22 },
      { id: "c3", name: "UBND xã C", shortCode: "UBND", level: "commune", parentId: "d1", place: "C", subordinateCount: 4 },
    ]);
    expect(merged.map((u) => [u.id, u.subordinateCount])).toEqual([["d1", 22], ["c1", null], ["c3", 4]]);
    expect(createUnitRegistry(merged).children("d1")).toHaveLength(2);
  });
});

describe("generateUnits", () => {
  test("is deterministic, valid, and covers both deadline groups and unknown counts", () => {
    const a = generateUnits(500);
    expect(a).toEqual(generateUnits(500));
    expect(a).toHaveLength(500);
    expect(validateUnits(a)).toEqual([]);
    const counts = a.map((u) => u.subordinateCount);
    expect(counts.some((c) => c === null)).toBe(true);
    expect(counts.some((c) => c !== null && c < 15)).toBe(true);
    expect(counts.some((c) => c !== null && c >= 15)).toBe(true);
    expect(new Set(a.map((u) => u.level))).toEqual(new Set(["province_dept", "district", "commune"]));
  });

  test("small and large sizes stay valid", () => {
    expect(generateUnits(0)).toEqual([]);
    expect(validateUnits(generateUnits(3))).toEqual([]);
    expect(validateUnits(generateUnits(20_000))).toEqual([]);
  });
});
