/**
 * When the sheet is reconciled. Every accepted submission leaves a durable dirty mark in the store; this turns
 * marks, due dates and time into reconciles, at most one per campaign every 5 s (a burst of 1,000 submissions is
 * a handful of writes, never more than 12 a minute), and clears a mark only after the write it covers succeeded.
 *
 * tick() is one pass — dirty campaigns, campaigns a due date just passed ("Chưa nộp" → "Quá hạn"), and every
 * campaign each 5 minutes (which also repairs hand edits and missing tabs). Azure runs it from a timer trigger;
 * the local host runs it from its own timer after start(), which also reconciles whatever a crash left dirty, and
 * adds notify() so a submission shows in seconds. The clock and the timers are injected for tests.
 */
import type { SyncError, SyncStatus, SyncTarget } from "../../shared/api/sync";
import { CodedError } from "../../shared/errors/codes";
import { errorText } from "../../shared/errors/messages";
import { StoreUnavailableError, type SubmissionStore } from "../store/port";
import { CoalescingGate, NODE_TIMERS, type Timers } from "./gate";
import type { ReconcileReport } from "./port";

export const TICK_SECONDS = 10;
/** The Azure timer trigger's NCRONTAB schedule (with seconds): the same cadence as the local host's tick. */
export const TIMER_SCHEDULE = `*/${TICK_SECONDS} * * * * *`;

