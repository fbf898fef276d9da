/**
 * The outline round trip (issue 2): `cchc validate` on the outline `cchc outline` writes reports exactly what is
 * still to be filled in, and the same file, once a clerk fills it in, passes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { HA_TINH_2024 } from "../../shared/campaign/ha-tinh-2024";
import type { Finding } from "../../shared/model/findings";
import { makeFilledReportDocx } from "../fixtures/reports";
import { tempDir } from "../support/temp-dir";
import { cchc } from "./capture";

const dir = tempDir("cchc-roundtrip-");

async function validate(file: string): Promise<{ code: number; ok: boolean; findings: Finding[] }> {
  const run = await cchc("validate", "--json", file);
  const line = JSON.parse(run.out) as { ok: boolean; findings: Finding[] };
  return { code: run.code, ...line };
}

async function writeOutline(unitId: string): Promise<string> {
  const out = path.join(dir, `${unitId}.docx`);
  expect((await cchc("outline", "--unit", unitId, "--out", out)).code).toBe(0);
  return out;
}

/**
 * What the blank outline still lacks, and nothing else:
 * - header.number, header.date: "Số: …/BC-<code>" and "<place>, ngày … tháng … năm 2024" are blanks to fill;
 * - section.placeholder for I, II, III and IV: each writing area still holds the plan's guidance text (IV is optional,
 *   but guidance left in it is still template text, not the unit's words);
 * - remedies.deadline: section III states no deadline (its table row is empty);
 * - footer.signer: the prefilled title (GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH…) with a dotted name.
 * Not reported, rightly: everything the outline prefills (agency, national title, motto, BÁO CÁO + subject, all
 * sections present and in order, Nơi nhận with Sở Nội vụ) and the layout (A4, margins, Times New Roman, sizes).
 * results.count is not raised separately: section I holds only guidance, which section.placeholder already reports.
 */
const OUTLINE_FINDINGS = [
  ["header.number", "header"],
  ["header.date", "header"],
  ["section.placeholder", "I"],
  ["section.placeholder", "II"],
  ["section.placeholder", "III"],
  ["remedies.deadline", "III"],
  ["section.placeholder", "IV"],
  ["footer.signer", "footer"],
].sort();

describe.each(["stp", "d443", "c-436-tran-phu", "cuc-thue"])("outline round trip for %s", (unitId) => {
  test("the blank outline reports exactly the placeholders and missing content, all errors", async () => {
    const result = await validate(await writeOutline(unitId));
    expect(result.code).toBe(1);
    expect(result.findings.map((f) => [f.code, f.section]).sort()).toEqual(OUTLINE_FINDINGS);
    expect(result.findings.every((f) => f.severity === "error")).toBe(true);
  });

  test("the filled report passes with no error and no layout warning", async () => {
    const file = path.join(dir, `${unitId}-filled.docx`);
    writeFileSync(file, makeFilledReportDocx(unitId));
    const result = await validate(file);
    expect(result.findings.filter((f) => f.severity === "error" || f.section === "format")).toEqual([]);
    expect(result).toMatchObject({ code: 0, ok: true });
  });
});

/** What a clerk does in Word: types over the blanks and the guidance; the placeholder flag goes away. */
function fillLikeAClerk(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  let doc = strFromU8(parts["word/document.xml"]!);
  const typed: Record<string, string> = {
    I: "Trong 6 tháng đầu năm 2024, đơn vị đã kiểm tra 11 cơ quan, đơn vị trực thuộc, đạt 100% kế hoạch.",
    II: "Lĩnh vực cải cách thủ tục hành chính: còn hồ sơ giải quyết quá hạn tại 02 đơn vị.",
    III: "Rà soát, xử lý dứt điểm hồ sơ quá hạn, hoàn thành trước ngày 30/9/2024.",
    IV: "Không có.",
  };
  const replace = (from: string, to: string) => {
    expect(doc).toContain(from);
    doc = doc.replace(from, to);
  };
  for (const s of HA_TINH_2024.outline.sections) replace(s.guidance, typed[s.key]!);
  replace("Số: …/BC-", "Số: 07/BC-");
  replace("ngày … tháng … năm 2024", "ngày 28 tháng 6 năm 2024");
  // The outline prefills the title a sở signs with; the clerk only writes the name.
  expect(doc).toContain(">GIÁM ĐỐC<");
  replace(">…………<", ">Lê Văn Hùng<");
  doc = doc.replace(/<w:showingPlcHdr\/>/g, "").replace(/<w:rStyle w:val="PlaceholderText"\/>/g, "");
  return zipSync({ ...parts, "word/document.xml": strToU8(doc) });
}

test("the outline file itself, filled in by a clerk, passes", async () => {
  const file = await writeOutline("stp");
  const filled = path.join(dir, "stp-by-clerk.docx");
  writeFileSync(filled, fillLikeAClerk(new Uint8Array(readFileSync(file))));
  const result = await validate(filled);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(result.ok).toBe(true);
});
