import { DEFAULT_RETRY, parseRetryAfter, retryDelay, withRetry, type Verdict } from "../../../functions/sync/retry";

const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 8000, budgetMs: 20_000 };

describe("retry policy", () => {
  it("waits grow exponentially between half and all of the step, capped, and never below Retry-After", () => {
    expect([0, 1, 2, 3, 4].map((a) => retryDelay(a, policy, () => 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([0, 1, 2, 3, 4].map((a) => retryDelay(a, policy, () => 0.999999))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(retryDelay(0, policy, () => 0.5, 7000)).toBe(7000);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2024-06-30T10:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Sun, 30 Jun 2024 10:00:12 GMT", now)).toBe(12_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("retries what may be retried until it succeeds, and reports how many attempts failed", async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error("429");
        return "ok";
      },
      { policy, sleep: async (ms) => void slept.push(ms), random: () => 0, judge: () => ({ retry: true, retryAfterMs: 2500 }) },
    );
    expect(result).toEqual({ value: "ok", retries: 2 });
    expect(slept).toEqual([2500, 2500]);
  });

  it("gives up at once on what may not be retried, and after the attempts or the budget", async () => {
    const run = (judge: () => Verdict, p = policy) => {
      let calls = 0;
      const done = withRetry(
        async () => {
          calls += 1;
          throw new Error(`fail ${calls}`);
        },
        { policy: p, sleep: async () => undefined, random: () => 0, judge },
      );
      return done.catch((err: Error) => ({ message: err.message, calls }));
    };
    expect(await run(() => ({ retry: false }))).toEqual({ message: "fail 1", calls: 1 });
    expect(await run(() => ({ retry: true }))).toEqual({ message: "fail 5", calls: 5 });
    // 500 + 1000 + 2000 = 3500 fits a 4 s budget; the next 4000 does not.
    expect(await run(() => ({ retry: true }), { ...policy, budgetMs: 4000 })).toEqual({ message: "fail 4", calls: 4 });
    expect(await run(() => ({ retry: true, retryAfterMs: 60_000 }))).toEqual({ message: "fail 1", calls: 1 });
    expect(DEFAULT_RETRY.maxAttempts).toBeGreaterThan(1);
  });
});
