/**
 * One delivery attempt of a claimed reminder, and what the store records after it: sent; or retry after a growing
 * pause; or failed once the attempts are used up. Every state change is a compare-and-set on (state, attempts),
 * so of two hosts that both think they own an attempt, only one records its outcome — and only one ever started it,
 * because starting an attempt is itself such a change (see service.ts).
 */
import type { Campaign } from "../../shared/campaign/schema";
import { reminderMessage } from "../../shared/reminders/message";
import type { Unit } from "../../shared/units/schema";
import type { Mailer } from "../mail/port";
import type { ReminderRecord, SubmissionStore } from "../store/port";

export interface DeliverySettings {
  /** Attempts before a reminder is recorded as failed. */
  maxAttempts: number;
  /** Pause before the 2nd attempt; doubles each time. */
  retryBaseMs: number;
  /** How long a claimed attempt may take before another host may take it over (its sender died). */
  leaseMs: number;
  outlineUrl?: string;
}

export const DEFAULT_DELIVERY: DeliverySettings = { maxAttempts: 5, retryBaseMs: 60_000, leaseMs: 10 * 60_000 };

export interface DeliveryDeps {
  store: Pick<SubmissionStore, "updateReminder">;
  mailer: Mailer;
  now: () => Date;
  settings: DeliverySettings;
  log: (message: string) => void;
}

export const messageIdOf = (r: Pick<ReminderRecord, "campaignId" | "unitId" | "kind">): string =>
  `<cchc.${r.campaignId}.${r.unitId}.${r.kind}@cchc-report>`;

/** Sends `claimed` (state "sending", its attempt already counted) and records the outcome; true when delivered. */
export async function deliver(d: DeliveryDeps, campaign: Campaign, unit: Unit, dueAt: string, claimed: ReminderRecord): Promise<boolean> {
  const message = reminderMessage({
    unitName: unit.name,
    campaignName: campaign.name,
    period: campaign.period,
    dueAt,
    now: d.now(),
    ...(d.settings.outlineUrl ? { outlineUrl: d.settings.outlineUrl.replaceAll("{unitId}", encodeURIComponent(unit.id)) } : {}),
  });
  const expected = { state: claimed.state, attempts: claimed.attempts };
  try {
    await d.mailer.send({ to: claimed.to, ...message, messageId: messageIdOf(claimed) });
  } catch (err) {
    const at = d.now();
    const failed = claimed.attempts >= d.settings.maxAttempts;
    const pause = d.settings.retryBaseMs * 2 ** (claimed.attempts - 1);
    const error = String(err instanceof Error ? err.message : err).slice(0, 500);
    d.log(`reminder ${messageIdOf(claimed)} attempt ${claimed.attempts} failed: ${error}`);
    await d.store.updateReminder(
      {
        ...claimed,
        state: failed ? "failed" : "retry",
        updatedAt: at.toISOString(),
        nextAttemptAt: failed ? null : new Date(at.getTime() + pause).toISOString(),
        error,
      },
      expected,
    );
    return false;
  }
  const at = d.now().toISOString();
  await d.store.updateReminder({ ...claimed, state: "sent", updatedAt: at, sentAt: at, nextAttemptAt: null, error: null }, expected);
  return true;
}
