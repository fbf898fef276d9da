/**
 * Reminders of a campaign, now: retries whose pause is over (and attempts whose sender died), then the policy's
 * decision for every unit. A reminder is claimed in the store before anything is sent — insert-if-absent keyed by
 * (campaign, unit, kind) — so two hosts, or a host and its restarted self, never both send it.
 */
import type { RemindersRequest, RemindersResult } from "../../shared/api/reminders";
import { dueFor } from "../../shared/campaign/deadline";
import type { Campaign } from "../../shared/campaign/schema";
import { DEFAULT_REMINDER_POLICY, planReminders } from "../../shared/reminders/policy";
import type { UnitRegistry } from "../../shared/units/registry";
import type { Unit } from "../../shared/units/schema";
import type { Mailer } from "../mail/port";
import { NODE_TIMERS, type Timers } from "../sync/gate";
import type { ReminderRecord, SubmissionStore } from "../store/port";
import { deliver, type DeliverySettings } from "./deliver";

export interface ReminderServiceDeps {
  store: Pick<SubmissionStore, "unitStates" | "claimReminder" | "updateReminder" | "listReminders">;
  mailer: Mailer;
  campaigns: { list(): readonly Campaign[] };
  /** The units a campaign reports for (and their e-mail addresses). */
  unitsFor: (campaignId: string) => Pick<UnitRegistry, "get" | "list">;
  now: () => Date;
  settings: DeliverySettings;
  /** Called after a pass that delivered something (the sheet's "Nhắc lần cuối" follows). */
  onSent?: (campaignId: string) => Promise<void>;
  timers?: Timers;
  log?: (message: string) => void;
}

/** How often the policy runs: reminders go out "around 08:00", within one tick of it. */
export const REMINDER_TICK_MINUTES = 5;
/** The Azure timer trigger's NCRONTAB schedule (with seconds). */
export const REMINDER_TIMER_SCHEDULE = `0 */${REMINDER_TICK_MINUTES} * * * *`;

export interface ReminderService {
  readonly mailer: Mailer;
  /** POST …/reminders: the given units (or every unit due), now. */
  run(campaign: Campaign, request: RemindersRequest): Promise<RemindersResult>;
  /** The timer's pass over every campaign; one campaign's failure does not stop the others. */
  tick(): Promise<void>;
  /** Local host: a tick now, then every REMINDER_TICK_MINUTES (Azure uses its timer trigger instead). */
  start(): void;
  /** Stops the local timer and waits for a running tick. */
  stop(): Promise<void>;
}

function dueAtOf(campaign: Campaign, unit: Unit): string | undefined {
  try {
    return dueFor(campaign, unit).dueAt;
  } catch {
    return undefined; // No deadline rule covers the unit: the status reports that data error, reminders skip it.
  }
}

