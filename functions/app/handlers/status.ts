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
import { file, respond } from "../respond";
import { matchesEtag } from "../status-cache";
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

const load = ({ req, params, deps }: SignedInCall) => loadStatus(deps, param(params, "campaignId"));

/**
 * GET …/status (secretariat): from the per-campaign cache (README: "Status cache"), with a weak ETag
 * (If-None-Match → 304) and gzip/br when accepted. Browsers may keep it but must revalidate (no-cache).
 */
export const getStatus: SignedInHandler = async ({ req, params, deps }) => {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  const cached = await deps.statusCache.get(
    campaign.id,
    async () => (await loadStatus(deps, campaign.id)).doc,
    req.headers.get("accept-encoding"),
  );
  const headers: Record<string, string> = {
    ETag: cached.etag,
    "Cache-Control": "private, no-cache",
    Vary: "Accept-Encoding, Authorization",
  };
  if (matchesEtag(req.headers.get("if-none-match"), cached.etag)) return respond(304, undefined, headers);
  if (cached.encoding) headers["Content-Encoding"] = cached.encoding;
  return respond(200, cached.body, { "Content-Type": "application/json; charset=utf-8", ...headers });
};

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
