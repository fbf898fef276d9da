import { parseUnitsCsv, toUnitsCsv } from "../../../shared/units/csv";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { LEVELS_2024, LEVELS_TWO_TIER } from "../../../shared/campaign/levels";

const HEADER = "id,name,shortCode,level,parentId,parentName,place,subordinateCount";
const LEVELS = LEVELS_2024.map((l) => l.id);

describe("parseUnitsCsv", () => {
  test("BOM, CRLF, quoted fields with commas and quotes, empty count = unknown", () => {
    const text =
      "\ufeff" +
      HEADER +
      "\r\n" +
      'svhttdl,"Sở Văn hóa, Thể thao và Du lịch",SVHTTDL,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,12\r\n' +
      'c-443-x,"UBND xã ""Mẫu""",UBND,commune,d443,,Can Lộc,\r\n';
    const { units, errors } = parseUnitsCsv(text);
    expect(errors).toEqual([]);
    expect(units).toEqual([
      { id: "svhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", shortCode: "SVHTTDL", level: "province_dept", parentName: "UBND TỈNH HÀ TĨNH", place: "Hà Tĩnh", subordinateCount: 12 },
      { id: "c-443-x", name: 'UBND xã "Mẫu"', shortCode: "UBND", level: "commune", parentId: "d443", place: "Can Lộc", subordinateCount: null },
    ]);
  });

  test("columns in any order, unknown columns ignored, blank lines skipped, LF only", () => {
    const text = "place,id,level,name,shortCode,dueDate\n\nCan Lộc,d443,district,UBND huyện Can Lộc,UBND,30/06/2024\n\n";
    const { units, errors } = parseUnitsCsv(text);
    expect(errors).toEqual([]);
    expect(units).toEqual([{ id: "d443", name: "UBND huyện Can Lộc", shortCode: "UBND", level: "district", place: "Can Lộc", subordinateCount: null }]);
  });

  test("a quoted newline keeps later line numbers true", () => {
    const text = `${HEADER}\n"a","UBND xã\nA",UBND,commune,,,A,\nb,UBND xã B,UBND,village,,,B,\n`;
    const { errors } = parseUnitsCsv(text, LEVELS);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(4);
  });

  test("bad rows are reported with line numbers and nothing is imported (all or nothing)", () => {
    const text = [
      HEADER,
      "snv,Sở Nội vụ,SNV,province_dept,,,Hà Tĩnh,8",
      "stp,Sở Tư pháp,STP,department,,,Hà Tĩnh,8",
      "skhdt,Sở KH&ĐT,SKHĐT,province_dept,,,Hà Tĩnh,mười",
      "snv,Sở Nội vụ,SNV,province_dept,,,Hà Tĩnh,8",
      "Bad Id,Sở X,SX,province_dept,,,Hà Tĩnh,",
      "sxd,Sở Xây dựng,SXD,province_dept,,,Hà Tĩnh,1,extra",
      "syt,,SYT,province_dept,,,Hà Tĩnh,",
    ].join("\r\n");
    const { units, errors } = parseUnitsCsv(text, LEVELS);
    expect(units).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(errors[0]!.message).toMatch(/^Dòng 3: .*level/);
    expect(errors[0]!.messageEn).toMatch(/province_dept \| central_agency/);
    expect(errors[1]!.messageEn).toContain("subordinateCount");
    expect(errors[2]!.message).toContain("trùng với dòng 2");
    expect(errors[3]!.messageEn).toContain("id");
    expect(errors[4]!.messageEn).toContain("more than the header");
    expect(errors[5]!.messageEn).toContain("name");
  });

  test("levels are the campaign's: a district is refused by a two-tier campaign and names its levels", () => {
    const text = `${HEADER}\nd443,UBND huyện Can Lộc,UBND,district,,,Can Lộc,\nxa-moi,UBND xã Mới,UBND,commune,,,Mới,3\n`;
    expect(parseUnitsCsv(text, LEVELS).errors).toEqual([]);
    const { units, errors } = parseUnitsCsv(text, LEVELS_TWO_TIER.map((l) => l.id));
    expect(units).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2 });
    expect(errors[0]!.messageEn).toContain('level "district" is not a level of the campaign (level: province_dept | central_agency | commune)');
  });

  test("columns stand in any order; the e-mail column is read and extra columns (a due date) are ignored", () => {
    const text = "email,id,name,shortCode,level,place,dueDate\nvanthu@snv.example.vn,snv,Sở Nội vụ,SNV,province_dept,Hà Tĩnh,30/06/2024\n";
    expect(parseUnitsCsv(text, LEVELS)).toEqual({
      units: [{ id: "snv", name: "Sở Nội vụ", shortCode: "SNV", level: "province_dept", place: "Hà Tĩnh", subordinateCount: null, emails: ["vanthu@snv.example.vn"] }],
      errors: [],
    });
  });

  test("missing header columns, empty input and an unterminated quote are refused", () => {
    expect(parseUnitsCsv("id,name\nsnv,Sở Nội vụ\n").errors[0]!.messageEn).toMatch(/Line 1: header lacks column\(s\) shortCode, level, place/);
    expect(parseUnitsCsv("").errors[0]!.line).toBe(1);
    expect(parseUnitsCsv(`${HEADER}\nsnv,"Sở Nội vụ,SNV\n`).errors[0]).toMatchObject({ line: 2 });
  });
});