export function createReminderService(d: ReminderServiceDeps): ReminderService {
  const log = d.log ?? ((m: string) => console.warn(m));
  const delivery = { store: d.store, mailer: d.mailer, now: d.now, settings: d.settings, log };

  /** Takes over retries that are due and attempts whose lease ran out, one compare-and-set each; counts deliveries. */
  async function retry(campaign: Campaign, existing: readonly ReminderRecord[], submitted: ReadonlySet<string>): Promise<number> {
    const nowMs = d.now().getTime();
    let delivered = 0;
    for (const r of existing) {
      if ((r.state !== "retry" && r.state !== "sending") || r.nextAttemptAt === null) continue;
      if (submitted.has(r.unitId)) continue; // It submitted meanwhile: the reminder has no purpose any more.
      if (Date.parse(r.nextAttemptAt) > nowMs) continue;
      const unit = d.unitsFor(campaign.id).get(r.unitId);
      const dueAt = unit && dueAtOf(campaign, unit);
      if (!unit || !dueAt) continue;
      const at = d.now();
      const next: ReminderRecord = {
        ...r,
        state: "sending",
        attempts: r.attempts + 1,
        updatedAt: at.toISOString(),
        nextAttemptAt: new Date(at.getTime() + d.settings.leaseMs).toISOString(),
      };
      if (r.state === "sending" && r.attempts >= d.settings.maxAttempts) {
        await d.store.updateReminder({ ...r, state: "failed", nextAttemptAt: null, updatedAt: next.updatedAt }, r);
        continue;
      }
      if (await d.store.updateReminder(next, { state: r.state, attempts: r.attempts })) {
        if (await deliver(delivery, campaign, unit, dueAt, next)) delivered += 1;
      }
    }
    return delivered;
  }

  async function run(campaign: Campaign, request: RemindersRequest): Promise<RemindersResult> {
    const dryRun = request.dryRun === true;
    const [heads, existing] = await Promise.all([d.store.unitStates(campaign.id), d.store.listReminders(campaign.id)]);
    const submitted = new Set(heads.map((h) => h.unitId));
    const retried = dryRun ? 0 : await retry(campaign, existing, submitted);
    const skipped: RemindersResult["skipped"] = [];
    const wanted: Unit[] = [];
    const units = d.unitsFor(campaign.id);
    for (const id of request.unitIds ?? units.list().map((u) => u.id)) {
      const unit = units.get(id);
      if (unit) wanted.push(unit);
      else skipped.push({ unitId: id, reason: "unknownUnit" });
    }
    const dueAt = new Map<string, string>();
    for (const u of wanted) {
      const at = dueAtOf(campaign, u);
      if (at) dueAt.set(u.id, at);
      else skipped.push({ unitId: u.id, reason: "notDue" });
    }
    const now = d.now();
    const plan = planReminders({
      policy: campaign.reminders ?? DEFAULT_REMINDER_POLICY,
      units: wanted
        .filter((u) => dueAt.has(u.id))
        .map((u) => ({ unitId: u.id, dueAt: dueAt.get(u.id) ?? "", emails: u.emails ?? [], submitted: submitted.has(u.id) })),
      sent: existing,
      now,
      force: request.unitIds !== undefined,
    });
    skipped.push(...plan.skipped);
    if (dryRun) return { dryRun, sent: plan.due, skipped };
    const result = await sendPlanned(campaign, plan.due, dueAt, skipped);
    if (result.sent.length + retried > 0) await d.onSent?.(campaign.id);
    return result;
  }

  async function sendPlanned(
    campaign: Campaign,
    due: RemindersResult["sent"],
    dueAt: ReadonlyMap<string, string>,
    skipped: RemindersResult["skipped"],
  ): Promise<RemindersResult> {
    const sent: RemindersResult["sent"] = [];
    for (const item of due) {
      const unit = d.unitsFor(campaign.id).get(item.unitId);
      const at = d.now();
      const claimed: ReminderRecord = {
        campaignId: campaign.id,
        unitId: item.unitId,
        kind: item.kind,
        to: item.to,
        state: "sending",
        attempts: 1,
        claimedAt: at.toISOString(),
        updatedAt: at.toISOString(),
        nextAttemptAt: new Date(at.getTime() + d.settings.leaseMs).toISOString(),
        sentAt: null,
        error: null,
      };
      if (!unit || !(await d.store.claimReminder(claimed))) {
        skipped.push({ unitId: item.unitId, reason: "alreadySent" });
        continue;
      }
      if (await deliver(delivery, campaign, unit, dueAt.get(unit.id) ?? "", claimed)) sent.push(item);
      else skipped.push({ unitId: item.unitId, reason: "sendFailed" });
    }
    return { dryRun: false, sent, skipped };
  }

  async function tick(): Promise<void> {
    for (const campaign of d.campaigns.list()) {
      try {
        await run(campaign, {});
      } catch (err) {
        log(`reminders for ${campaign.id} failed this tick: ${String(err)}`);
      }
    }
  }

  const timers = d.timers ?? NODE_TIMERS;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let stopped = false;
  const loop = () => {
    running = tick().finally(() => {
      running = undefined;
      if (!stopped) timer = timers.setTimeout(loop, REMINDER_TICK_MINUTES * 60_000);
    });
  };

  return {
    mailer: d.mailer,
    run,
    tick,
    start: () => {
      if (timer === undefined && running === undefined && !stopped) loop();
    },
    stop: async () => {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      await running;
    },
  };
}
