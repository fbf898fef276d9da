import { computeStatus } from "../../../shared/status/aggregate";
import { toCsv } from "../../../shared/status/csv";
import { statusTable } from "../../../shared/status/table";
import type { StatusDocument } from "../../../shared/api/status";
import type { Campaign } from "../../../shared/campaign/schema";
import { formatDate } from "../../../shared/dates/format";
import type { Deps } from "../deps";
import { statusWorkbook } from "../../exports/xlsx";
import { readProgress } from "../../store/progress";
import { requireCampaign } from "../lookup";
import { param } from "../request";
import { file, json } from "../respond";
import type { SignedInCall, SignedInHandler } from "../route";

const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One read of per-unit state (no GROUP BY), then the pure aggregation in shared/status over the campaign's units. */
export async function loadStatus(deps: Deps, campaignId: string): Promise<{ doc: StatusDocument; campaign: Campaign }> {
  const campaign = requireCampaign(deps, campaignId);
  const read = await readProgress(deps.store, campaign.id);
  const doc = computeStatus({ campaign, units: deps.campaigns.unitsFor(campaign.id).list(), ...read, now: deps.now() });
  return { doc, campaign };
}

function exportName(doc: StatusDocument, ext: string): string {
  return `trang-thai-${doc.campaignId}-${formatDate(doc.asOf).split("/").reverse().join("")}.${ext}`;
}

const load = ({ req, deps }: SignedInCall) => loadStatus(deps, param(req, "campaignId"));

/** GET …/status (secretariat). */
export const getStatus: SignedInHandler = async (call) => json(200, (await load(call)).doc);

/** GET …/status.csv: UTF-8 with BOM so Excel shows Vietnamese, dd/mm/yyyy dates. */
export const getStatusCsv: SignedInHandler = async (call) => {
  const { doc, campaign } = await load(call);
  return file(toCsv(statusTable(doc, campaign.levels)), "text/csv; charset=utf-8", exportName(doc, "csv"));
};

/** GET …/status.xlsx: the same table as a real workbook. */
export const getStatusXlsx: SignedInHandler = async (call) => {
  const { doc, campaign } = await load(call);
  return file(await statusWorkbook(statusTable(doc, campaign.levels), "Trạng thái nộp"), XLSX_MEDIA_TYPE, exportName(doc, "xlsx"));
};
