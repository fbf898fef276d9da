import { onDocumentChanged } from "../../../addin/word/onDocumentChanged";
import { detectCapabilities } from "../../../addin/word/requirements";
import { installWordStub, type WordStub } from "../../support/word-stub";

let stub: WordStub | undefined;
afterEach(() => stub?.uninstall());

describe("onDocumentChanged", () => {
  it("calls back when the clerk types, and stops after unsubscribing", async () => {
    stub = installWordStub();
    const seen: number[] = [];
    const off = await onDocumentChanged(() => seen.push(1), detectCapabilities().changeEvents);
    expect(off).toBeDefined();
    stub.hooks.replaceText("", "x");
    await stub.Word.run(async (context) => {
      context.document.body.insertParagraph("Nội dung mới", "End");
      await context.sync();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.length).toBeGreaterThan(0);

    await off?.();
    const count = seen.length;
    await stub.Word.run(async (context) => {
      context.document.body.insertParagraph("Thêm nữa", "End");
      await context.sync();
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen.length).toBe(count);
  });

  it("offers nothing where Word has no change events (WordApi below 1.6)", async () => {
    stub = installWordStub({ sets: { WordApi: "1.3", CompressedFile: "1.1" } });
    const caps = detectCapabilities();
    expect(caps).toMatchObject({ structure: true, changeEvents: false, compressedFile: true });
    expect(await onDocumentChanged(() => undefined, caps.changeEvents)).toBeUndefined();
  });

  it("reports missing features and the display language", () => {
    stub = installWordStub({ sets: { WordApi: "1.1" }, fileAsync: false, displayLanguage: "en-US" });
    expect(detectCapabilities()).toEqual({ structure: false, changeEvents: false, compressedFile: false, displayLanguage: "en-US" });
  });
});
