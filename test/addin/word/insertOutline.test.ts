import { insertOutline, inspectDocument } from "../../../addin/word/insertOutline";
import { readDocument } from "../../../addin/word/readDocument";
import { selectOutline } from "../../../addin/word/selectOutline";
import { installWordStub, type WordStub } from "../../support/word-stub";
import { campaign, outline, unit } from "./fixtures";

let stub: WordStub;
beforeEach(() => {
  stub = installWordStub();
});
afterEach(() => stub.uninstall());

describe("insertOutline", () => {
  it("renders the shared outline into an empty document in a single round trip", async () => {
    expect(await inspectDocument()).toEqual({ empty: true, hasOutline: false });
    const before = stub.hooks.syncCount();
    await insertOutline(outline(), "start");
    expect(stub.hooks.syncCount() - before).toBe(1);

    const texts = stub.hooks.paragraphs();
    expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(texts.some((t) => t.startsWith(`Số: …/BC-${unit().shortCode}`))).toBe(true);
    expect(texts).toContain("BÁO CÁO");
    for (const s of campaign.outline.sections) expect(texts.some((t) => t.startsWith(`${s.key}. ${s.heading}`))).toBe(true);
    expect(await inspectDocument()).toEqual({ empty: false, hasOutline: true });
  });

  it("lays out headings, writing areas and tables as the model reads them back", async () => {
    await insertOutline(outline(), "start");
    const { model } = await readDocument();
    const paragraphs = model.blocks.filter((b) => b.type === "paragraph");
    const heading = paragraphs.find((p) => p.text.startsWith("I. "));
    expect(heading).toMatchObject({ headingLevel: 1, outlineLevel: 0, runs: [{ font: "Times New Roman", sizePt: 14, bold: true }] });

    for (const key of ["I", "II", "III", "IV"]) {
      const area = paragraphs.find((p) => p.contentControls?.includes(`cchc:section:${key}`));
      const section = campaign.outline.sections.find((s) => s.key === key);
      // An empty control shows its guidance as placeholder text, which the rule engine reads as "not written yet".
      expect(area?.text).toBe(section?.guidance);
    }

    const tables = model.blocks.filter((b) => b.type === "table");
    const [header, ...rest] = tables;
    expect(header?.rows[0]?.cells).toHaveLength(2);
    expect(header?.rows[0]?.cells[1]?.paragraphs.map((p) => p.text)).toContain("Độc lập - Tự do - Hạnh phúc");
    const remedies = rest.find((t) => t.rows[0]?.cells.some((c) => c.paragraphs[0]?.text === "Giải pháp khắc phục"));
    expect(remedies?.rows[0]?.cells.map((c) => c.paragraphs[0]?.text)).toEqual(["STT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn khắc phục"]);
    const footer = tables[tables.length - 1];
    expect(footer?.rows[0]?.cells[0]?.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(["Nơi nhận:"]));
  });

  it("keeps the header and footer tables borderless and the remedies table bordered", async () => {
    await insertOutline(outline(), "start");
    const tables = stub.state.blocks.filter((b) => b.kind === "t");
    expect(Object.values(tables[0]?.kind === "t" ? tables[0].borders : {})).toEqual(Array(6).fill("None"));
    const bordered = tables.filter((t) => t.kind === "t" && Object.values(t.borders).every((v) => v === "Single"));
    expect(bordered).toHaveLength(1);
  });

  it("puts the cursor in section I and can go back to an existing outline", async () => {
    await insertOutline(outline(), "start");
    expect(stub.hooks.selectionText()).toBe("");
    const selectedTag = () => stub.state.selection?.paragraph.control?.tag;
    expect(selectedTag()).toBe("cchc:section:I");
    stub.state.selection = undefined;
    expect(await selectOutline()).toBe(true);
    expect(selectedTag()).toBe("cchc:section:I");
  });

  it("inserts after the cursor in a document that already has text", async () => {
    await stub.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("Ghi chú trước", "Replace");
      await context.sync();
    });
    expect((await inspectDocument()).empty).toBe(false);
    await insertOutline(outline(), "cursor");
    const texts = stub.hooks.paragraphs();
    expect(texts[0]).toBe("Ghi chú trước");
    expect(texts.indexOf("BÁO CÁO")).toBeGreaterThan(0);
  });
});
