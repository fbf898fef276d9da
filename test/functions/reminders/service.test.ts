import { createReminderService, REMINDER_TICK_MINUTES } from "../../../functions/reminders/service";
import { DEFAULT_DELIVERY } from "../../../functions/reminders/deliver";
import type { Mailer } from "../../../functions/mail/port";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { createUnitRegistry } from "../../../shared/units/registry";
import { FakeClock } from "../../support/fake-timers";

describe("the local reminder loop", () => {
  it("runs a pass at start, then every few minutes, and not after stop", async () => {
    const clock = new FakeClock(Date.parse("2024-06-23T00:00:00Z"));
    let passes = 0;
    const mailer: Mailer = { kind: "outbox", where: "", send: () => Promise.resolve(), close: () => Promise.resolve() };
    const service = createReminderService({
      store: {
        unitStates: () => {
          passes += 1;
          return Promise.resolve([]);
        },
        listReminders: () => Promise.resolve([]),
        claimReminder: () => Promise.resolve(true),
        updateReminder: () => Promise.resolve(true),
      },
      mailer,
      campaigns: { list: () => [HA_TINH_2024] },
      unitsFor: () => createUnitRegistry([]),
      now: clock.now,
      settings: DEFAULT_DELIVERY,
      timers: clock,
    });
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    service.start();
    service.start(); // a second start does not start a second loop
    await settle();
    expect(passes).toBe(1);
    clock.advance(REMINDER_TICK_MINUTES * 60_000 - 1);
    await settle();
    expect(passes).toBe(1);
    clock.advance(1);
    await settle();
    expect(passes).toBe(2);
    await service.stop();
    clock.advance(REMINDER_TICK_MINUTES * 60_000 * 3);
    await settle();
    expect(passes).toBe(2);
  });
});
