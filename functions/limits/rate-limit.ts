/**
 * Per-account token buckets: `perMinute` requests a minute on average, bursts up to the same number. Buckets
 * are kept in a bounded map, so many subjects cannot grow it without limit.
 */
export interface RateLimiter {
  /** Takes one token; returns the seconds to wait when there is none (the request is refused). */
  take(key: string): number | undefined;
  /** Whether `key` has no token left now, without taking one (refusing before work that would be charged later). */
  exhausted(key: string): number | undefined;
}

const MAX_KEYS = 10_000;

export function createRateLimiter(perMinute: number, now: () => Date): RateLimiter {
  const buckets = new Map<string, { tokens: number; atMs: number }>();
  const ratePerMs = perMinute / 60_000;

  function current(key: string): { tokens: number; atMs: number } {
    const t = now().getTime();
    const b = buckets.get(key);
    const tokens = b ? Math.min(perMinute, b.tokens + (t - b.atMs) * ratePerMs) : perMinute;
    return { tokens, atMs: t };
  }
  const waitSec = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000));

  function store(key: string, b: { tokens: number; atMs: number }): void {
    buckets.delete(key);
    // Least recently used first (insertion order); accounts are a registry, so this only trims forged subjects.
    for (const k of buckets.keys()) {
      if (buckets.size < MAX_KEYS) break;
      buckets.delete(k);
    }
    buckets.set(key, b);
  }

  return {
    take(key) {
      const b = current(key);
      if (b.tokens < 1) {
        store(key, b);
        return waitSec(b.tokens);
      }
      store(key, { tokens: b.tokens - 1, atMs: b.atMs });
      return undefined;
    },
    exhausted(key) {
      const b = current(key);
      return b.tokens < 1 ? waitSec(b.tokens) : undefined;
    },
  };
}
