import { getCampaign, listCampaigns } from "../shared/campaign/registry";
import type { Campaign } from "../shared/campaign/schema";
import { HA_TINH_2024_REGISTRY, HA_TINH_2024_UNITS } from "../shared/units/ha-tinh-2024";
import { parseUnitsCsv } from "../shared/units/csv";
import { createUnitRegistry, mergeUnits, validateUnits, type UnitRegistry } from "../shared/units/registry";
import type { CliIO } from "./io";
import type { CliText } from "./messages";

export class UsageError extends Error {}

export function campaignOrFail(id: string, t: CliText): Campaign {
  const campaign = getCampaign(id);
  if (!campaign) throw new UsageError(t.unknownCampaign(id, listCampaigns().map((c) => c.id)));
  return campaign;
}

/** The built-in registry, with the units of `--units FILE.csv` merged over it when given. */
export async function unitRegistry(io: CliIO, csvPath: string | undefined, t: CliText, en: boolean): Promise<UnitRegistry> {
  if (csvPath === undefined) return HA_TINH_2024_REGISTRY;
  const { units, errors } = parseUnitsCsv(Buffer.from(await io.readFile(csvPath)).toString("utf8"));
  if (errors.length > 0) {
    throw new UsageError([t.unitsCsvErrors(csvPath), ...errors.map((e) => `  ${en ? e.messageEn : e.message}`)].join("\n"));
  }
  const merged = mergeUnits(HA_TINH_2024_UNITS, units);
  const problems = validateUnits(merged);
  if (problems.length > 0) {
    throw new UsageError([t.unitsCsvErrors(csvPath), ...problems.map((p) => `  ${en ? p.messageEn : p.message}`)].join("\n"));
  }
  return createUnitRegistry(merged);
}
