import { installWordStub, type WordStub } from "../../support/word-stub";

/** The stub must fail where Word fails, or the adapter tests would pass code that breaks in Word. */
let stub: WordStub;
beforeEach(() => {
  stub = installWordStub();
});
afterEach(() => stub.uninstall());

describe("Word stub fidelity", () => {
  it("throws PropertyNotLoaded before load + sync, like Office.js", async () => {
    await stub.Word.run(async (context) => {
      const body = context.document.body;
      expect(() => body.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      body.load("text");
      expect(() => body.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(body.text).toBe("");
      const paragraphs = body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("queues writes until sync and applies them in order", async () => {
    await stub.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.insertText("B", "End");
      first.insertParagraph("A", "Before");
      expect(stub.hooks.paragraphs()).toEqual([""]);
      await context.sync();
      expect(stub.hooks.paragraphs()).toEqual(["A", "B"]);
    });
  });

  it("runs the remaining queue when the batch ends without a final sync", async () => {
    await stub.Word.run(async (context) => {
      context.document.body.insertParagraph("cuối", "End");
    });
    expect(stub.hooks.paragraphs()).toEqual(["", "cuối"]);
  });

  it("gives null objects for missing relations and fails on methods called on them", async () => {
    await stub.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const list = p.listItemOrNullObject.load("listString");
      const cell = p.parentTableCellOrNullObject.load("rowIndex");
      await context.sync();
      expect(list.isNullObject).toBe(true);
      expect(cell.isNullObject).toBe(true);
      p.parentContentControlOrNullObject.select();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("reports mixed run formatting as null and resets heading colour only by explicit formatting", async () => {
    await stub.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertText("đậm", "End").font.bold = true;
      p.insertText(" thường", "End").font.bold = false;
      p.load("font/bold");
      await context.sync();
      expect(p.font.bold).toBeNull();
      p.styleBuiltIn = "Heading1";
      p.load("font/color,outlineLevel,style");
      await context.sync();
      expect(p.font.color).toBe("#2F5496");
      expect(p.outlineLevel).toBe(1);
      expect(p.style).toBe("Heading 1");
    });
  });

  it("shows a content control's placeholder until something is typed into it", async () => {
    await stub.Word.run(async (context) => {
      const cc = context.document.body.paragraphs.getFirst().insertContentControl();
      cc.tag = "cchc:section:I";
      cc.placeholderText = "Hướng dẫn";
      await context.sync();
    });
    expect(stub.hooks.paragraphs()).toEqual(["Hướng dẫn"]);
    stub.hooks.typeInSection("I", ["Nội dung", "Đoạn hai"]);
    expect(stub.hooks.paragraphs()).toEqual(["Nội dung", "Đoạn hai"]);
    expect(stub.state.blocks.every((b) => b.kind === "p" && b.control?.tag === "cchc:section:I")).toBe(true);
  });
});
