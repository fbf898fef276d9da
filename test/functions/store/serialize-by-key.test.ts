import { serializeByKey } from "../../../functions/store/serialize-by-key";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("serializeByKey", () => {
  it("runs tasks of one key one at a time, in order, and other keys alongside", async () => {
    const serialize = serializeByKey();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (key: string, i: number) =>
      serialize(key, async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        log.push(`${key}${i}+`);
        await tick();
        log.push(`${key}${i}-`);
        running--;
        return i;
      });
    const results = await Promise.all([task("a", 1), task("a", 2), task("b", 1), task("a", 3)]);
    expect(results).toEqual([1, 2, 1, 3]);
    const aOnly = log.filter((l) => l.startsWith("a"));
    expect(aOnly).toEqual(["a1+", "a1-", "a2+", "a2-", "a3+", "a3-"]);
    expect(maxRunning).toBe(2);
  });

  it("keeps going after a task fails, and reports the failure to its caller only", async () => {
    const serialize = serializeByKey();
    const failing = serialize("a", () => Promise.reject(new Error("boom")));
    const next = serialize("a", () => Promise.resolve("ok"));
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ok");
  });
});
