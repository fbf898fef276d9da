export * from "./schema";
export { HA_TINH_2024 } from "./ha-tinh-2024";
export { campaignDueDates, dueFor, ruleMatches, rulesFor, type UnitDeadline } from "./deadline";
export { makeDemoCampaign } from "./demo";
export { twoTierCampaign, type TwoTierCampaignInput } from "./two-tier";
export { LEVELS_2024, LEVELS_TWO_TIER, levelLabel, levelShortLabel } from "./levels";
export { halfYearOf, periodWording, type PeriodSpan } from "./period";
export { BUILT_IN_BUNDLES, demoBundle, demoEmailOf, type CampaignBundle } from "./bundles";
export {
  loadCatalog,
  unitsFilesOf,
  type CampaignCatalog,
  type CatalogInput,
  type CatalogProblem,
  type CatalogResult,
  type UnitsCsv,
} from "./catalog";
export { currentCampaign } from "./open";
export { DEFAULT_CAMPAIGN_ID, loadCampaigns } from "./registry";
