import { CampaignSchema } from "../../../shared/campaign/schema";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { DEFAULT_REMINDER_POLICY, planReminders, reminderSchedule, ReminderPolicySchema } from "../../../shared/reminders/policy";
import { reminderMessage } from "../../../shared/reminders/message";

// 30/6/2024 end of day in Hà Tĩnh.
const DUE = "2024-06-30T16:59:59.999Z";
const unit = (unitId: string, extra: Partial<{ emails: string[]; submitted: boolean }> = {}) => ({
  unitId,
  dueAt: DUE,
  emails: ["vanthu@example.gov.vn"],
  submitted: false,
  ...extra,
});
const at = (iso: string) => new Date(iso);

describe("reminder policy", () => {
  it("defaults to 7 and 2 days before, the due day, then every 3 days three times, at 08:00 in Hà Tĩnh", () => {
    expect(DEFAULT_REMINDER_POLICY).toMatchObject({ daysBefore: [7, 2], onDueDay: true, overdueEveryDays: 3, overdueMaxTimes: 3, sendAt: "08:00" });
    expect(reminderSchedule(DEFAULT_REMINDER_POLICY, DUE).map((s) => [s.kind, new Date(s.atMs).toISOString()])).toEqual([
      ["before-7", "2024-06-23T01:00:00.000Z"],
      ["before-2", "2024-06-28T01:00:00.000Z"],
      ["due", "2024-06-30T01:00:00.000Z"],
      ["overdue-1", "2024-07-03T01:00:00.000Z"],
      ["overdue-2", "2024-07-06T01:00:00.000Z"],
      ["overdue-3", "2024-07-09T01:00:00.000Z"],
    ]);
  });

  it("is campaign data: validated with the campaign, bad values refused", () => {
    const campaign = CampaignSchema.parse({ ...HA_TINH_2024, reminders: { daysBefore: [3], overdueMaxTimes: 1, sendAt: "07:30" } });
    expect(campaign.reminders).toMatchObject({ daysBefore: [3], onDueDay: true, overdueEveryDays: 3, sendAt: "07:30" });
    expect(ReminderPolicySchema.safeParse({ sendAt: "8h" }).success).toBe(false);
    expect(ReminderPolicySchema.safeParse({ daysBefore: [0] }).success).toBe(false);
    expect(ReminderPolicySchema.safeParse({ unknown: 1 }).success).toBe(false);
  });

  it("gives the latest reminder whose moment has come, once; none to units that submitted or have no address", () => {
    const units = [unit("a"), unit("b", { submitted: true }), unit("c", { emails: [] })];
    const before = planReminders({ policy: DEFAULT_REMINDER_POLICY, units, sent: [], now: at("2024-06-23T00:59:59.999Z") });
    expect(before.due).toEqual([]);
    expect(before.skipped).toEqual([
      { unitId: "a", reason: "notDue" },
      { unitId: "b", reason: "submitted" },
      { unitId: "c", reason: "noEmail" },
    ]);
    const on = planReminders({ policy: DEFAULT_REMINDER_POLICY, units, sent: [], now: at("2024-06-23T01:00:00.000Z") });
    expect(on.due).toEqual([{ unitId: "a", to: ["vanthu@example.gov.vn"], kind: "before-7" }]);
    const again = planReminders({ policy: DEFAULT_REMINDER_POLICY, units, sent: [{ unitId: "a", kind: "before-7" }], now: at("2024-06-24T01:00:00.000Z") });
    expect(again.due).toEqual([]);
    expect(again.skipped[0]).toEqual({ unitId: "a", reason: "alreadySent" });
  });

  it("sends only the most current of several missed reminders, and nothing stale after the catch-up window", () => {
    // Host off from 22/6 to 29/6: before-7 was missed, before-2 is current.
    const back = planReminders({ policy: DEFAULT_REMINDER_POLICY, units: [unit("a")], sent: [], now: at("2024-06-29T03:00:00Z") });
    expect(back.due.map((d) => d.kind)).toEqual(["before-2"]);
    // Half a year later nothing is "current" any more.
    const late = planReminders({ policy: DEFAULT_REMINDER_POLICY, units: [unit("a")], sent: [], now: at("2025-01-10T03:00:00Z") });
    expect(late.due).toEqual([]);
    expect(late.skipped).toEqual([{ unitId: "a", reason: "notDue" }]);
  });

  it("sends by hand to a unit with nothing scheduled, at most once a local day", () => {
    const now = at("2024-06-25T17:30:00Z"); // 26/6 00:30 in Hà Tĩnh
    const first = planReminders({ policy: DEFAULT_REMINDER_POLICY, units: [unit("a")], sent: [{ unitId: "a", kind: "before-7" }], now, force: true });
    expect(first.due).toEqual([{ unitId: "a", to: ["vanthu@example.gov.vn"], kind: "manual-20240626" }]);
    const second = planReminders({ policy: DEFAULT_REMINDER_POLICY, units: [unit("a")], sent: [{ unitId: "a", kind: "manual-20240626" }], now, force: true });
    expect(second.skipped).toEqual([{ unitId: "a", reason: "alreadySent" }]);
  });
});

describe("reminder message", () => {
  const base = { unitName: "Sở Tư pháp", campaignName: "Báo cáo kiểm tra CCHC 6 tháng đầu năm 2024", period: "6 tháng đầu năm 2024", dueAt: DUE };

  it("names the unit, the report, the due date dd/mm/yyyy and the days left, in text and HTML", () => {
    const m = reminderMessage({ ...base, now: at("2024-06-23T01:00:00Z"), outlineUrl: "https://cchc.example.gov.vn/de-cuong?u=stp&x=1" });
    expect(m.subject).toBe("[Nhắc nộp báo cáo] Báo cáo kiểm tra CCHC 6 tháng đầu năm 2024 — hạn 30/06/2024 (còn 7 ngày)");
    for (const body of [m.text, m.html]) {
      expect(body).toContain("Sở Tư pháp");
      expect(body).toContain("30/06/2024");
      expect(body).toContain("Nộp báo cáo");
    }
    expect(m.text).toContain("Đề cương báo cáo theo mẫu: https://cchc.example.gov.vn/de-cuong?u=stp&x=1");
    expect(m.html).toContain('href="https://cchc.example.gov.vn/de-cuong?u=stp&amp;x=1"');
  });

  it("says how late a report is, and the due day itself", () => {
    expect(reminderMessage({ ...base, now: at("2024-07-03T01:00:00Z") }).subject).toContain("(quá hạn 3 ngày)");
    expect(reminderMessage({ ...base, now: at("2024-06-30T01:00:00Z") }).subject).toContain("(hạn cuối hôm nay)");
  });

  it("escapes everything in the HTML and keeps the subject on one line", () => {
    const m = reminderMessage({ ...base, unitName: 'UBND xã <script>alert("x")</script>\r\nBcc: a@b.c', now: at("2024-06-23T01:00:00Z") });
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(m.subject).not.toMatch(/[\r\n]/);
  });
});
