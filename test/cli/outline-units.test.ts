import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../docx/read";
import { parseUnitsCsv } from "../../shared/units/csv";
import { HA_TINH_2024_UNITS } from "../../shared/units/ha-tinh-2024";
import { writeDocx } from "../../docx/write";
import { makeDemoCampaign } from "../../shared/campaign/demo";
import { toCalendarDate } from "../../shared/dates/calendar";
import { buildOutline } from "../../shared/outline/build";
import { dateLine } from "../../shared/outline/header";
import { HA_TINH_TWO_TIER_UNITS } from "../../shared/units/ha-tinh-two-tier";
import { makeOutlineDocx } from "../fixtures/reports";
import { tempDir } from "../support/temp-dir";
import { cchc } from "./capture";

const dir = tempDir("cchc-outline-");

describe("cchc outline", () => {
  test("writes the unit's outline, identical to the fixture the add-in spec builds", async () => {
    const out = path.join(dir, "d443.docx");
    const run = await cchc("outline", "--unit", "d443", "--out", out);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toContain("UBND huyện Can Lộc");
    const bytes = new Uint8Array(readFileSync(out));
    expect(bytes).toEqual(makeOutlineDocx("d443"));
    const read = await readDocx(bytes);
    expect(read.ok).toBe(true);
  });

  test("--example writes a filled sample report that validates clean, for this campaign's year", async () => {
    const out = path.join(dir, "snv-example.docx");
    expect((await cchc("outline", "--unit", "snv", "--out", out, "--example")).code).toBe(0);
    const run = await cchc("validate", "--json", out);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ ok: true, findings: [] });
    const demo = path.join(dir, "snv-demo.docx");
    expect((await cchc("outline", "--unit", "snv", "--out", demo, "--example", "--campaign", "ha-tinh-2024-h1")).code).toBe(0);
    const read = await readDocx(new Uint8Array(readFileSync(demo)));
    const text = read.ok ? read.model.blocks.map((b) => (b.type === "paragraph" ? b.text : "")).join("\n") : "";
    expect(text).toContain("trước ngày 30/9/2024");
  });

  test("unknown unit: exit 2, says how to list the ids, writes nothing", async () => {
    const out = path.join(dir, "none.docx");
    const run = await cchc("outline", "--unit", "xyz", "--out", out);
    expect(run.code).toBe(2);
    expect(run.err).toContain('"xyz"');
    expect(run.err).toContain("cchc units");
    expect(() => readFileSync(out)).toThrow();
  });

  test("missing options are usage errors", async () => {
    expect((await cchc("outline", "--unit", "stp")).err).toContain("--out");
    expect((await cchc("outline", "--out", "x.docx")).code).toBe(2);
  });

  test("an unwritable destination is reported, not thrown", async () => {
    const run = await cchc("outline", "--unit", "stp", "--out", path.join(dir, "no-such-dir", "x.docx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("ENOENT");
  });
});

