import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../functions/docx/read";
import { parseUnitsCsv } from "../../shared/units/csv";
import { HA_TINH_2024_UNITS } from "../../shared/units/ha-tinh-2024";
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
});
