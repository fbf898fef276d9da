import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";
import { formatDate } from "../../../shared/dates/format";
import { issuerOf } from "../../../shared/summary";
import { writeSummaryDocx } from "../../../docx/write/summary";
import { documentLinkOf } from "../../sync/sheet-model";
import { loadSummary } from "../../summary/load";
import { requireCampaign } from "../lookup";
import { param } from "../request";
import { file, json } from "../respond";
import type { SignedInCall, SignedInHandler } from "../route";

async function load({ req, params, log, deps }: SignedInCall) {
  const campaign = requireCampaign(deps, param(params, "campaignId"));
  const { summary } = await loadSummary({ ...deps, log: (m) => log.warn(m) }, campaign);
  return { campaign, summary };
}

/** GET …/summary (secretariat): the province's picture from the latest reports' content. */
export const getSummary: SignedInHandler = async (call) => json(200, (await load(call)).summary);

/** GET …/summary.docx (secretariat): the consolidated report's draft, Decree 30 layout, links to each document. */
export const getSummaryDocx: SignedInHandler = async (call) => {
  const { campaign, summary } = await load(call);
  const { deps } = call;
  const bytes = writeSummaryDocx(campaign, summary, {
    issuer: issuerOf(campaign, deps.campaigns.unitsFor(campaign.id).get("snv")),
    documentLink: documentLinkOf({ publicUrl: "", openUrl: deps.openUrl }),
  });
  const day = formatDate(summary.asOf).split("/").reverse().join("");
  return file(bytes, DOCX_MEDIA_TYPE, `tong-hop-${campaign.id}-${day}.docx`);
};
