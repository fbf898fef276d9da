import mammoth from "mammoth";
import { readDocx } from "../../../docx/read";
import { writeSummaryDocx } from "../../../docx/write/summary";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { computeStatus } from "../../../shared/status/aggregate";
import { compileSummary, extractReport, issuerOf, type SummaryReport } from "../../../shared/summary";
import { HA_TINH_2024_REGISTRY, HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { variedReports } from "../../shared/summary/varied";

const OPEN = "https://pane.example.gov.vn/open.html";

async function draft(now: string): Promise<Uint8Array> {
  const reports: SummaryReport[] = [];
  for (const r of variedReports()) {
    const read = await readDocx(r.bytes);
    if (!read.ok) throw new Error(read.error.code);
    const unit = HA_TINH_2024_REGISTRY.get(r.unitId);
    reports.push({
      unitId: r.unitId,
      unitName: unit?.name ?? r.unitId,
      submissionId: `${HA_TINH_2024.id}.${r.unitId}.v1`,
      receivedAt: "2024-06-28T03:00:00Z",
      extract: extractReport(read.model, HA_TINH_2024),
    });
  }
  const progress = reports.map((r) => ({ unitId: r.unitId, latestVersion: 1, firstAt: r.receivedAt, latestAt: r.receivedAt }));
  const status = computeStatus({ campaign: HA_TINH_2024, units: HA_TINH_2024_UNITS, progress, now: new Date(now) });
  const summary = compileSummary({ campaign: HA_TINH_2024, status, reports, now: new Date(now) });
  return writeSummaryDocx(HA_TINH_2024, summary, {
    issuer: issuerOf(HA_TINH_2024, HA_TINH_2024_REGISTRY.get("snv")),
    documentLink: (id) => `${OPEN}?submission=${encodeURIComponent(id)}`,
  });
}

describe("the consolidated report's draft", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await draft("2024-10-05T03:00:00Z");
  });

  it("reads back with the project's reader: Decree 30 header, title, sections I–IV, remedies and the appendix", async () => {
    const read = await readDocx(bytes);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.model.page).toMatchObject({ widthTwips: 11906, heightTwips: 16838 });
    const texts = read.model.blocks.flatMap((b) =>
      b.type === "paragraph" ? [b.text] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text))),
    );
    const all = texts.join("\n");
    for (const line of ["UBND TỈNH HÀ TĨNH", "SỞ NỘI VỤ", "Số: …/BC-SNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]) {
      expect(texts).toContain(line);
    }
    expect(texts).toContain("Hà Tĩnh, ngày 05 tháng 10 năm 2024");
    expect(texts).toContain("BÁO CÁO");
    expect(all).toContain("Tổng hợp kết quả kiểm tra, tự kiểm tra công tác CCHC 6 tháng đầu năm 2024");
    const headings = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. GIẢI PHÁP KHẮC PHỤC", "IV. ĐỀ XUẤT, KIẾN NGHỊ"];
    const at = headings.map((h) => texts.findIndex((t) => t.startsWith(h)));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
    expect(all).toMatch(/đã báo cáo: 3 \(đúng hạn: 3; nộp muộn: 0\)/);
    expect(all).toContain("đã kiểm tra, tự kiểm tra 24 đơn vị; riêng các báo cáo nêu cả số đơn vị theo kế hoạch: 13/17 đơn vị, đạt 76,5%.");
    // §II: a field heading with its count, then the units that reported it.
    expect(texts).toContain("1. Cải cách thể chế (1 cơ quan, đơn vị)");
    expect(texts).toContain("- UBND huyện Can Lộc: Về tổ chức bộ máy: Việc sắp xếp các phòng chuyên môn còn chậm.");
    // §III: one table row per remedy with dd/mm/yyyy and the overdue note.
    expect(texts).toContain("31/07/2024");
    expect(texts.filter((t) => t === "Quá hạn khắc phục")).toHaveLength(2);
    expect(texts).toContain("PHỤ LỤC");
    expect(texts).toContain("Sở Tư pháp");
  });

  it("reads with mammoth too, with each submitted unit's document linked to the open page", async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    expect(html).toContain("<h1><strong>I. KẾT QUẢ ĐẠT ĐƯỢC</strong></h1>");
    expect(html).toContain("<td><p>Quá hạn khắc phục</p></td>");
    expect(html).toContain("Giải pháp khắc phục");
    const links = [...html.matchAll(/<a href="([^"]+)">Mở văn bản<\/a>/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(["d443", "snv", "stp"].map((u) => `${OPEN}?submission=ha-tinh-2024-h1.${u}.v1`));
    expect(html).not.toContain("/api/submissions/");
  });
});