export interface SyncSettings {
  /** Least time between two reconciles of one campaign (the coalescing window). */
  minIntervalMs: number;
  /** Every campaign is reconciled at least this often, dirty or not. */
  fullEveryMs: number;
  tickMs: number;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = { minIntervalMs: 5_000, fullEveryMs: 300_000, tickMs: TICK_SECONDS * 1000 };

export interface SchedulerOptions {
  target: SyncTarget;
  marks: Pick<SubmissionStore, "dirtyCampaigns" | "clearDirty">;
  /** Every campaign the sheet follows, with the instants (ms) at which its units fall due. */
  campaigns: readonly { id: string; dueAtMs: readonly number[] }[];
  reconcile: (campaignId: string) => Promise<ReconcileReport>;
  now: () => Date;
  timers?: Timers;
  settings?: Partial<SyncSettings>;
  log?: (message: string) => void;
}

export interface SheetSync {
  readonly target: SyncTarget;
  /** Local host: one tick now (crash recovery), then a tick every TICK_SECONDS; resolves after the first tick. */
  start(): Promise<void>;
  /** A submission was marked dirty: reconcile soon, coalesced. Does nothing unless started (Azure: timer only). */
  notify(campaignId: string): void;
  tick(): Promise<void>;
  /** Resolves once no reconcile is running (delayed ones may still be pending on a timer). */
  settled(): Promise<void>;
  status(campaignId: string): Promise<SyncStatus>;
  stop(): Promise<void>;
}

type Stats = Omit<SyncStatus, "campaignId" | "target" | "dirty" | "dirtySince" | "running">;

interface Lane {
  gate: CoalescingGate;
  stats: Stats;
}

function syncError(err: unknown): SyncError {
  if (err instanceof StoreUnavailableError) return { code: "store.unavailable", ...errorText("store.unavailable") };
  if (err instanceof CodedError) {
    const prefix = `${err.code}: `;
    const detail = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : undefined;
    return { code: err.code, ...errorText(err.code), ...(detail ? { detail } : {}) };
  }
  return { code: "http.internal", ...errorText("http.internal") };
}

export function createSheetSync(opts: SchedulerOptions): SheetSync {
  const settings = { ...DEFAULT_SYNC_SETTINGS, ...opts.settings };
  const timers = opts.timers ?? NODE_TIMERS;
  const log = opts.log ?? ((m: string) => console.warn(m));
  const nowMs = () => opts.now().getTime();
  const known = new Map(opts.campaigns.map((c) => [c.id, c]));
  const lanes = new Map<string, Lane>();
  let started = false;
  let stopped = false;
  let tickTimer: unknown;
  let ticking: Promise<void> | undefined;
  /** The part of a tick that reads the marks and picks campaigns (a tick then waits for the reconciles it asked). */
  let choosing: Promise<unknown> | undefined;
  let lastTickMs: number | undefined;
  let lastFullMs: number | undefined;

  function lane(id: string): Lane {
    let l = lanes.get(id);
    if (!l) {
      const stats: Stats = {
        lastAttemptAt: null, lastSuccessAt: null, lastResult: null, lastError: null,
        reconciles: 0, writeRequests: 0, setupRequests: 0, lastWriteBytes: null,
      };
      const gate = new CoalescingGate({ minIntervalMs: settings.minIntervalMs, timers, nowMs, run: () => runOnce(id, stats) });
      l = { gate, stats };
      lanes.set(id, l);
    }
    return l;
  }

  async function runOnce(id: string, stats: Stats): Promise<void> {
    stats.lastAttemptAt = opts.now().toISOString();
    try {
      // The mark is read before the state: a submission landing during the write leaves a newer mark behind.
      const mark = (await opts.marks.dirtyCampaigns()).find((m) => m.campaignId === id);
      const report = await opts.reconcile(id);
      if (mark) await opts.marks.clearDirty(id, mark.since);
      Object.assign(stats, {
        lastSuccessAt: opts.now().toISOString(),
        lastResult: "ok",
        lastError: null,
        reconciles: stats.reconciles + 1,
        writeRequests: stats.writeRequests + report.writeRequests,
        setupRequests: stats.setupRequests + report.setupRequests,
        lastWriteBytes: report.bytes,
      } satisfies Partial<Stats>);
    } catch (err) {
      stats.lastResult = "error";
      stats.lastError = syncError(err);
      log(`sheet sync of ${id} failed, the campaign stays dirty: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  const request = (id: string): Promise<void> => (stopped ? Promise.resolve() : lane(id).gate.request());

  async function choose(): Promise<string[]> {
    const at = nowMs();
    let marks: { campaignId: string }[];
    try {
      marks = await opts.marks.dirtyCampaigns();
    } catch (err) {
      log(`sheet sync: cannot read dirty marks: ${String(err)}`);
      return [];
    }
    const dirty = new Set(marks.map((m) => m.campaignId));
    const full = lastFullMs === undefined || at - lastFullMs >= settings.fullEveryMs;
    const since = lastTickMs ?? at;
    lastTickMs = at;
    if (full) lastFullMs = at;
    // A dirty campaign being reconciled right now is left to that run, which clears the marks it read; a mark
    // newer than that stays for the next tick. (Asking again would queue one more write for nothing.)
    const waiting = (id: string) => dirty.has(id) && !lanes.get(id)?.gate.running;
    return [...known.values()]
      .filter((c) => full || waiting(c.id) || c.dueAtMs.some((d) => d >= since && d < at))
      .map((c) => c.id);
  }

  function tick(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (!ticking) {
      const chosen = choose();
      choosing = chosen;
      ticking = chosen.then((ids) => Promise.all(ids.map(request))).then(() => undefined);
      void chosen.finally(() => (choosing = undefined));
      void ticking.finally(() => (ticking = undefined));
    }
    return ticking;
  }

  // Fixed rate: the next tick is armed before this one runs; a tick still busy is joined, never doubled.
  function loop(): void {
    if (stopped) return;
    tickTimer = timers.setTimeout(() => {
      tickTimer = undefined;
      loop();
      void tick();
    }, settings.tickMs);
  }

  async function settled(): Promise<void> {
    for (;;) {
      const busy = [choosing, ...[...lanes.values()].map((l) => l.gate.running)].filter((p) => p !== undefined);
      if (!busy.length) return;
      await Promise.all(busy);
    }
  }

  return {
    target: opts.target,
    async start() {
      if (started || stopped) return;
      started = true;
      await tick();
      loop();
    },
    notify(id) {
      if (started && !stopped && known.has(id)) void request(id);
    },
    tick,
    settled,
    async status(campaignId) {
      const mark = (await opts.marks.dirtyCampaigns()).find((m) => m.campaignId === campaignId);
      const l = lane(campaignId);
      return {
        campaignId,
        target: opts.target,
        dirty: mark !== undefined,
        dirtySince: mark?.since ?? null,
        running: l.gate.running !== undefined,
        ...l.stats,
      };
    },
    async stop() {
      stopped = true;
      if (tickTimer !== undefined) timers.clearTimeout(tickTimer);
      for (const l of lanes.values()) l.gate.close();
      await settled();
    },
  };
}
