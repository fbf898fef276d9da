import { insertOutline } from "../../../addin/word/insertOutline";
import { readDocument } from "../../../addin/word/readDocument";
import { removeSection } from "../../../addin/word/removeSection";
import type { Finding } from "../../../shared/model/findings";
import { checkDocument } from "../../../shared/rules/engine";
import { installWordStub, type WordStub } from "../../support/word-stub";
import { campaign, outline } from "./fixtures";

let stub: WordStub;
beforeEach(async () => {
  stub = installWordStub();
  await insertOutline(outline(), "start");
});
afterEach(() => stub.uninstall());

const headings = () => stub.hooks.paragraphs().filter((t) => /^(I|II|III|IV)\. /.test(t));

/** The outline with sections I–III written and §IV left with the template's guidance. */
function fillRequiredSections(): void {
  stub.hooks.typeInSection("I", ["Đã kiểm tra 08/12 phòng, đơn vị trực thuộc, đạt 66,7% kế hoạch; lĩnh vực cải cách thủ tục hành chính được chú trọng."]);
  stub.hooks.typeInSection("II", ["Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ giải quyết quá hạn tại 02 đơn vị."]);
  stub.hooks.typeInSection("III", ["Rà soát, xử lý dứt điểm hồ sơ quá hạn, hoàn thành trước ngày 30/9/2024."]);
}

async function ivFinding(): Promise<{ finding: Finding; index: Awaited<ReturnType<typeof readDocument>>["index"] }> {
  const { model, index } = await readDocument();
  const finding = checkDocument(model, campaign).find((f) => f.fix?.kind === "removeSection");
  if (!finding) throw new Error("no removeSection fix");
  return { finding, index };
}

describe("removeSection", () => {
  it("offers 'xóa mục IV' for the optional section left with the template's guidance", async () => {
    fillRequiredSections();
    const { finding } = await ivFinding();
    expect(finding).toMatchObject({ code: "section.placeholder", section: "IV", fix: { kind: "removeSection", section: "IV" } });
    expect(finding.message).toContain("xóa mục IV nếu không có đề xuất");
    expect(finding.location).toBeDefined();
    expect(finding.excerpt).toBeTruthy();
  });

  it("deletes the heading and the writing area, and the check then finds nothing about §IV and nothing new", async () => {
    fillRequiredSections();
    const { model: before } = await readDocument();
    const codesBefore = checkDocument(before, campaign).filter((f) => f.section !== "IV").map((f) => `${f.code}@${f.section}`);
    const { finding, index } = await ivFinding();
    if (finding.fix?.kind !== "removeSection") throw new Error("unexpected fix");

    await removeSection(index, finding.fix);

    expect(headings().map((h) => h.split(".")[0])).toEqual(["I", "II", "III"]);
    expect(stub.hooks.paragraphs().some((t) => t.includes("Nêu các đề xuất, kiến nghị"))).toBe(false);
    const after = checkDocument((await readDocument()).model, campaign);
    expect(after.filter((f) => f.section === "IV")).toEqual([]);
    // Following the advice never leads to a new finding.
    for (const f of after) expect(codesBefore).toContain(`${f.code}@${f.section}`);
  });

  it("refuses a document edited since the check instead of deleting the wrong text", async () => {
    fillRequiredSections();
    const { finding, index } = await ivFinding();
    if (finding.fix?.kind !== "removeSection") throw new Error("unexpected fix");
    stub.hooks.replaceText("IV. ĐỀ XUẤT", "IV. KIẾN NGHỊ");
    const texts = stub.hooks.paragraphs();
    await expect(removeSection(index, finding.fix)).rejects.toMatchObject({ code: "office.staleLocation" });
    expect(stub.hooks.paragraphs()).toEqual(texts);
  });

  it("refuses blocks the index does not hold", async () => {
    const { index } = await readDocument();
    await expect(removeSection(index, { section: "IV", fromBlock: index.length, toBlock: index.length + 2 })).rejects.toMatchObject({
      code: "office.staleLocation",
    });
  });

  it("removes a section made of typed paragraphs and a table, outside any content control", async () => {
    stub.uninstall();
    stub = installWordStub();
    await stub.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.insertText("IV. KIẾN NGHỊ", "Replace");
      const body = first.insertParagraph("Đề nghị Sở Nội vụ tổ chức tập huấn.", "After");
      body.insertTable(2, 2, "After", [["STT", "Kiến nghị"], ["1", "Tập huấn"]]);
      context.document.body.insertParagraph("Trên đây là báo cáo./.", "End");
      await context.sync();
    });
    const { index } = await readDocument();
    await removeSection(index, { section: "IV", fromBlock: 0, toBlock: 2 });
    expect(stub.hooks.paragraphs()).toEqual(["Trên đây là báo cáo./."]);
  });
});

describe("Word stub: delete verbs behave like Word's", () => {
  it("ContentControl.delete(true) keeps the content, delete(false) removes it", async () => {
    await stub.Word.run(async (context) => {
      const controls = context.document.body.contentControls.load("tag");
      await context.sync();
      const one = controls.items.find((c) => c.tag === "cchc:section:I");
      const two = controls.items.find((c) => c.tag === "cchc:section:II");
      one?.delete(true);
      two?.delete(false);
      await context.sync();
    });
    const guidance = (k: string) => campaign.outline.sections.find((s) => s.key === k)?.guidance ?? "";
    expect(stub.hooks.paragraphs()).not.toContain(guidance("II"));
    const tags = stub.state.blocks.flatMap((b) => (b.kind === "p" && b.control ? [b.control.tag] : []));
    expect(tags).not.toContain("cchc:section:I");
    expect(tags).not.toContain("cchc:section:II");
  });

  it("Paragraph.delete() on the body's last paragraph empties it, as Word keeps the final mark", async () => {
    stub.uninstall();
    stub = installWordStub();
    await stub.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertText("chữ", "Replace");
      await context.sync();
      p.delete();
      await context.sync();
    });
    expect(stub.hooks.paragraphs()).toEqual([""]);
  });
});
