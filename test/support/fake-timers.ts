/**
 * A clock and timers the tests move by hand (the sheet sync takes both injected): advance(ms) fires due callbacks
 * in time order, each at its own instant, so "at most one write per 5 s" is tested without waiting 5 s.
 */
import type { Timers } from "../../functions/sync/gate";

interface Pending {
  at: number;
  seq: number;
  fn: () => void;
}

export class FakeClock implements Timers {
  private pending: Pending[] = [];
  private seq = 0;

  constructor(public nowMs: number) {}

  readonly now = (): Date => new Date(this.nowMs);

  setTimeout(fn: () => void, ms: number): unknown {
    const entry = { at: this.nowMs + Math.max(0, ms), seq: this.seq++, fn };
    this.pending.push(entry);
    return entry;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p !== handle);
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.nowMs + ms;
    for (;;) {
      const next = [...this.pending].sort((a, b) => a.at - b.at || a.seq - b.seq).find((p) => p.at <= end);
      if (!next) break;
      this.pending = this.pending.filter((p) => p !== next);
      this.nowMs = Math.max(this.nowMs, next.at);
      next.fn();
    }
    this.nowMs = end;
  }

}
