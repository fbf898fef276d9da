import { readDocument } from "../../../addin/word/readDocument";
import { installWordStub, type WordStub } from "../../support/word-stub";
import { newParagraph } from "../../support/word-stub/state";

let stub: WordStub;
beforeEach(() => {
  stub = installWordStub();
});
afterEach(() => stub.uninstall());

async function write(lines: string[]): Promise<void> {
  await stub.Word.run(async (context) => {
    const body = context.document.body;
    body.paragraphs.getFirst().insertText(lines[0] ?? "", "Replace");
    for (const line of lines.slice(1)) body.insertParagraph(line, "End");
    await context.sync();
  });
}

describe("readDocument", () => {
  it("reads any length in two round trips (bulk loads, never one sync per paragraph)", async () => {
    for (const n of [3, 600]) {
      stub.hooks.reset();
      await write(Array.from({ length: n }, (_, i) => `Đoạn ${i}`));
      const before = stub.hooks.syncCount();
      const { model } = await readDocument();
      expect(model.blocks).toHaveLength(n);
      expect(stub.hooks.syncCount() - before).toBe(2);
    }
  });

  it("maps built-in heading styles, list labels, alignment, fonts and manual line breaks", async () => {
    await write(["KẾT QUẢ ĐẠT ĐƯỢC", "Dòng một\u000bdòng hai", "Mục liệt kê"]);
    await stub.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      const items = paragraphs.items;
      const [h, , listed] = items;
      if (!h || !listed) throw new Error("missing paragraphs");
      h.styleBuiltIn = "Heading1";
      h.font.bold = true;
      h.alignment = "Centered";
      await context.sync();
    });
    const third = stub.state.blocks[2];
    if (third?.kind === "p") third.list = { listString: "a)", level: 0 };

    const { model } = await readDocument();
    expect(model.blocks[0]).toMatchObject({ type: "paragraph", styleName: "Heading 1", headingLevel: 1, outlineLevel: 0, alignment: "center" });
    expect(model.blocks[0]?.type === "paragraph" && model.blocks[0].runs[0]?.bold).toBe(true);
    expect(model.blocks[1]).toMatchObject({ text: "Dòng một\ndòng hai", alignment: "left" });
    expect(model.blocks[1]).not.toHaveProperty("outlineLevel");
    expect(model.blocks[2]).toMatchObject({ listLabel: "a)" });
  });

  it("groups table paragraphs into rows and cells and indexes them for selection", async () => {
    await write(["Trước bảng", "Sau bảng"]);
    await stub.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const table = first.insertTable(2, 2, "After", [["a", "b"], ["c", ""]]);
      table.getCell(0, 1).body.insertParagraph("b2", "End");
      await context.sync();
    });
    const { model, index } = await readDocument();
    expect(model.blocks.map((b) => b.type)).toEqual(["paragraph", "table", "paragraph"]);
    const table = model.blocks[1];
    if (table?.type !== "table") throw new Error("no table");
    expect(table.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text)))).toEqual([
      [["a"], ["b", "b2"]],
      [["c"], [""]],
    ]);
    const ref = index[1];
    expect(ref?.kind === "table" && ref.rows[0]?.[1]?.map((p) => p.index)).toEqual([2, 3]);
  });

  it("keeps two adjacent tables apart", async () => {
    stub.state.blocks.push(newParagraph(stub.state, "x"));
    await stub.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      const items = paragraphs.items;
      items[0]?.insertTable(1, 2, "After", [["1", "2"]]);
      items[1]?.insertTable(1, 1, "Before", [["3"]]);
      await context.sync();
    });
    const { model } = await readDocument();
    expect(model.blocks.map((b) => b.type)).toEqual(["paragraph", "table", "table", "paragraph"]);
  });

  it("turns Office errors into coded errors", async () => {
    stub.uninstall();
    await expect(readDocument()).rejects.toMatchObject({ code: "office.unavailable" });
  });
});
