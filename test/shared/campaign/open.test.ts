import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { currentCampaign } from "../../../shared/campaign/open";
import type { Campaign } from "../../../shared/campaign/schema";

const due = (c: Campaign, id: string, dates: string[]): Campaign => ({
  ...c,
  id,
  deadlines: { ...c.deadlines, rules: dates.map((d, i) => ({ minSubordinates: i * 15, ...(i < dates.length - 1 ? { maxSubordinates: (i + 1) * 15 } : {}), due: d, label: d })) },
});

describe("currentCampaign", () => {
  const demo = makeDemoCampaign({ year: 2026, month: 12, day: 3 });

  test("an open campaign wins over a past one, whatever the order", () => {
    expect(currentCampaign([HA_TINH_2024, demo], "2026-12-03T05:00:00Z")?.id).toBe(demo.id);
    expect(currentCampaign([demo, HA_TINH_2024], "2026-12-03T05:00:00Z")?.id).toBe(demo.id);
  });

  test("a campaign stays open until its last due date has passed (end of day, Vietnam)", () => {
    // The 2024 campaign's later group is due 30/9/2024: open on that day, closed after it.
    expect(currentCampaign([HA_TINH_2024], "2024-09-30T16:00:00Z")?.id).toBe(HA_TINH_2024.id);
    const later = due(HA_TINH_2024, "later", ["2024-12-31"]);
    expect(currentCampaign([HA_TINH_2024, later], "2024-09-30T16:00:00Z")?.id).toBe(HA_TINH_2024.id);
    expect(currentCampaign([HA_TINH_2024, later], "2024-09-30T17:00:00Z")?.id).toBe("later");
  });

  test("of two open campaigns, the one whose next due date is nearest", () => {
    const soon = due(HA_TINH_2024, "soon", ["2026-12-10", "2027-03-01"]);
    const far = due(HA_TINH_2024, "far", ["2027-01-20"]);
    expect(currentCampaign([far, soon], "2026-12-03T00:00:00Z")?.id).toBe("soon");
    expect(currentCampaign([far, soon], "2026-12-11T00:00:00Z")?.id).toBe("far");
  });

  test("when every campaign is past, the one that closed last; none → undefined", () => {
    const older = due(HA_TINH_2024, "older", ["2023-06-30"]);
    expect(currentCampaign([older, HA_TINH_2024], "2026-01-01T00:00:00Z")?.id).toBe(HA_TINH_2024.id);
    expect(currentCampaign([], "2026-01-01T00:00:00Z")).toBeUndefined();
  });
});
