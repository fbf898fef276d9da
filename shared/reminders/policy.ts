/**
 * A campaign's reminder policy as data, and the pure decision "which reminder does each unit get now". The clock is
 * an argument; what was already sent comes from the store, so a restart or a second host decides the same way and
 * the store's claim (one per campaign, unit and kind) makes the decision stick.
 */
import { z } from "zod";
import type { ReminderKind, ReminderSkipReason } from "../api/reminders";
import { dayNumber, toCalendarDate, VN_OFFSET_MS } from "../dates/calendar";

const DAY_MS = 24 * 60 * 60 * 1000;

export const ReminderPolicySchema = z
  .object({
    /** Days before the due day a reminder goes out (7 and 2 by default). */
    daysBefore: z.array(z.number().int().min(1).max(365)).max(10).default([7, 2]),
    /** One on the due day itself. */
    onDueDay: z.boolean().default(true),
    /** While overdue: one every this many days after the due day … */
    overdueEveryDays: z.number().int().min(1).max(90).default(3),
    /** … at most this many times. */
    overdueMaxTimes: z.number().int().min(0).max(30).default(3),
    /** Local time (Asia/Ho_Chi_Minh) the reminders of a day go out, "HH:mm". */
    sendAt: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/).default("08:00"),
    /**
     * A reminder whose moment passed longer ago than this is not sent late (the host was off over a weekend): the
     * next one in the schedule takes its place. Keeps a restarted host from mailing last year's campaign.
     */
    catchUpHours: z.number().int().min(1).max(24 * 14).default(48),
  })
  .strict();
export type ReminderPolicy = z.infer<typeof ReminderPolicySchema>;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = ReminderPolicySchema.parse({});

export interface ScheduledReminder {
  kind: ReminderKind;
  /** Epoch ms of the moment it becomes due. */
  atMs: number;
}

/** Midnight of a Vietnamese calendar day, as epoch ms. */
function localMidnightMs(day: number): number {
  return day * DAY_MS - VN_OFFSET_MS;
}

function sendAtMs(policy: ReminderPolicy): number {
  const [h, m] = policy.sendAt.split(":").map(Number);
  return ((h ?? 8) * 60 + (m ?? 0)) * 60 * 1000;
}

/** Every reminder a unit due at `dueAt` would get, in time order. */
export function reminderSchedule(policy: ReminderPolicy, dueAt: string): ScheduledReminder[] {
  const dueDay = dayNumber(toCalendarDate(dueAt));
  const at = (day: number) => localMidnightMs(day) + sendAtMs(policy);
  const out: ScheduledReminder[] = [...new Set(policy.daysBefore)].map((n) => ({ kind: `before-${n}`, atMs: at(dueDay - n) }));
  if (policy.onDueDay) out.push({ kind: "due", atMs: at(dueDay) });
  for (let k = 1; k <= policy.overdueMaxTimes; k++) {
    out.push({ kind: `overdue-${k}`, atMs: at(dueDay + k * policy.overdueEveryDays) });
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

/** The kind a hand-sent reminder gets: one a day per unit, so a double click never mails twice. */
export function manualKind(now: Date): ReminderKind {
  const d = toCalendarDate(now.toISOString());
  return `manual-${d.year}${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
}

export interface ReminderCandidate {
  unitId: string;
  dueAt: string;
  emails: readonly string[];
  /** Some version was submitted: no reminder, whatever its review. */
  submitted: boolean;
}

export interface PlanInput {
  policy: ReminderPolicy;
  units: readonly ReminderCandidate[];
  /** Every reminder the store holds for the campaign, in any state: claimed once means never again. */
  sent: readonly { unitId: string; kind: string }[];
  now: Date;
  /** Sent by hand: a unit with nothing scheduled right now still gets one (kind manual-YYYYMMDD). */
  force?: boolean;
}

export interface ReminderPlan {
  due: { unitId: string; to: string[]; kind: ReminderKind }[];
  skipped: { unitId: string; reason: ReminderSkipReason }[];
}

/**
 * For each unit: the latest scheduled reminder whose moment has come (within the catch-up window) and which it has
 * not had yet. Earlier reminders it missed are not sent as well: one e-mail at a time, the most current one.
 */
export function planReminders({ policy, units, sent, now, force = false }: PlanInput): ReminderPlan {
  const nowMs = now.getTime();
  const had = new Set(sent.map((s) => `${s.unitId}\u0000${s.kind}`));
  const schedules = new Map<string, ScheduledReminder[]>();
  const plan: ReminderPlan = { due: [], skipped: [] };
  for (const u of units) {
    if (u.submitted) {
      plan.skipped.push({ unitId: u.unitId, reason: "submitted" });
      continue;
    }
    if (u.emails.length === 0) {
      plan.skipped.push({ unitId: u.unitId, reason: "noEmail" });
      continue;
    }
    let schedule = schedules.get(u.dueAt);
    if (!schedule) schedules.set(u.dueAt, (schedule = reminderSchedule(policy, u.dueAt)));
    const current = schedule.filter((s) => s.atMs <= nowMs).at(-1);
    const fresh = current !== undefined && nowMs - current.atMs <= policy.catchUpHours * 3600 * 1000;
    let kind: ReminderKind | undefined = fresh && !had.has(`${u.unitId}\u0000${current.kind}`) ? current.kind : undefined;
    const reason: ReminderSkipReason = fresh ? "alreadySent" : "notDue";
    if (!kind && force) {
      const manual = manualKind(now);
      kind = had.has(`${u.unitId}\u0000${manual}`) ? undefined : manual;
    }
    if (kind) plan.due.push({ unitId: u.unitId, to: [...u.emails], kind });
    else plan.skipped.push({ unitId: u.unitId, reason: force ? "alreadySent" : reason });
  }
  return plan;
}

/** Whole Vietnamese calendar days from `now` to the due day: negative once overdue. */
export function daysUntilDue(dueAt: string, now: Date): number {
  return dayNumber(toCalendarDate(dueAt)) - dayNumber(toCalendarDate(now.toISOString()));
}
