import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { buildOutline } from "../../../shared/outline/build";
import { sectionBlocks } from "../../../shared/outline/sections";
import type { OutlineBlock, OutlineControl, OutlineParagraph, OutlineTable } from "../../../shared/outline/types";
import { HA_TINH_2024_REGISTRY } from "../../../shared/units/ha-tinh-2024";

const unit = (id: string) => HA_TINH_2024_REGISTRY.get(id)!;
const text = (p: OutlineParagraph) => p.runs.map((r) => r.text).join("");
const paragraphs = (blocks: OutlineBlock[]) => blocks.filter((b): b is OutlineParagraph => b.kind === "paragraph");
const tables = (blocks: OutlineBlock[]) => blocks.filter((b): b is OutlineTable => b.kind === "table");
const controls = (blocks: OutlineBlock[]) => blocks.filter((b): b is OutlineControl => b.kind === "control");
const cellTexts = (t: OutlineTable, row: number, cell: number) => t.rows[row]!.cells[cell]!.paragraphs.map(text);

function allParagraphs(blocks: OutlineBlock[]): OutlineParagraph[] {
  return blocks.flatMap((b) =>
    b.kind === "paragraph" ? [b] : b.kind === "control" ? b.paragraphs : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
  );
}

describe("buildOutline (blank template)", () => {
  const doc = buildOutline(HA_TINH_2024, unit("stp"));

  test("A4 with the Decree 30 margins in twips, Times New Roman 14 default", () => {
    expect(doc.page).toEqual({ widthTwips: 11906, heightTwips: 16838, margins: { top: 1134, bottom: 1134, left: 1701, right: 851 } });
    expect(doc.font).toEqual({ name: "Times New Roman", sizePt: 14 });
  });

  test("header: borderless two-column table prefilled from the unit", () => {
    const header = doc.blocks[0] as OutlineTable;
    expect(header.kind).toBe("table");
    expect(header.borders).toBe(false);
    expect(cellTexts(header, 0, 0)).toEqual(["UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP", "Số: …/BC-STP"]);
    expect(cellTexts(header, 0, 1)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày … tháng … năm 2024"]);
    const [national, motto, date] = header.rows[0]!.cells[1]!.paragraphs.map((p) => p.runs[0]!);
    expect(national).toMatchObject({ bold: true, sizePt: 12 });
    expect(motto).toMatchObject({ bold: true, underline: true, sizePt: 13 });
    expect(date).toMatchObject({ italic: true, sizePt: 14 });
    expect(header.rows[0]!.cells[0]!.paragraphs[1]!.runs[0]).toMatchObject({ bold: true });
  });

  test("a district prints no parent line and its own place", () => {
    const header = buildOutline(HA_TINH_2024, unit("d443")).blocks[0] as OutlineTable;
    expect(cellTexts(header, 0, 0)).toEqual(["UBND HUYỆN CAN LỘC", "Số: …/BC-UBND"]);
    expect(cellTexts(header, 0, 1)[2]).toBe("Can Lộc, ngày … tháng … năm 2024");
  });

  test("BÁO CÁO and the subject, bold and centred", () => {
    const [typeName, subject] = paragraphs(doc.blocks);
    expect(typeName).toMatchObject({ style: "Title", alignment: "center" });
    expect(text(typeName!)).toBe("BÁO CÁO");
    expect(text(subject!)).toBe(HA_TINH_2024.outline.subject);
    expect(subject!.runs[0]).toMatchObject({ bold: true });
  });

  test("sections I–IV as Heading 1, each followed by its guidance as a placeholder control", () => {
    const headings = paragraphs(doc.blocks).filter((p) => p.style === "heading 1").map(text);
    expect(headings).toEqual(["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. GIẢI PHÁP KHẮC PHỤC", "IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)"]);
    const cs = controls(doc.blocks);
    expect(cs.map((c) => c.tag)).toEqual(["cchc:section:I", "cchc:section:II", "cchc:section:III", "cchc:section:IV"]);
    for (const [i, c] of cs.entries()) {
      expect(c.placeholder).toBe(true);
      expect(c.paragraphs.map(text)).toEqual([HA_TINH_2024.outline.sections[i]!.guidance]);
    }
    for (const [i, b] of doc.blocks.entries()) {
      if (b.kind === "paragraph" && b.style === "heading 1") expect(doc.blocks[i + 1]!.kind).toBe("control");
    }
  });

  test("remedies table with its header row and one empty row, bordered", () => {
    const remedies = tables(doc.blocks)[1]!;
    expect(remedies.borders).toBe(true);
    expect(remedies.rows[0]!.cells.map((c) => c.paragraphs.map(text).join(""))).toEqual(["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn khắc phục"]);
    expect(remedies.rows).toHaveLength(2);
    expect(remedies.rows[1]!.cells.every((c) => c.paragraphs.map(text).join("") === "")).toBe(true);
    const sum = remedies.columnWidthsPt.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo((11906 - 1701 - 851) / 20, 5);
  });

  test("footer: Nơi nhận (bold italic 12) with Sở Nội vụ and Lưu (11), the unit's signer title prefilled", () => {
    const footer = doc.blocks[doc.blocks.length - 1] as OutlineTable;
    expect(footer.borders).toBe(false);
    const left = footer.rows[0]!.cells[0]!.paragraphs;
    expect(left.map(text)).toEqual(["Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, …"]);
    expect(left[0]!.runs[0]).toMatchObject({ bold: true, italic: true, sizePt: 12 });
    expect(left[1]!.runs[0]!.sizePt).toBe(11);
    const right = footer.rows[0]!.cells[1]!.paragraphs.map(text);
    expect(right[0]).toBe("GIÁM ĐỐC");
    expect(right[right.length - 1]).toBe("…………");
  });

  test("every run carries Times New Roman and an explicit size", () => {
    for (const p of allParagraphs(doc.blocks)) {
      for (const r of p.runs) {
        expect(r.font).toBe("Times New Roman");
        expect(r.sizePt).toBeGreaterThanOrEqual(11);
        expect(r.sizePt).toBeLessThanOrEqual(14);
      }
    }
  });
});

describe("buildOutline (filled)", () => {
  const doc = buildOutline(HA_TINH_2024, unit("stp"), {
    number: "5",
    date: { year: 2024, month: 2, day: 3 },
    sections: { I: ["Đã kiểm tra 08/12 phòng, đơn vị."], III: ["Khắc phục trước ngày 30/9/2024."] },
    remedyRows: [{ shortcoming: "A", remedy: "B", deadline: "Trước ngày 30/9/2024" }],
    signerTitle: ["KT. GIÁM ĐỐC", "Phó Giám đốc"],
    signerName: "Trần Thị Bình",
    extraRecipients: ["UBND tỉnh"],
    archiveNote: "VP",
  });

  test("number with a leading zero, formal date line", () => {
    const header = doc.blocks[0] as OutlineTable;
    expect(cellTexts(header, 0, 0)[2]).toBe("Số: 05/BC-STP");
    expect(cellTexts(header, 0, 1)[2]).toBe("Hà Tĩnh, ngày 03 tháng 02 năm 2024");
  });

  test("given sections replace the placeholder; others keep it", () => {
    const cs = controls(doc.blocks);
    expect(cs[0]).toMatchObject({ placeholder: false });
    expect(cs[0]!.paragraphs.map(text)).toEqual(["Đã kiểm tra 08/12 phòng, đơn vị."]);
    expect(cs[1]).toMatchObject({ placeholder: true });
  });

  test("remedy rows are numbered; footer lists extra recipients before Lưu and the signer", () => {
    const [, remedies, footer] = tables(doc.blocks);
    expect(remedies!.rows[1]!.cells.map((c) => c.paragraphs.map(text).join(""))).toEqual(["1", "A", "B", "Trước ngày 30/9/2024"]);
    expect(footer!.rows[0]!.cells[0]!.paragraphs.map(text)).toEqual(["Nơi nhận:", "- Sở Nội vụ;", "- UBND tỉnh;", "- Lưu: VT, VP."]);
    const right = footer!.rows[0]!.cells[1]!.paragraphs.map(text);
    expect(right.slice(0, 2)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(right[right.length - 1]).toBe("Trần Thị Bình");
  });
});

describe("sectionBlocks", () => {
  test("is exactly the section's slice of the full outline (what 'Thêm mục' inserts)", () => {
    const full = buildOutline(HA_TINH_2024, unit("snv")).blocks;
    const iii = sectionBlocks(HA_TINH_2024, "III");
    expect(iii.map((b) => b.kind)).toEqual(["paragraph", "control", "table"]);
    const start = full.findIndex((b) => b.kind === "paragraph" && text(b) === "III. GIẢI PHÁP KHẮC PHỤC");
    expect(full.slice(start, start + 3)).toEqual(iii);
    expect(sectionBlocks(HA_TINH_2024, "II").map((b) => b.kind)).toEqual(["paragraph", "control"]);
  });

  test("a section the campaign lacks gives nothing", () => {
    const noIv = { ...HA_TINH_2024, outline: { ...HA_TINH_2024.outline, sections: HA_TINH_2024.outline.sections.slice(0, 3) } };
    expect(sectionBlocks(noIv, "IV")).toEqual([]);
  });
});
