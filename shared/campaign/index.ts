export * from "./schema";
export { HA_TINH_2024 } from "./ha-tinh-2024";
export { dueFor, ruleMatches, type UnitDeadline } from "./deadline";
export { makeDemoCampaign } from "./demo";
export { DEFAULT_CAMPAIGN_ID, getCampaign, listCampaigns, loadCampaigns } from "./registry";
