import { readDocx } from "../../../docx/read";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { checkDocument } from "../../../shared/rules";
import { EXTRACT_VERSION, extractReport, ReportExtractSchema } from "../../../shared/summary";
import type { OutlineContent } from "../../../shared/outline/types";
import { makeFilledReportDocx, makeOutlineDocx } from "../../fixtures/reports";

async function extractOf(bytes: Uint8Array) {
  const read = await readDocx(bytes);
  if (!read.ok) throw new Error(read.error.code);
  // Every report here is one the checks accept: the summary reads what a real submission would hold.
  expect(checkDocument(read.model, HA_TINH_2024).filter((f) => f.severity === "error")).toEqual([]);
  return ReportExtractSchema.parse(extractReport(read.model, HA_TINH_2024));
}

const filled = (unitId: string, o: OutlineContent = {}) => extractOf(makeFilledReportDocx(unitId, o));

describe("extractReport", () => {
  it("reads the example report: figure of §I, fields of §II, the remedies table with deadlines, §IV", async () => {
    const x = await filled("stp");
    expect(x.inspected).toMatchObject({ count: 8, total: 12, ratio: 66.7 });
    expect(x.inspected?.excerpt).toContain("08/12 phòng");
    expect(x.shortcomings.map((s) => s.field)).toEqual(["c", "g"]);
    expect(x.shortcomings[0]?.excerpt).toMatch(/^Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ/);
    // The table states the remedies the list above it repeats: one entry each, not two.
    expect(x.remedies).toEqual([
      expect.objectContaining({ text: "Rà soát, xử lý dứt điểm hồ sơ quá hạn", deadlineAt: "2024-09-30T16:59:59.999Z" }),
      expect.objectContaining({ text: "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC", deadlineAt: "2024-12-31T16:59:59.999Z", field: "c" }),
    ]);
    expect(x.proposals).toHaveLength(1);
    expect(x.proposals[0]?.excerpt).toMatch(/^Đề nghị Sở Nội vụ tổ chức tập huấn/);
  });

  it("reads a plain count, other fields, list remedies with their own deadlines and several proposals", async () => {
    const x = await filled("d443", {
      sections: {
        I: ["Năm 2024, UBND huyện đã tự kiểm tra 11 cơ quan, đơn vị và 5 xã theo kế hoạch."],
        II: [
          "Những tồn tại, hạn chế chủ yếu:",
          "1. Về cải cách thể chế: một số văn bản quy phạm pháp luật ban hành chậm so với kế hoạch.",
          "2. Về tổ chức bộ máy:",
          "- Việc sắp xếp các phòng chuyên môn còn chậm.",
          "3. Tài chính công: việc giao quyền tự chủ tài chính cho đơn vị sự nghiệp chưa đồng bộ.",
        ],
        III: [
          "- Rà soát, ban hành văn bản quy phạm pháp luật theo kế hoạch, hoàn thành trong tháng 10/2024.",
          "- Hoàn thành sắp xếp tổ chức bộ máy các phòng chuyên môn trước ngày 15/11/2024.",
        ],
        IV: ["Đề nghị UBND tỉnh bố trí kinh phí cho chuyển đổi số.", "Đề nghị Sở Nội vụ hướng dẫn sắp xếp bộ máy."],
      },
      remedyRows: [],
    });
    expect(x.inspected).toMatchObject({ count: 11 });
    expect(x.inspected?.total).toBeUndefined();
    expect(x.shortcomings.map((s) => s.field)).toEqual(["b", "d", "e"]);
    // "Về tổ chức bộ máy:" opens a group: the bullet under it is that field's shortcoming.
    expect(x.shortcomings.find((s) => s.field === "d")?.excerpt).toContain("sắp xếp các phòng chuyên môn còn chậm");
    expect(x.remedies.map((r) => [r.field, r.deadlineAt])).toEqual([
      ["b", "2024-10-31T16:59:59.999Z"],
      ["d", "2024-11-15T16:59:59.999Z"],
    ]);
    expect(x.proposals.map((p) => p.excerpt)).toEqual([
      "Đề nghị UBND tỉnh bố trí kinh phí cho chuyển đổi số.",
      "Đề nghị Sở Nội vụ hướng dẫn sắp xếp bộ máy.",
    ]);
  });

  it("keeps a remedy whose deadline is vague, without an instant", async () => {
    const x = await filled("snv", {
      sections: {
        III: [
          "- Tăng cường kiểm tra công vụ, thực hiện thường xuyên.",
          "- Hoàn thiện Cổng dịch vụ công trực tuyến trước ngày 31/10/2024.",
        ],
      },
      remedyRows: [],
    });
    expect(x.remedies).toEqual([
      { text: "Tăng cường kiểm tra công vụ, thực hiện thường xuyên.", field: "đ" },
      expect.objectContaining({ field: "g", deadlineAt: "2024-10-31T16:59:59.999Z", deadlineText: expect.stringContaining("31/10/2024") }),
    ]);
  });

  it("reads a remedies table's deadlines as the checks do: a quarter, a bare month/year, a range's end", async () => {
    const x = await filled("sct", {
      remedyRows: [
        { shortcoming: "Cải cách TTHC: hồ sơ trễ hạn", remedy: "Xử lý hồ sơ trễ hạn", deadline: "Quý III/2024" },
        { shortcoming: "Chuyển đổi số chậm", remedy: "Số hóa hồ sơ", deadline: "9/2024" },
        { shortcoming: "Công vụ", remedy: "Kiểm tra công vụ", deadline: "Từ 15/10 - 15/12/2024" },
      ],
    });
    expect(x.remedies.map((r) => [r.text, r.deadlineAt?.slice(0, 10), r.field])).toEqual([
      ["Xử lý hồ sơ trễ hạn", "2024-09-30", "c"],
      ["Số hóa hồ sơ", "2024-09-30", "g"],
      ["Kiểm tra công vụ", "2024-12-15", "đ"],
    ]);
  });

  it("takes neither an introduction nor a 'none' for a proposal", async () => {
    const some = await filled("stp", { sections: { IV: ["Đơn vị kiến nghị một số nội dung sau:", "- Bố trí kinh phí số hóa hồ sơ."] } });
    expect(some.proposals).toEqual([{ excerpt: "Bố trí kinh phí số hóa hồ sơ." }]);
    for (const none of ["Không có đề xuất, kiến nghị.", "Không.", "Không có."]) {
      expect((await filled("stp", { sections: { IV: [none] } })).proposals).toEqual([]);
    }
  });

  it("reads nothing from the blank outline: guidance is not content", async () => {
    const read = await readDocx(makeOutlineDocx("stp"));
    if (!read.ok) throw new Error(read.error.code);
    const x = extractReport(read.model, HA_TINH_2024);
    expect(x).toEqual({ version: EXTRACT_VERSION, shortcomings: [], remedies: [], proposals: [] });
  });
});
