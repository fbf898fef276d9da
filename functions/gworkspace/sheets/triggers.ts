/**
 * The Sheets sidebar (Sở Nội vụ): progress, one unit, "Tiếp nhận" / "Trả lại", "Nhắc nhở", "Đồng bộ ngay",
 * "Tạo báo cáo tổng hợp". Each action runs the same logic as its API route (status, review, reminders, sync,
 * summary); a clerk who opens the sidebar sees their own unit only.
 */
import { ReviewRequestSchema, REVIEW_COMMENT_MAX } from "../../../shared/api/review";
import { CodedError } from "../../../shared/errors/codes";
import { eventParameter, formValue } from "../../../shared/gworkspace/event";
import type { RenderActions } from "../../../shared/gworkspace/card";
import type { Principal } from "../../auth/principal";
import { decideReview } from "../../app/handlers/review";
import { loadStatus } from "../../app/handlers/status";
import { authorizeUnit, requireCampaign } from "../../app/lookup";
import { clerkCampaign, secretariatCampaign } from "../campaign";
import { sheetsHomeCard } from "../cards/sheets-home";
import { sheetsUnitCard } from "../cards/sheets-unit";
import { notify, push, update } from "../cards/ui";
import type { AddonCall, Trigger } from "../trigger";

function requireSecretariat(p: Principal): void {
  if (p.role !== "secretariat") throw new CodedError("auth.forbidden");
}

const param = (call: AddonCall, key: string): string => {
  const v = eventParameter(call.event, key);
  if (!v) throw new CodedError("http.badRequest", `missing parameter ${key}`);
  return v;
};

/** The picker's choice, else the action's parameter, else the campaign closing next. */
const pickedCampaign = (call: AddonCall) =>
  secretariatCampaign(call.deps, formValue(call.event, "campaignId") ?? eventParameter(call.event, "campaignId"));

async function unitCard(call: AddonCall, campaignId: string, unitId: string) {
  const { deps, addon, principal } = call;
  authorizeUnit(principal, unitId);
  const { doc, campaign } = await loadStatus(deps, campaignId);
  const row = doc.units.find((u) => u.unitId === unitId);
  if (!row) throw new CodedError("unit.notFound", unitId);
  const [latest] = await deps.store.listVersions(campaign.id, unitId);
  return sheetsUnitCard(addon, { campaign, row, submissionId: latest?.submissionId, secretariat: principal.role === "secretariat" });
}

async function homeCard(call: AddonCall) {
  const campaign = pickedCampaign(call);
  const [{ doc }, sync] = await Promise.all([loadStatus(call.deps, campaign.id), call.deps.sync.status(campaign.id)]);
  return sheetsHomeCard(call.addon, { campaigns: call.deps.campaigns.list(), campaign, status: doc, sync });
}

export const sheetsHome: Trigger = async (call) => {
  const { principal } = call;
  if (principal.role !== "secretariat" && principal.unitId) {
    const { campaign } = clerkCampaign(call.deps, principal.unitId, eventParameter(call.event, "campaignId"));
    return push(await unitCard(call, campaign.id, principal.unitId));
  }
  requireSecretariat(principal);
  const card = await homeCard(call);
  // The picker re-renders the same card in place; the homepage trigger pushes the first one.
  return formValue(call.event, "campaignId") ? update(card) : push(card);
};

export const sheetsUnit: Trigger = async (call) => push(await unitCard(call, param(call, "campaignId"), param(call, "unitId")));

export const sheetsReview: Trigger = async (call) => {
  requireSecretariat(call.principal);
  const comment = (formValue(call.event, "comment") ?? "").trim().slice(0, REVIEW_COMMENT_MAX);
  const request = ReviewRequestSchema.safeParse({ decision: param(call, "decision"), ...(comment ? { comment } : {}) });
  if (!request.success) return notify("Hãy ghi ý kiến (lý do) khi trả lại báo cáo. (A returned report needs a comment.)");
  const campaignId = requireCampaign(call.deps, param(call, "campaignId")).id;
  const result = await decideReview(call.deps, call.log, call.principal, param(call, "submissionId"), request.data);
  const card = await unitCard(call, campaignId, param(call, "unitId"));
  const said = result.review.decision === "accepted" ? "Đã tiếp nhận báo cáo." : "Đã trả lại báo cáo cho đơn vị.";
  return { action: { navigations: [{ updateCard: card }], notification: { text: said } } };
};

const SKIP_WORDS: Record<string, string> = {
  unknownUnit: "không có trong đợt",
  submitted: "đã nộp",
  noEmail: "chưa có e-mail",
  notDue: "chưa đến lượt nhắc",
  alreadySent: "đã nhắc hôm nay",
  sendFailed: "gửi lỗi",
};

export const sheetsRemind: Trigger = async (call) => {
  requireSecretariat(call.principal);
  const campaign = requireCampaign(call.deps, param(call, "campaignId"));
  const unitId = eventParameter(call.event, "unitId");
  const result = await call.deps.reminders.run(campaign, unitId ? { unitIds: [unitId] } : {});
  const skipped = Object.entries(
    result.skipped.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.reason]: (acc[s.reason] ?? 0) + 1 }), {}),
  ).map(([reason, n]) => `${n} ${SKIP_WORDS[reason] ?? reason}`);
  const text = `Đã gửi ${result.sent.length} e-mail nhắc nhở${skipped.length ? `; bỏ qua: ${skipped.join(", ")}` : ""}.`;
  return notify(text);
};

export const sheetsSync: Trigger = async (call) => {
  requireSecretariat(call.principal);
  const campaign = requireCampaign(call.deps, param(call, "campaignId"));
  // The same durable mark a submission leaves, then one pass now rather than at the next timer tick.
  await call.deps.store.markDirty(campaign.id, call.deps.now().toISOString());
  await call.deps.sync.tick();
  const status = await call.deps.sync.status(campaign.id);
  const ok = status.lastResult !== "error";
  const card = await homeCard(call);
  const said = ok ? "Đã đồng bộ bảng tính." : `Chưa đồng bộ được: ${status.lastError?.message ?? ""}`;
  return { action: { navigations: [{ updateCard: card }], notification: { text: said } } };
};

export const sheetsSummary: Trigger = async (call): Promise<RenderActions> => {
  requireSecretariat(call.principal);
  const campaign = requireCampaign(call.deps, param(call, "campaignId"));
  const url = await call.addon.links.url({ kind: "summary", campaignId: campaign.id }, call.principal);
  return { action: { link: { url }, notification: { text: "Đang mở dự thảo báo cáo tổng hợp (.docx); liên kết có hiệu lực 10 phút." } } };
};

export const sheetsOpen: Trigger = async (call): Promise<RenderActions> => {
  const submissionId = param(call, "submissionId");
  const record = await call.deps.store.get(submissionId);
  if (!record) throw new CodedError("submission.notFound");
  authorizeUnit(call.principal, record.unitId);
  const url = await call.addon.links.url({ kind: "document", submissionId }, call.principal);
  return { action: { link: { url } } };
};
