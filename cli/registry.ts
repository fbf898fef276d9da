import { loadCatalog, type CampaignCatalog } from "../shared/campaign/catalog";
import type { Campaign } from "../shared/campaign/schema";
import { toCalendarDate } from "../shared/dates/calendar";
import type { UnitRegistry } from "../shared/units/registry";
import type { CliIO } from "./io";
import type { CliText } from "./messages";

export class UsageError extends Error {}

/** `--campaign demo` names the present-day demo campaign, whose id carries the year (demo-2026). */
const DEMO_ALIAS = "demo";

export interface OpenCampaign {
  campaign: Campaign;
  /** The campaign's own units, with `--units FILE.csv` merged over them when given. */
  units: UnitRegistry;
}

function lookup(catalog: CampaignCatalog, id: string): Campaign | undefined {
  return catalog.get(id) ?? (id === DEMO_ALIAS ? catalog.list().find((c) => c.demo) : undefined);
}

/**
 * The campaign and its units, through the same shared loader as the API host: the built-in campaigns and today's
 * [DEMO] campaign, each with its own units.
 */
export async function openCampaign(io: CliIO, id: string, csvPath: string | undefined, t: CliText, en: boolean): Promise<OpenCampaign> {
  const today = toCalendarDate((io.now?.() ?? new Date()).toISOString());
  const base = loadCatalog({ demoToday: today });
  if (!base.ok) throw new UsageError(base.problems.map((p) => (en ? p.messageEn : p.message)).join("\n"));
  const campaign = lookup(base.catalog, id);
  if (!campaign) throw new UsageError(t.unknownCampaign(id, base.catalog.list().map((c) => c.id)));
  if (csvPath === undefined) return { campaign, units: base.catalog.unitsFor(campaign.id) };

  const text = Buffer.from(await io.readFile(csvPath)).toString("utf8");
  const loaded = loadCatalog({ demoToday: today, unitsCsv: [{ campaignId: campaign.id, source: csvPath, text }] });
  if (!loaded.ok) {
    throw new UsageError([t.unitsCsvErrors(csvPath), ...loaded.problems.map((p) => `  ${en ? p.messageEn : p.message}`)].join("\n"));
  }
  return { campaign, units: loaded.catalog.unitsFor(campaign.id) };
}
