import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { DEFAULT_CAMPAIGN_ID, getCampaign, listCampaigns, loadCampaigns } from "../../../shared/campaign/registry";
import { CampaignSchema } from "../../../shared/campaign/schema";
import { dueFor } from "../../../shared/campaign/deadline";

describe("campaign registry", () => {
  test("the built-in Hà Tĩnh 2024 campaign is registered and valid", () => {
    expect(DEFAULT_CAMPAIGN_ID).toBe("ha-tinh-2024-h1");
    expect(getCampaign("ha-tinh-2024-h1")).toEqual(HA_TINH_2024);
    expect(listCampaigns().map((c) => c.id)).toContain("ha-tinh-2024-h1");
    expect(getCampaign("nope")).toBeUndefined();
  });

  test("a malformed campaign is refused with a message naming the field", () => {
    const broken = { ...HA_TINH_2024, deadlines: { inclusiveEndOfDay: true, rules: [{ due: "30/6/2024", label: "x" }] } };
    expect(() => loadCampaigns([broken])).toThrow(/campaign\.invalid: campaign #0: deadlines\.rules\.0\.due/);
    expect(() => loadCampaigns([{ id: "Bad Id" }])).toThrow(/campaign\.invalid/);
  });

  test("duplicate ids are refused", () => {
    expect(() => loadCampaigns([HA_TINH_2024, HA_TINH_2024])).toThrow(/duplicate id "ha-tinh-2024-h1"/);
  });
});

describe("makeDemoCampaign", () => {
  const today = { year: 2025, month: 3, day: 10 };
  const demo = makeDemoCampaign(HA_TINH_2024, today);

  test("is clearly a demo and still a valid campaign with the same outline", () => {
    expect(CampaignSchema.parse(demo)).toEqual(demo);
    expect(demo.id).toBe("demo-2025");
    expect(demo.name.startsWith("[DEMO] ")).toBe(true);
    expect(demo.demo).toBe(true);
    expect(demo.outline).toEqual(HA_TINH_2024.outline);
  });

  test("< 15 group is due in a few days, >= 15 in a few weeks, after today", () => {
    expect(dueFor(demo, { id: "a", subordinateCount: 3 }).rule.due).toBe("2025-03-15");
    expect(dueFor(demo, { id: "b", subordinateCount: 30 }).rule.due).toBe("2025-03-31");
  });

  test("month and year boundaries roll over", () => {
    const late = makeDemoCampaign(HA_TINH_2024, { year: 2024, month: 12, day: 29 });
    expect(late.deadlines.rules.map((r) => r.due)).toEqual(["2025-01-03", "2025-01-19"]);
  });
});
