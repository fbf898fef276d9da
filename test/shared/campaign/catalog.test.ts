import { loadCatalog, unitsFilesOf, type CampaignCatalog, type CatalogInput } from "../../../shared/campaign/catalog";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { LEVELS_TWO_TIER } from "../../../shared/campaign/levels";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { HA_TINH_TWO_TIER_UNITS } from "../../../shared/units/ha-tinh-two-tier";
import { UnitSchema } from "../../../shared/units/schema";

const HEADER = "id,name,shortCode,level,parentId,parentName,place,subordinateCount\n";
const today = { year: 2026, month: 12, day: 3 };

function ok(input: CatalogInput): CampaignCatalog {
  const result = loadCatalog(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.messageEn).join("\n"));
  return result.catalog;
}

function problems(input: CatalogInput): string[] {
  const result = loadCatalog(input);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => p.messageEn);
}

/** A 2027 campaign as a province would write it in the campaigns file: two-tier levels, its own units file. */
const campaign2027 = {
  ...HA_TINH_2024,
  id: "ha-tinh-2027-h1",
  year: 2027,
  levels: LEVELS_TWO_TIER,
  deadlines: { inclusiveEndOfDay: true, rules: [{ due: "2027-06-30", label: "Tất cả" }] },
};

describe("loadCatalog", () => {
  test("each campaign carries its own units: 2024 keeps its districts, the demo is two-tier", () => {
    const catalog = ok({ demoToday: today });
    expect(catalog.list().map((c) => c.id)).toEqual(["ha-tinh-2024-h1", "demo-2026"]);
    expect(catalog.unitsFor("ha-tinh-2024-h1").list()).toEqual(HA_TINH_2024_UNITS);
    expect(catalog.unitsFor("ha-tinh-2024-h1").byLevel("district")).toHaveLength(13);
    const demo = catalog.unitsFor("demo-2026");
    expect(demo.list().map(({ emails: _, ...u }) => u)).toEqual(HA_TINH_TWO_TIER_UNITS);
    expect(demo.byLevel("district")).toEqual([]);
    expect(demo.byLevel("commune").map((u) => u.name)).toContain("UBND phường Thành Sen");
    expect(catalog.campaignsOf("snv")).toEqual(["ha-tinh-2024-h1", "demo-2026"]);
    expect(catalog.campaignsOf("d443")).toEqual(["ha-tinh-2024-h1"]);
    expect(catalog.campaignsOf("phuong-thanh-sen")).toEqual(["demo-2026"]);
    expect(() => catalog.unitsFor("nope")).toThrow(/campaign\.notFound/);
  });

  test("only the demo's units have addresses, all under the undeliverable .invalid domain; 2024's have none", () => {
    const catalog = ok({ demoToday: today });
    const demo = catalog.unitsFor("demo-2026").list();
    expect(demo.map((u) => u.emails)).toEqual(demo.map((u) => [`vanthu@${u.id}.demo.invalid`]));
    expect(UnitSchema.array().parse(demo)).toEqual(demo);
    expect(catalog.unitsFor("ha-tinh-2024-h1").list().filter((u) => u.emails !== undefined)).toEqual([]);
    expect(HA_TINH_TWO_TIER_UNITS.filter((u) => u.emails !== undefined)).toEqual([]);
  });

  test("a units CSV attaches to one campaign (CCHC_UNITS_FILE: the default one) and is merged over its units", () => {
    const catalog = ok({
      demoToday: today,
      unitsCsv: [{ campaignId: "ha-tinh-2024-h1", source: "CCHC_UNITS_FILE", text: `${HEADER}stp,Sở Tư pháp,STP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,22\n` }],
    });
    expect(catalog.unitsFor("ha-tinh-2024-h1").get("stp")?.subordinateCount).toBe(22);
    expect(catalog.unitsFor("demo-2026").get("stp")?.subordinateCount).toBeNull();
  });

  test("the campaigns file adds campaigns with their own units files, or attaches a units file to an existing one", () => {
    const data = [
      { ...campaign2027, unitsFile: "units-2027.csv" },
      { id: "ha-tinh-2024-h1", unitsFile: "counts-2024.csv" },
    ];
    expect(unitsFilesOf(data)).toEqual(["units-2027.csv", "counts-2024.csv"]);
    const unitsFiles = new Map([
      ["units-2027.csv", `${HEADER}snv,Sở Nội vụ,SNV,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,9\nxa-dong-tien,UBND xã Đồng Tiến,UBND,commune,,,Đồng Tiến,\n`],
      ["counts-2024.csv", `${HEADER}snv,Sở Nội vụ,SNV,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,16\n`],
    ]);
    const catalog = ok({ campaignsFile: { source: "campaigns.json", data }, unitsFiles });
    // A new campaign's units are its file alone, not the default campaign's.
    expect(catalog.unitsFor("ha-tinh-2027-h1").list().map((u) => u.id)).toEqual(["snv", "xa-dong-tien"]);
    expect(catalog.get("ha-tinh-2027-h1")).not.toHaveProperty("unitsFile");
    expect(catalog.unitsFor("ha-tinh-2024-h1").get("snv")?.subordinateCount).toBe(16);
    expect(catalog.unitsFor("ha-tinh-2024-h1").list()).toHaveLength(HA_TINH_2024_UNITS.length);
  });

  test("a campaigns-file campaign without a units file reports with the default campaign's units (as before)", () => {
    const { levels: _levels, ...legacy } = { ...HA_TINH_2024, id: "ha-tinh-2024-h2" };
    const catalog = ok({ campaignsFile: { source: "campaigns.json", data: legacy } });
    expect(catalog.unitsFor("ha-tinh-2024-h2").list()).toEqual(HA_TINH_2024_UNITS);
  });

  test("every problem is listed at once, with where it comes from", () => {
    const found = problems({
      demoToday: today,
      campaignsFile: {
        source: "campaigns.json",
        data: [{ ...campaign2027, unitsFile: "u.csv" }, { ...HA_TINH_2024, id: "Bad Id" }, { id: "nope", unitsFile: "x.csv" }],
      },
      unitsFiles: new Map([
        ["u.csv", `${HEADER}d443,UBND huyện Can Lộc,UBND,district,,,Can Lộc,\n`],
        ["x.csv", HEADER],
      ]),
      unitsCsv: [{ campaignId: "demo-2026", source: "extra.csv", text: `${HEADER}c-1,UBND xã X,UBND,commune,d999,,X,\n` }],
    });
    expect(found).toEqual([
      expect.stringMatching(/^campaigns\.json #1: invalid campaign: id/),
      expect.stringMatching(/^u\.csv: Line 2: level "district" is not a level of the campaign/),
      expect.stringMatching(/^x\.csv: no campaign "nope"/),
      expect.stringMatching(/^demo-2026: Unit "c-1" has parent "d999"/),
    ]);
  });

  test("a units file the caller did not read and a duplicate campaign id are problems too", () => {
    expect(problems({ campaignsFile: { source: "c.json", data: { ...campaign2027, unitsFile: "missing.csv" } } })).toEqual([
      "c.json #0: units file missing.csv was not read.",
    ]);
    expect(problems({ campaignsFile: { source: "c.json", data: HA_TINH_2024 } })).toEqual(['c.json #0: duplicate campaign id "ha-tinh-2024-h1".']);
  });
});
