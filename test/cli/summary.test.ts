import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { readDocx } from "../../docx/read";
import { writeDocx } from "../../docx/write";
import { HA_TINH_2024 } from "../../shared/campaign/ha-tinh-2024";
import { buildOutline } from "../../shared/outline/build";
import { exampleContent } from "../../shared/outline/example";
import { variedReports } from "../shared/summary/varied";
import { cchc } from "./capture";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe("cchc summary", () => {
  test("compiles reports received by other channels into the Decree 30 draft; unreadable files are listed, not fatal", async () => {
    const files = variedReports().map((r) => write(`${r.unitId}.docx`, r.bytes));
    const garbage = write("scan.docx", new TextEncoder().encode("not a word document"));
    const missing = path.join(dir, "missing.docx");
    const out = path.join(dir, "tong-hop.docx");
    const run = await cchc("summary", "--out", out, garbage, ...files, missing);
    expect(run.code).toBe(2);
    expect(run.err).toBe("");
    expect(run.out).toContain(`${garbage}: KHÔNG ĐỌC ĐƯỢC`);
    expect(run.out).toContain(`${missing}: KHÔNG ĐỌC ĐƯỢC`);
    expect(run.out).toContain(`${files[1]}: UBND huyện Can Lộc`);
    expect(run.out).toContain(`Đã lập dự thảo báo cáo tổng hợp từ 3 báo cáo: ${out}`);

    const bytes = new Uint8Array(readFileSync(out));
    expect((await readDocx(bytes)).ok).toBe(true);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain("Tổng hợp kết quả kiểm tra, tự kiểm tra công tác CCHC");
    expect(text).toContain("đã báo cáo: 3 (đúng hạn: 3; nộp muộn: 0)");
    expect(text).toContain("UBND huyện Can Lộc: Về tổ chức bộ máy: Việc sắp xếp các phòng chuyên môn còn chậm.");
    expect(text).toContain("15/11/2024");
    expect(text).toContain("Đề nghị UBND tỉnh bố trí kinh phí cho chuyển đổi số.");
  });

  test("a report whose issuing body is not in the list is compiled under the name its header gives", async () => {
    const stranger = { id: "bdt", name: "Ban Dân tộc tỉnh", shortCode: "BDT", level: "province_dept" as const, parentName: "UBND tỉnh Hà Tĩnh", place: "Hà Tĩnh", subordinateCount: 4 };
    const report = write("bdt.docx", writeDocx(buildOutline(HA_TINH_2024, stranger, exampleContent(HA_TINH_2024, stranger))));
    const out = path.join(dir, "one.docx");
    const run = await cchc("summary", "--out", out, report);
    expect(run.code).toBe(0);
    expect(run.out).toContain("không xác định được đơn vị trong danh sách (ghi theo tên: BAN DÂN TỘC TỈNH)");
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(out) });
    expect(html).toContain("- BAN DÂN TỘC TỈNH: Lĩnh vực cải cách thủ tục hành chính");
    expect(html).toContain("Báo cáo gửi qua kênh khác");
    // No submission behind it: nothing to link.
    expect(html).not.toContain("<a ");
  });

  test("needs --out", async () => {
    const run = await cchc("summary");
    expect(run.code).toBe(2);
    expect(run.err).toContain("Thiếu tham số --out.");
  });
});