describe("cchc units", () => {
  test("lists every unit with its due date and flags unknown counts", async () => {
    const run = await cchc("units");
    expect(run.code).toBe(0);
    const stp = run.out.split("\n").find((l) => l.startsWith("stp "));
    expect(stp).toMatch(/STP\s+Sở Tư pháp\s+sở, ngành\s+30\/06\/2024 \*$/);
    expect(run.out).toContain(`* ${HA_TINH_2024_UNITS.length} đơn vị chưa có số đơn vị trực thuộc`);
  });

  test("--csv prints the documented CSV with a dueDate column, re-importable", async () => {
    const run = await cchc("units", "--csv");
    const [header] = run.out.split("\r\n");
    expect(header).toBe("id,name,shortCode,level,parentId,parentName,place,subordinateCount,dueDate");
    expect(run.out).toContain("stp,Sở Tư pháp,STP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,,30/06/2024\r\n");
    expect(parseUnitsCsv(run.out)).toEqual({ units: [...HA_TINH_2024_UNITS], errors: [] });
  });

  test("--units merges an imported CSV: real counts move units to the later deadline", async () => {
    const csv = path.join(dir, "counts.csv");
    writeFileSync(
      csv,
      "\ufeffid,name,shortCode,level,parentId,parentName,place,subordinateCount\r\n" +
        "stp,Sở Tư pháp,STP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,22\r\n" +
        "c-443-moi,UBND xã Mới,UBND,commune,d443,,Mới,3\r\n",
    );
    const run = await cchc("units", "--units", csv);
    expect(run.out.split("\n").find((l) => l.startsWith("stp "))).toMatch(/30\/09\/2024$/);
    expect(run.out).toMatch(/c-443-moi\s+UBND\s+UBND xã Mới\s+cấp xã\s+30\/06\/2024\n/);
  });

  test("a bad imported CSV is refused with its line numbers", async () => {
    const csv = path.join(dir, "bad.csv");
    writeFileSync(csv, "id,name,shortCode,level,place,subordinateCount\nstp,Sở Tư pháp,STP,province_dept,Hà Tĩnh,nhiều\n");
    const run = await cchc("units", "--units", csv);
    expect(run.code).toBe(2);
    expect(run.err).toContain("Dòng 2:");
  });

  test("an imported unit whose parent is unknown is refused", async () => {
    const csv = path.join(dir, "orphan.csv");
    writeFileSync(csv, "id,name,shortCode,level,parentId,place\nc-1-x,UBND xã X,UBND,commune,d999,X\n");
    const run = await cchc("units", "--units", csv);
    expect(run.code).toBe(2);
    expect(run.err).toContain("d999");
  });

  test("the [DEMO] campaign lists its own two-tier units: no district, commune-level units, due dates ahead", async () => {
    const run = await cchc("units", "--campaign", "demo", "--csv");
    expect(run.code).toBe(0);
    const { units, errors } = parseUnitsCsv(run.out);
    expect(errors).toEqual([]);
    expect(units.map((u) => u.level)).not.toContain("district");
    expect(units.filter((u) => u.level === "commune").map((u) => u.name)).toContain("UBND phường Thành Sen");
    expect(units.map((u) => u.id)).not.toContain("d443");
    // The alias and the id name the same campaign (the id carries the year of the day it is built).
    const byId = await cchc("units", "--campaign", await demoIdOf(), "--csv");
    expect(byId.out).toBe(run.out);
    const human = await cchc("units", "--campaign", "demo");
    expect(human.out).toMatch(/phuong-thanh-sen\s+UBND\s+UBND phường Thành Sen\s+cấp xã\s+\d\d\/\d\d\/\d{4} \*\n/);
  });

  test("the 2024 campaign keeps its districts", async () => {
    const { units } = parseUnitsCsv((await cchc("units", "--campaign", "ha-tinh-2024-h1", "--csv")).out);
    expect(units.filter((u) => u.level === "district")).toHaveLength(13);
  });

  test("--units checks levels against the campaign: a district is refused by the two-tier demo", async () => {
    const csv = path.join(dir, "district.csv");
    writeFileSync(csv, "id,name,shortCode,level,place\nd443,UBND huyện Can Lộc,UBND,district,Can Lộc\n");
    const run = await cchc("units", "--campaign", "demo", "--units", csv);
    expect(run.code).toBe(2);
    expect(run.err).toContain('cấp "district" không có trong đợt báo cáo (level: province_dept | central_agency | commune)');
    expect((await cchc("units", "--units", csv)).code).toBe(0);
  });

  test("an outline for a ward of the demo campaign is dated from the ward, in the demo's year", async () => {
    const out = path.join(dir, "thanh-sen.docx");
    const run = await cchc("outline", "--campaign", "demo", "--unit", "phuong-thanh-sen", "--out", out);
    expect(run.code).toBe(0);
    expect(run.out).toContain("UBND phường Thành Sen");
    const demo = makeDemoCampaign(toCalendarDate(new Date().toISOString()));
    const ward = HA_TINH_TWO_TIER_UNITS.find((u) => u.id === "phuong-thanh-sen")!;
    expect(new Uint8Array(readFileSync(out))).toEqual(writeDocx(buildOutline(demo, ward)));
    expect(dateLine(demo, ward, {})).toBe(`Thành Sen, ngày … tháng … năm ${demo.year}`);
    expect((await cchc("outline", "--campaign", "demo", "--unit", "d443", "--out", out)).code).toBe(2);
  });

  test.each(["snv", "phuong-thanh-sen", "thue"])("the demo's example report for %s passes the demo's checks", async (unitId) => {
    const out = path.join(dir, `${unitId}-example.docx`);
    expect((await cchc("outline", "--campaign", "demo", "--unit", unitId, "--out", out, "--example")).code).toBe(0);
    const run = await cchc("validate", "--json", "--campaign", "demo", out);
    const result = JSON.parse(run.out) as { ok: boolean; findings: { code: string; severity: string }[] };
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

/** The demo's id as the CLI names it when a campaign is unknown. */
async function demoIdOf(): Promise<string> {
  const run = await cchc("units", "--campaign", "nope");
  const id = /demo-\d{4}/.exec(run.err)?.[0];
  if (!id) throw new Error(run.err);
  return id;
}
