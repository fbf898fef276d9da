/** "Kiểm tra" is the work of POST /api/validate asked for by a click: it spends the same per-account quota. */
import { CLERK, startAddonHost, textOf, type AddonHost } from "./harness";

let host: AddonHost;
beforeAll(async () => {
  host = await startAddonHost(undefined, { VALIDATE_PER_MINUTE: "2" });
  host.docs.create("doc-q");
});
afterAll(async () => {
  await host.stop();
});

test("past the account's quota a check answers a notice and reads nothing from Google", async () => {
  const event = await host.docsEvent(CLERK, "doc-q", { campaignId: "ha-tinh-2024-h1" });
  for (let i = 0; i < 2; i++) expect(textOf(await host.act("gworkspace/docs/check", event))).toContain("Kết quả kiểm tra");
  const reads = host.docs.requests.length;
  const third = await host.act("gworkspace/docs/check", event);
  expect(textOf(third)).not.toContain("Kết quả kiểm tra");
  expect(third).toMatchObject({ action: { notification: {} } });
  expect(host.docs.requests.length).toBe(reads);
});
