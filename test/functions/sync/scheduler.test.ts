import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReconcileReport } from "../../../functions/sync/port";
import { createSheetSync, type SheetSync } from "../../../functions/sync/scheduler";
import type { SubmissionStore } from "../../../functions/store/port";
import { openSqliteStore } from "../../../functions/store/sqlite/store";
import { CodedError } from "../../../shared/errors/codes";
import { FakeClock } from "../../support/fake-timers";

const T0 = Date.parse("2024-06-30T16:00:00Z");
const DUE = Date.parse("2024-06-30T16:59:59.999Z");
const OK: ReconcileReport = { target: "xlsx-file", writeRequests: 1, setupRequests: 0, bytes: 10 };

let dir: string;
let store: SubmissionStore;
let clock: FakeClock;
let runs: number[];
let failNext: number;
let sync: SheetSync;
/** Runs while a reconcile is in progress (a submission landing during the write). */
let during: (() => Promise<void>) | undefined;

function make(campaigns = [{ id: "c1", dueAtMs: [DUE] }]): SheetSync {
  return createSheetSync({
    target: "xlsx-file",
    marks: store,
    campaigns,
    now: clock.now,
    timers: clock,
    log: () => undefined,
    reconcile: async () => {
      runs.push(clock.nowMs - T0);
      await during?.();
      if (failNext > 0) {
        failNext -= 1;
        throw new CodedError("sheets.unavailable", "HTTP 429: quota");
      }
      return OK;
    },
  });
}

/** Moves the fake clock in steps, letting each started reconcile finish before the next step. */
async function advance(ms: number, step = 100): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    clock.advance(Math.min(step, ms - t));
    await sync.settled();
  }
}

const submit = async (campaignId = "c1") => {
  await store.markDirty(campaignId, clock.now().toISOString());
  sync.notify(campaignId);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cchc-sched-"));
  store = openSqliteStore({ file: join(dir, "s.sqlite") });
  clock = new FakeClock(T0);
  runs = [];
  failNext = 0;
  during = undefined;
});
afterEach(async () => {
  await sync.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("sheet sync scheduler", () => {
  it("on start reconciles what is dirty (crash recovery) and clears the mark after the write", async () => {
    await store.markDirty("c1", "2024-06-30T15:00:00.000Z");
    sync = make();
    await sync.start();
    expect(runs).toEqual([0]);
    expect(await store.dirtyCampaigns()).toEqual([]);
    expect(await sync.status("c1")).toMatchObject({ dirty: false, lastResult: "ok", reconciles: 1, writeRequests: 1, lastWriteBytes: 10 });
  });

  it("a burst of 1,000 submissions over a minute makes at most 12 reconciles in any minute", async () => {
    sync = make();
    await sync.start();
    runs = [];
    for (let i = 0; i < 1000; i++) {
      await submit();
      await advance(60, 60);
    }
    await advance(10_000);
    // One write every 5 s while the burst lasts (5 s … 60 s), none left over after it.
    expect(runs).toHaveLength(12);
    for (const start of runs) expect(runs.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(12);
    // Times are read when the (fake) write begins, at the end of the 60 ms step in which the run started.
    for (let i = 1; i < runs.length; i++) expect((runs[i] ?? 0) - (runs[i - 1] ?? 0)).toBeGreaterThanOrEqual(5000 - 60);
    // The last submission is covered: a reconcile started after it and the mark is gone.
    expect(runs[runs.length - 1]).toBeGreaterThanOrEqual(60_000);
    expect(await store.dirtyCampaigns()).toEqual([]);
  });

  it("spaces the writes themselves, not just the starts: slow and fast writes never put 13 in a minute", async () => {
    sync = make();
    await sync.start();
    const arrivals: number[] = [];
    let slow = true;
    // A write reaches Google at the end of its run; alternate 900 ms and 50 ms round trips.
    during = async () => {
      clock.nowMs += slow ? 900 : 50;
      slow = !slow;
      arrivals.push(clock.nowMs - T0);
    };
    for (let i = 0; i < 1200; i++) {
      await submit();
      await advance(60, 60);
    }
    await advance(10_000);
    expect(arrivals.length).toBeGreaterThanOrEqual(11);
    for (const a of arrivals) expect(arrivals.filter((t) => t >= a && t < a + 60_000).length).toBeLessThanOrEqual(12);
    for (let i = 1; i < arrivals.length; i++) expect((arrivals[i] ?? 0) - (arrivals[i - 1] ?? 0)).toBeGreaterThanOrEqual(5000);
  });

  it("a quiet campaign's first submission syncs at once; the next ones within 5 s wait for the window", async () => {
    sync = make();
    await sync.start();
    await advance(60_000);
    runs = [];
    await submit();
    await sync.settled();
    await submit();
    await advance(4_900);
    expect(runs).toEqual([60_000]);
    await advance(200);
    expect(runs).toEqual([60_000, 65_000]);
  });

  it("a failed write keeps the campaign dirty with the error visible; the next tick fixes it", async () => {
    sync = make();
    await sync.start();
    failNext = 1;
    await submit();
    await advance(5_000);
    const failed = await sync.status("c1");
    expect(failed).toMatchObject({ dirty: true, lastResult: "error", lastError: { code: "sheets.unavailable", detail: "HTTP 429: quota" } });
    expect(failed.lastError?.message).toMatch(/Google Sheets/);
    await advance(10_000);
    expect(await sync.status("c1")).toMatchObject({ dirty: false, lastResult: "ok", lastError: null });
  });

  it("a submission landing during a write keeps its mark, and gets its own reconcile", async () => {
    sync = make();
    await sync.start();
    await advance(60_000);
    runs = [];
    during = async () => {
      during = undefined;
      clock.advance(1);
      await submit();
    };
    await submit();
    await sync.settled();
    expect(runs).toEqual([60_000]);
    expect(await store.dirtyCampaigns()).toEqual([{ campaignId: "c1", since: new Date(T0 + 60_001).toISOString() }]);
    await advance(5_000);
    expect(runs).toEqual([60_000, expect.any(Number)]);
    expect(runs[1]).toBeGreaterThanOrEqual(65_000);
    expect(await store.dirtyCampaigns()).toEqual([]);
  });

  it("reconciles right after a due date passes, and every campaign each 5 minutes even when clean", async () => {
    clock = new FakeClock(DUE - 30_000);
    sync = make([{ id: "c1", dueAtMs: [DUE] }, { id: "c2", dueAtMs: [] }]);
    await sync.start();
    const at = () => runs.map((t) => T0 + t - DUE);
    expect(at()).toEqual([-30_000, -30_000]);
    await advance(29_000);
    expect(runs).toHaveLength(2);
    await advance(11_000);
    // The first tick after the due instant (at most one tick late) reconciles c1 only.
    expect(at().slice(2)).toEqual([expect.any(Number)]);
    expect(at()[2]).toBeGreaterThan(0);
    expect(at()[2]).toBeLessThanOrEqual(10_000);
    await advance(300_000);
    expect(runs).toHaveLength(5);
  });

  it("notify does nothing unless started (Azure: the timer trigger's tick does the work)", async () => {
    sync = make();
    await submit();
    await advance(10_000);
    expect(runs).toEqual([]);
    await sync.tick();
    expect(runs).toHaveLength(1);
    expect(await store.dirtyCampaigns()).toEqual([]);
  });
});
