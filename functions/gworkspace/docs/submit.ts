/**
 * "Nộp báo cáo" in Docs: the errors the sidebar sees first (with the reasons typed on the findings card), then Drive's
 * .docx export through the SAME acceptance pipeline as the HTTP upload (server-side re-check, idempotency, versions,
 * audit, sheet) and a receipt.
 */
import { createHash } from "node:crypto";
import { applyContests, ContestRequestSchema, type Contest } from "../../../shared/api/contest";
import { CodedError } from "../../../shared/errors/codes";
import type { Finding } from "../../../shared/model/findings";
import { classify } from "../../app/errors";
import { acceptSubmission } from "../../app/submission/accept";
import { audit } from "../../app/submission/audit";
import { receiptOf } from "../../app/submission/receipt";
import { CONTEST_PREFIX, findingsCard } from "../cards/findings";
import { receiptCard } from "../cards/receipt";
import { notify, push, update } from "../cards/ui";
import type { AddonCall, Trigger } from "../trigger";
import { checkOpen, isOpen, openDocument } from "./open";

/**
 * One key per revision of the document and its reasons: pressing "Nộp báo cáo" twice on the same text is one
 * submission; the same text with other reasons is another request.
 */
function revisionKey(documentId: string, revisionId: string | null | undefined, contests: readonly Contest[]): string {
  const reasons = JSON.stringify(contests.map((c) => [c.code, c.reason]).sort());
  const digest = createHash("sha256").update(`${documentId}\n${revisionId ?? "none"}\n${reasons}`).digest("hex").slice(0, 40);
  return `gdocs:${digest}`;
}

/** The reasons typed on the findings card ("contest:<code>" inputs), empty ones left out. */
function typedReasons(call: AddonCall): Record<string, string> {
  const inputs = call.event.commonEventObject.formInputs ?? {};
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(inputs)) {
    const value = input.stringInputs?.value[0]?.trim();
    if (name.startsWith(CONTEST_PREFIX) && value) out[name.slice(CONTEST_PREFIX.length)] = value;
  }
  return out;
}

export const docsSubmit: Trigger = async (call) => {
  const open = openDocument(call);
  if (!isOpen(open)) return open;
  const { deps, principal, log } = call;
  const { campaign } = open;
  const checked = await checkOpen(call, open);
  const reasons = typedReasons(call);
  const parsed = ContestRequestSchema.safeParse(Object.entries(reasons).map(([code, reason]) => ({ code, reason })));
  if (!parsed.success) return notify("Mỗi lý do giải trình cần từ 10 đến 1.000 ký tự. (Each reason needs 10–1,000 characters.)");
  const contests = parsed.data;
  // Errors the sidebar can already see and no reason covers: no export, the findings with their links instead.
  const verdict = applyContests(checked.findings, contests);
  if (verdict.uncontested.length > 0) return push(findingsCard(call.addon, campaign.id, checked.findings, checked.link, reasons));

  const base = { actor: principal.subject, campaignId: campaign.id, unitId: open.unit.id };
  const idempotencyKey = revisionKey(open.documentId, checked.doc.revisionId, verdict.applied);
  // The export is an upload by another road: it holds its share of the instance's upload bytes while it is read.
  const release = deps.limits.uploads.reserve(deps.maxUploadBytes);
  if (!release) throw new CodedError("server.busy", "upload bytes in flight at the instance's limit");
  try {
    const bytes = await call.addon.docs(open.token).exportDocx(open.documentId);
    if (bytes.byteLength > deps.maxUploadBytes) throw new CodedError("http.payloadTooLarge", `limit ${deps.maxUploadBytes} bytes`);
    const warn = (m: string) => log.warn(m);
    const { record, replayed } = await acceptSubmission(deps, { campaign, unit: open.unit, principal, idempotencyKey, bytes, contests, log: warn });
    const outcome = replayed ? "replayed" : "accepted";
    await audit(deps, log, { ...base, at: deps.now().toISOString(), outcome, code: "ok", sha256: record.sha256, submissionId: record.submissionId });
    return update(receiptCard(receiptOf(record), open.unit.name, replayed));
  } catch (err) {
    const { code, status } = classify(err);
    await audit(deps, log, { ...base, at: deps.now().toISOString(), outcome: status < 500 ? "rejected" : "error", code });
    // Docs exports the same revision with fresh zip timestamps: the same revision is the same submission.
    if (code === "idempotency.conflict") {
      const first = await deps.store.findByIdempotencyKey(campaign.id, open.unit.id, idempotencyKey);
      if (first) return update(receiptCard(receiptOf(first), open.unit.name, true));
    }
    // The server's own reading of the exported .docx refused it: its findings (block numbers are the .docx's).
    if (err instanceof CodedError && err.code === "report.invalid") {
      const findings = (err.extra?.["findings"] ?? []) as Finding[];
      return push(findingsCard(call.addon, campaign.id, findings, () => undefined, reasons));
    }
    throw err;
  } finally {
    release();
  }
};
