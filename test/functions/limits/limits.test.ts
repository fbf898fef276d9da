import { createByteBudget } from "../../../functions/limits/byte-budget";
import { createGate } from "../../../functions/limits/gate";
import { createRateLimiter } from "../../../functions/limits/rate-limit";

describe("gate", () => {
  it("runs `concurrency` at once, queues `queue` more and refuses the rest with server.busy", async () => {
    const gate = createGate({ concurrency: 1, queue: 1 });
    const order: string[] = [];
    let free = () => undefined as void;
    const first = gate.run(() => new Promise<void>((r) => (free = r)).then(() => void order.push("first")));
    const second = gate.run(async () => void order.push("second"));
    await expect(gate.run(async () => "third")).rejects.toMatchObject({ code: "server.busy" });
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    free();
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when a task fails", async () => {
    const gate = createGate({ concurrency: 1, queue: 0 });
    await expect(gate.run(() => Promise.reject(new Error("bad")))).rejects.toThrow("bad");
    await expect(gate.run(async () => 1)).resolves.toBe(1);
  });
});

describe("byte budget", () => {
  it("reserves up to its size and takes back each release once", () => {
    const budget = createByteBudget(100);
    const a = budget.reserve(60);
    expect(budget.reserve(50)).toBeUndefined();
    a?.();
    a?.();
    expect(budget.inUse()).toBe(0);
    expect(budget.reserve(100)).toBeDefined();
  });
});

describe("rate limiter", () => {
  it("lets `perMinute` through, then says how long to wait, and refills with the clock", () => {
    let t = Date.parse("2024-06-20T00:00:00Z");
    const limiter = createRateLimiter(6, () => new Date(t));
    for (let i = 0; i < 6; i++) expect(limiter.take("a")).toBeUndefined();
    expect(limiter.take("a")).toBe(10);
    expect(limiter.exhausted("a")).toBe(10);
    expect(limiter.take("b")).toBeUndefined();
    t += 10_000;
    expect(limiter.exhausted("a")).toBeUndefined();
    expect(limiter.take("a")).toBeUndefined();
  });
});
