import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { DEFAULT_CAMPAIGN_ID, loadCampaigns } from "../../../shared/campaign/registry";
import { CampaignSchema } from "../../../shared/campaign/schema";
import { dueFor } from "../../../shared/campaign/deadline";

describe("campaign registry", () => {
  test("the built-in Hà Tĩnh 2024 campaign is the default and valid", () => {
    expect(DEFAULT_CAMPAIGN_ID).toBe("ha-tinh-2024-h1");
    const loaded = loadCampaigns([HA_TINH_2024]);
    expect(loaded.get(DEFAULT_CAMPAIGN_ID)).toEqual(HA_TINH_2024);
    expect(loaded.get("nope")).toBeUndefined();
  });

  test("a malformed campaign is refused with a message naming the field", () => {
    const broken = { ...HA_TINH_2024, deadlines: { inclusiveEndOfDay: true, rules: [{ due: "30/6/2024", label: "x" }] } };
    expect(() => loadCampaigns([broken])).toThrow(/campaign\.invalid: campaign #0: deadlines\.rules\.0\.due/);
    expect(() => loadCampaigns([{ id: "Bad Id" }])).toThrow(/campaign\.invalid/);
  });

  test("duplicate ids are refused", () => {
    expect(() => loadCampaigns([HA_TINH_2024, HA_TINH_2024])).toThrow(/duplicate id "ha-tinh-2024-h1"/);
  });

  test("a campaign written before levels existed gets the 2024 levels; duplicate level ids are refused", () => {
    const { levels: _levels, ...old } = HA_TINH_2024;
    const [loaded] = loadCampaigns([old]).values();
    expect(loaded?.levels.map((l) => l.id)).toEqual(["province_dept", "central_agency", "district", "commune"]);
    const twice = { ...HA_TINH_2024, levels: [HA_TINH_2024.levels[0], HA_TINH_2024.levels[0]] };
    expect(() => loadCampaigns([twice])).toThrow(/levels/);
  });
});

describe("makeDemoCampaign", () => {
  const today = { year: 2025, month: 3, day: 10 };
  const demo = makeDemoCampaign(today);

  test("is clearly a demo, a valid campaign, and worded for its own period", () => {
    expect(CampaignSchema.parse(demo)).toEqual(demo);
    expect(demo.id).toBe("demo-2025");
    expect(demo.demo).toBe(true);
    expect(demo.name).toBe("[DEMO] Báo cáo kết quả công tác kiểm tra, tự kiểm tra CCHC 6 tháng đầu năm 2025");
    expect(demo.period).toBe("6 tháng đầu năm 2025");
    expect(demo.outline.subject).toBe("Kết quả công tác kiểm tra, tự kiểm tra cải cách hành chính 6 tháng đầu năm 2025");
    expect(JSON.stringify(demo)).not.toMatch(/2024/);
    expect(demo.outline.sections.map((s) => s.heading)).toEqual(HA_TINH_2024.outline.sections.map((s) => s.heading));
  });

  test("the second half of the year is worded as such", () => {
    const autumn = makeDemoCampaign({ year: 2026, month: 12, day: 3 });
    expect(autumn.period).toBe("6 tháng cuối năm 2026");
    expect(autumn.periodSpan).toEqual({ from: "2026-07-01", to: "2026-12-31" });
    expect(autumn.outline.sections[0]?.guidance).toContain("06 tháng cuối năm 2026");
  });

  test("is two-tier: no district level", () => {
    expect(demo.levels.map((l) => l.id)).toEqual(["province_dept", "central_agency", "commune"]);
  });

  test("< 15 group is due in a few days, >= 15 in a few weeks, after today", () => {
    expect(dueFor(demo, { id: "a", subordinateCount: 3 }).rule.due).toBe("2025-03-15");
    expect(dueFor(demo, { id: "b", subordinateCount: 30 }).rule.due).toBe("2025-03-31");
  });

  test("month and year boundaries roll over", () => {
    const late = makeDemoCampaign({ year: 2024, month: 12, day: 29 });
    expect(late.deadlines.rules.map((r) => r.due)).toEqual(["2025-01-03", "2025-01-19"]);
    expect(late.year).toBe(2024);
  });
});
