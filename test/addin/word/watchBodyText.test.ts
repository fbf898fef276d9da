import { watchBodyText } from "../../../addin/word/watchBodyText";
import { installWordStub, type WordStub } from "../../support/word-stub";

let stub: WordStub | undefined;
afterEach(() => stub?.uninstall());

/** Resolves once the watcher has read Word `n` more times (each reading is one sync): no fixed sleeps. */
async function readings(s: WordStub, n: number): Promise<void> {
  const target = s.hooks.syncCount() + n;
  while (s.hooks.syncCount() < target) await new Promise((r) => setTimeout(r, 1));
}

async function type(s: WordStub, text: string): Promise<void> {
  await s.Word.run(async (context) => {
    context.document.body.insertParagraph(text, "End");
    await context.sync();
  });
}

describe("watchBodyText (Word without change events)", () => {
  it("calls back when the body text changes, not on the first reading nor while nothing changes", async () => {
    const s = (stub = installWordStub({ sets: { WordApi: "1.3", CompressedFile: "1.1" } }));
    let seen = 0;
    const stop = watchBodyText(() => seen++, { intervalMs: 2, visible: () => true });
    await readings(s, 3);
    expect(seen).toBe(0);
    await type(s, "Nội dung mới");
    await readings(s, 2);
    expect(seen).toBe(1);
    await readings(s, 3);
    expect(seen).toBe(1);
    await stop();
    await type(s, "Sau khi dừng");
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toBe(1);
  });

  it("does not ask Word while the pane is hidden", async () => {
    const s = (stub = installWordStub({ sets: { WordApi: "1.3", CompressedFile: "1.1" } }));
    let visible = false;
    let seen = 0;
    const before = s.hooks.syncCount();
    const stop = watchBodyText(() => seen++, { intervalMs: 2, visible: () => visible });
    await new Promise((r) => setTimeout(r, 20));
    expect(s.hooks.syncCount()).toBe(before);
    visible = true;
    await readings(s, 2);
    expect(seen).toBe(0);
    await stop();
  });
});