describe("toUnitsCsv", () => {
  test("round trip of the whole built-in registry", () => {
    const csv = toUnitsCsv(HA_TINH_2024_UNITS);
    expect(csv.startsWith(HEADER + "\r\n")).toBe(true);
    expect(csv).toContain('"Sở Văn hóa, Thể thao và Du lịch"');
    expect(parseUnitsCsv(csv)).toEqual({ units: [...HA_TINH_2024_UNITS], errors: [] });
  });

  test("extra columns are appended and ignored on re-import", () => {
    const csv = toUnitsCsv(HA_TINH_2024_UNITS.slice(0, 2), [{ name: "dueDate", value: () => "30/06/2024" }]);
    expect(csv.split("\r\n")[0]).toBe(`${HEADER},dueDate`);
    expect(parseUnitsCsv(csv).units).toEqual(HA_TINH_2024_UNITS.slice(0, 2));
  });
});

describe("units CSV e-mail column", () => {
  const text =
    `${HEADER},email\r\n` +
    "snv,Sở Nội vụ,SNV,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,8, vanthu@snv.hatinh.gov.vn ; cchc@snv.hatinh.gov.vn \r\n" +
    "stp,Sở Tư pháp,STP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,5,\r\n";

  test("reads ';'-separated addresses, trims them, and leaves units without any unchanged", () => {
    const { units, errors } = parseUnitsCsv(text);
    expect(errors).toEqual([]);
    expect(units[0]?.emails).toEqual(["vanthu@snv.hatinh.gov.vn", "cchc@snv.hatinh.gov.vn"]);
    expect(units[1]?.emails).toBeUndefined();
  });

  test("refuses a malformed address with its line and the column name", () => {
    const bad = text.replace("cchc@snv.hatinh.gov.vn", "cchc at snv");
    const { units, errors } = parseUnitsCsv(bad);
    expect(units).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2 });
    expect(errors[0]?.messageEn).toMatch(/column email/);
  });

  test("writes the column only when some unit has an address, and reads it back", () => {
    const { units } = parseUnitsCsv(text);
    const csv = toUnitsCsv(units);
    expect(csv.split("\r\n")[0]).toBe(`${HEADER},email`);
    // Quoted: Excel set to a Vietnamese locale splits on ";".
    expect(csv).toContain(',8,"vanthu@snv.hatinh.gov.vn;cchc@snv.hatinh.gov.vn"\r\n');
    expect(parseUnitsCsv(csv).units).toEqual(units);
  });

  test("a value a spreadsheet would run as a formula is written guarded and read back as it was", () => {
    const units = [{ id: "snv", name: "=HYPERLINK(\"x\")", shortCode: "SNV", level: "province_dept", place: "-Hà Tĩnh", subordinateCount: null }];
    const csv = toUnitsCsv(units);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(",'-Hà Tĩnh,");
    expect(parseUnitsCsv(csv).units).toEqual(units);
  });
});
