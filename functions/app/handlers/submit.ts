import { randomUUID } from "node:crypto";
import { DOCX_MEDIA_TYPE, IdempotencyKeySchema } from "../../../shared/api/submissions";
import { CodedError } from "../../../shared/errors/codes";
import { classify } from "../errors";
import { authorizeSubmit, requireCampaign, requireUnit } from "../lookup";
import { param, readBody, requireMediaType } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";
import { acceptSubmission } from "../submission/accept";
import { audit } from "../submission/audit";
import { documentPath, receiptOf } from "../submission/receipt";

/** Absent → a fresh server key (plain curl users); present → must be a sane key, or the client has a bug. */
function idempotencyKey(header: string | null): string {
  if (header === null) return `server:${randomUUID()}`;
  const parsed = IdempotencyKeySchema.safeParse(header);
  if (!parsed.success) throw new CodedError("idempotency.invalidKey");
  return parsed.data;
}

/**
 * POST /api/campaigns/{campaignId}/units/{unitId}/submissions. The checks run in the contract's order: token
 * (dispatcher) → campaign and unit exist → the account may act for the unit → media type → size → read and check →
 * store. Every attempt that got past the token is audited with its outcome and code.
 */
export const submit: SignedInHandler = async ({ req, ctx, deps, principal }) => {
  const campaignId = param(req, "campaignId");
  const unitId = param(req, "unitId");
  const base = { actor: principal.subject, campaignId, unitId };
  try {
    const campaign = requireCampaign(deps, campaignId);
    const unit = requireUnit(deps, campaign.id, unitId);
    authorizeSubmit(principal, unit.id);
    const key = idempotencyKey(req.headers.get("idempotency-key"));
    requireMediaType(req, DOCX_MEDIA_TYPE);
    const bytes = await readBody(req, deps.maxUploadBytes);

    const log = (m: string) => ctx.warn(m);
    const submission = { campaign, unit, principal, idempotencyKey: key, bytes, log };
    const { record, replayed } = await acceptSubmission(deps, submission);
    await audit(deps, ctx, {
      ...base,
      at: deps.now().toISOString(),
      outcome: replayed ? "replayed" : "accepted",
      code: "ok",
      sha256: record.sha256,
      submissionId: record.submissionId,
    });
    const headers: Record<string, string> = {
      Location: documentPath(record.submissionId),
      "Idempotency-Key": key,
    };
    if (replayed) headers["Idempotent-Replayed"] = "true";
    return json(201, receiptOf(record), headers);
  } catch (err) {
    const { code, status } = classify(err);
    const outcome = status < 500 ? "rejected" : "error";
    await audit(deps, ctx, { ...base, at: deps.now().toISOString(), outcome, code });
    throw err;
  }
};
