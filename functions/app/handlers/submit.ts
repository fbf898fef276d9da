import { randomUUID } from "node:crypto";
import type { Contest } from "../../../shared/api/contest";
import { DOCX_MEDIA_TYPE, IdempotencyKeySchema, MULTIPART_MEDIA_TYPE } from "../../../shared/api/submissions";
import { CodedError } from "../../../shared/errors/codes";
import { classify } from "../errors";
import { authorizeSubmit, requireCampaign, requireUnit } from "../lookup";
import { mediaType, param, readBody } from "../request";
import { json } from "../respond";
import type { SignedInHandler } from "../route";
import { acceptSubmission } from "../submission/accept";
import { audit } from "../submission/audit";
import { parseSubmissionParts } from "../submission/multipart";
import { documentPath } from "../../../shared/api/submissions";
import { receiptOf } from "../submission/receipt";

/** Absent → a fresh server key (plain curl users); present → must be a sane key, or the client has a bug. */
function idempotencyKey(header: string | null): string {
  if (header === null) return `server:${randomUUID()}`;
  const parsed = IdempotencyKeySchema.safeParse(header);
  if (!parsed.success) throw new CodedError("idempotency.invalidKey");
  return parsed.data;
}

/**
 * The two forms of the body: the raw .docx, or multipart/form-data with the .docx and the reasons for contested
 * errors. Both are read under the same upload cap.
 */
async function readSubmission(req: Request, maxBytes: number): Promise<{ bytes: Uint8Array; contests: Contest[] }> {
  const type = mediaType(req);
  if (type === DOCX_MEDIA_TYPE) return { bytes: await readBody(req, maxBytes), contests: [] };
  if (type !== MULTIPART_MEDIA_TYPE) {
    throw new CodedError("http.unsupportedMediaType", `expected ${DOCX_MEDIA_TYPE} or ${MULTIPART_MEDIA_TYPE}`);
  }
  const body = await readBody(req, maxBytes);
  const parts = await parseSubmissionParts(body, req.headers.get("content-type") ?? "", maxBytes);
  return { bytes: parts.document, contests: parts.contested };
}

/**
 * POST /api/campaigns/{campaignId}/units/{unitId}/submissions. The checks run in the contract's order: token
 * (dispatcher) → campaign and unit exist → the account may act for the unit → media type → size → parts → read and
 * check (every error contested with a reason, or 422) → store. Every attempt that got past the token is audited with
 * its outcome, code and the reasons it carried.
 */
export const submit: SignedInHandler = async ({ req, params, log, deps, principal }) => {
  const campaignId = param(params, "campaignId");
  const unitId = param(params, "unitId");
  const base = { actor: principal.subject, campaignId, unitId };
  let contested: Contest[] = [];
  const reasons = () => (contested.length > 0 ? { contested } : {});
  try {
    const campaign = requireCampaign(deps, campaignId);
    const unit = requireUnit(deps, campaign.id, unitId);
    authorizeSubmit(principal, unit.id);
    const key = idempotencyKey(req.headers.get("idempotency-key"));
    const { bytes, contests } = await readSubmission(req, deps.maxUploadBytes);
    contested = contests;

    const submission = { campaign, unit, principal, idempotencyKey: key, bytes, contests, log: (m: string) => log.warn(m) };
    const { record, replayed } = await acceptSubmission(deps, submission);
    // An accepted version records what applied; a refused attempt what it asked for.
    contested = record.contested;
    await audit(deps, log, {
      ...base,
      ...reasons(),
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
    await audit(deps, log, { ...base, ...reasons(), at: deps.now().toISOString(), outcome, code });
    throw err;
  }
};
