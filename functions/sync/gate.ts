/**
 * One campaign's coalescing gate: a run asked for while another waits is the same run; runs never overlap and each
 * starts at least `minIntervalMs` after the previous one ENDED, so the writes themselves (which happen inside a run)
 * are at least that far apart: 5 s gives at most 12 in any minute. The first request after a quiet spell runs at once.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const NODE_TIMERS: Timers = {
  // Unref'd: a pending sync never keeps a process alive that is otherwise done.
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface GateOptions {
  minIntervalMs: number;
  timers: Timers;
  nowMs: () => number;
  /** Must not reject: failures are the runner's to record. */
  run: () => Promise<void>;
}

export class CoalescingGate {
  private lastEndMs = -Infinity;
  private timer: unknown;
  private next: { promise: Promise<void>; resolve: () => void } | undefined;
  private closed = false;
  /** The run in progress, if any. */
  running: Promise<void> | undefined;

  constructor(private readonly o: GateOptions) {}

  /** Resolves when a run that started after this call has finished. */
  request(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (!this.next) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      this.next = { promise, resolve };
    }
    const { promise } = this.next;
    this.arm();
    return promise;
  }

  /** No more runs: a delayed one is dropped (its callers released); the one in progress may finish. */
  close(): void {
    this.closed = true;
    if (this.timer !== undefined) this.o.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.next?.resolve();
    this.next = undefined;
  }

  private arm(): void {
    if (this.closed || this.running || this.timer !== undefined || !this.next) return;
    const wait = this.lastEndMs + this.o.minIntervalMs - this.o.nowMs();
    if (wait > 0) {
      this.timer = this.o.timers.setTimeout(() => {
        this.timer = undefined;
        this.arm();
      }, wait);
      return;
    }
    const asked = this.next;
    this.next = undefined;
    this.running = this.o.run().then(() => {
      this.lastEndMs = this.o.nowMs();
      this.running = undefined;
      asked.resolve();
      this.arm();
    });
  }
}
