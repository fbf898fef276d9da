import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { openingCampaign } from "../../../addin/panes/opening";

const demo = makeDemoCampaign({ year: 2026, month: 12, day: 3 });
const now = "2026-12-03T02:00:00.000Z";

describe("the campaign the pane opens on", () => {
  it("is the one open now, not a past one, whatever the order the server lists them in", () => {
    expect(openingCampaign([HA_TINH_2024, demo], undefined, now)?.id).toBe(demo.id);
    expect(openingCampaign([demo, HA_TINH_2024], undefined, now)?.id).toBe(demo.id);
  });

  it("is the configured one when it exists (?campaign=…), else the open one", () => {
    expect(openingCampaign([HA_TINH_2024, demo], HA_TINH_2024.id, now)?.id).toBe(HA_TINH_2024.id);
    expect(openingCampaign([HA_TINH_2024, demo], "nope", now)?.id).toBe(demo.id);
  });

  it("is among the campaigns the clerk's unit reports in (a 2024 district has no two-tier campaign)", () => {
    expect(openingCampaign([HA_TINH_2024, demo], undefined, now, [HA_TINH_2024.id])?.id).toBe(HA_TINH_2024.id);
    expect(openingCampaign([HA_TINH_2024, demo], undefined, now, [])?.id).toBe(demo.id);
    expect(openingCampaign([], undefined, now)).toBeUndefined();
  });
});
