/**
 * Retrying calls to Google: exponential backoff with jitter, at least as long as Retry-After asks, within a bounded
 * budget. Every request we send may be retried, POST included, because each one is a full reconcile or an
 * idempotent read — nothing is appended.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total waiting allowed for one call; past it the caller gives up and the campaign stays dirty. */
  budgetMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 32_000, budgetMs: 90_000 };

/** How a failure may be retried: not at all, or after at least `retryAfterMs` (the server's Retry-After). */
export type Verdict = { retry: false } | { retry: true; retryAfterMs?: number };

export interface RetryDeps {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** [0, 1): Math.random outside tests. */
  random: () => number;
  judge: (err: unknown) => Verdict;
  /** Called before each wait, for logs and tests. */
  onRetry?: (attempt: number, delayMs: number, err: unknown) => void;
}

/**
 * "Equal jitter": half the exponential step plus a random half, so waits grow and concurrent callers spread out;
 * never shorter than what the server asked for.
 */
export function retryDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs = 0): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.max(retryAfterMs, Math.round(step / 2 + random() * (step / 2)));
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export interface Retried<T> {
  value: T;
  /** Attempts that failed before the one that succeeded. */
  retries: number;
}

/** Rethrows the last error when it may not be retried, or when attempts or budget are used up. */
export async function withRetry<T>(call: () => Promise<T>, deps: RetryDeps): Promise<Retried<T>> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return { value: await call(), retries: attempt };
    } catch (err) {
      const verdict = deps.judge(err);
      if (!verdict.retry || attempt + 1 >= deps.policy.maxAttempts) throw err;
      const delay = retryDelay(attempt, deps.policy, deps.random, verdict.retryAfterMs);
      if (waited + delay > deps.policy.budgetMs) throw err;
      deps.onRetry?.(attempt + 1, delay, err);
      waited += delay;
      await deps.sleep(delay);
    }
  }
}
