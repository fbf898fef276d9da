import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { halfYearOf, periodWording } from "../../../shared/campaign/period";
import { campaignName, reportSubject, resultsGuidance } from "../../../shared/campaign/wording";

describe("periodWording", () => {
  test.each([
    ["2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"],
    ["2026-07-01", "2026-12-31", "6 tháng cuối năm 2026"],
    ["2026-01-01", "2026-12-31", "năm 2026"],
    ["2026-07-01", "2026-09-30", "Quý III năm 2026"],
    ["2026-02-01", "2026-04-30", "từ ngày 01/02/2026 đến ngày 30/04/2026"],
    ["2026-01-15", "2026-06-30", "từ ngày 15/01/2026 đến ngày 30/06/2026"],
  ])("%s – %s → %s", (from, to, wording) => {
    expect(periodWording({ from, to })).toBe(wording);
  });

  test("halfYearOf", () => {
    expect(halfYearOf({ year: 2026, month: 6, day: 30 })).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(halfYearOf({ year: 2026, month: 7, day: 1 })).toEqual({ from: "2026-07-01", to: "2026-12-31" });
  });
});

describe("the period's sentences", () => {
  test("give the 2024 seed's exact text for the 2024 period, so other periods are worded the same way", () => {
    const period = periodWording(HA_TINH_2024.periodSpan!);
    expect(period).toBe(HA_TINH_2024.period);
    expect(campaignName(period)).toBe(HA_TINH_2024.name);
    expect(reportSubject(period)).toBe(HA_TINH_2024.outline.subject);
    expect(resultsGuidance(period)).toBe(HA_TINH_2024.outline.sections[0]?.guidance);
  });
});
