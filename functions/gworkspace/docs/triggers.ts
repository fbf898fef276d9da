/**
 * The Docs sidebar (clerks): homepage, "Chèn đề cương", "Kiểm tra", "Nộp báo cáo". Every Google call acts as the user
 * on the open document only; the submission goes through the same acceptance pipeline as the HTTP upload.
 */
import { createHash } from "node:crypto";
import type { docs_v1 } from "@googleapis/docs";
import { buildOutline, sectionBlocks } from "../../../shared/outline";
import { toCalendarDate } from "../../../shared/dates/calendar";
import { CodedError } from "../../../shared/errors/codes";
import { eventParameter } from "../../../shared/gworkspace/event";
import type { RenderActions } from "../../../shared/gworkspace/card";
import type { Finding } from "../../../shared/model/findings";
import { applyContests, ContestRequestSchema, type Contest } from "../../../shared/api/contest";
import { checkDocument } from "../../../shared/rules";
import type { Campaign } from "../../../shared/campaign/schema";
import type { Unit } from "../../../shared/units/schema";
import { classify } from "../../app/errors";
import { acceptSubmission } from "../../app/submission/accept";
import { audit } from "../../app/submission/audit";
import { receiptOf } from "../../app/submission/receipt";
import { clerkCampaign } from "../campaign";
import { docsHomeCard, docsNotClerkCard } from "../cards/docs-home";
import { CONTEST_PREFIX, findingsCard, type HeadingLink } from "../cards/findings";
import { receiptCard } from "../cards/receipt";
import { notify, push, requestFileScope, update } from "../cards/ui";
import type { AddonCall, Trigger } from "../trigger";
import { blocksRequests, outlineRequests } from "./outline-requests";
import { docsToModel } from "./read-model";

interface Open {
  campaign: Campaign;
  unit: Unit;
  documentId: string;
  token: string;
}

/** The clerk's unit and the open document, or the answer that stands in for them. */
function openDocument(call: AddonCall): Open | RenderActions {
  const { principal, event } = call;
  if (principal.role !== "clerk" || !principal.unitId) return push(docsNotClerkCard());
  const { campaign, unit } = clerkCampaign(call.deps, principal.unitId, eventParameter(event, "campaignId"));
  if (event.docs?.addonHasFileScopePermission === false) return requestFileScope();
  const documentId = event.docs?.id;
  const token = event.authorizationEventObject.userOAuthToken;
  if (!documentId) throw new CodedError("google.notFound", "no document in the event");
  if (!token) throw new CodedError("google.denied", "no user OAuth token in the event");
  return { campaign, unit, documentId, token };
}

const isOpen = (o: Open | RenderActions): o is Open => "documentId" in o;

export const docsHome: Trigger = async (call) => {
  const { principal, deps, addon, event } = call;
  if (principal.role !== "clerk" || !principal.unitId) return push(docsNotClerkCard());
  const { campaign, unit } = clerkCampaign(deps, principal.unitId, eventParameter(event, "campaignId"));
  const [latest] = await deps.store.listVersions(campaign.id, unit.id);
  const fileAccess = event.docs?.addonHasFileScopePermission !== false;
  return push(docsHomeCard(addon, { unit, campaign, latest, now: deps.now(), fileAccess }));
};

/** "Cho phép mở tài liệu này": ask the editor for access; once granted, Google calls the homepage again. */
export const docsFileScope: Trigger = async (call) =>
  call.event.docs?.addonHasFileScopePermission === false ? requestFileScope() : docsHome(call);

const hasOutline = (doc: docs_v1.Schema$Document) =>
  Object.keys(doc.namedRanges ?? {}).some((name) => name.startsWith("cchc:section:"));

/** Index of an empty paragraph to write at: 1 in an empty document, else a new last paragraph. */
function insertionPoint(doc: docs_v1.Schema$Document): { prepare: docs_v1.Schema$Request[]; at: number } {
  const content = doc.body?.content ?? [];
  const paragraphs = content.filter((el) => el.paragraph || el.table);
  const text = paragraphs.flatMap((el) => el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? "").join("");
  if (paragraphs.length <= 1 && !paragraphs.some((el) => el.table) && text.trim() === "") return { prepare: [], at: 1 };
  const end = content[content.length - 1]?.endIndex ?? 2;
  return { prepare: [{ insertText: { location: { index: end - 1 }, text: "\n" } }], at: end };
}

export const docsInsert: Trigger = async (call) => {
  const open = openDocument(call);
  if (!isOpen(open)) return open;
  const { campaign } = open;
  const docs = call.addon.docs(open.token);
  const doc = await docs.get(open.documentId);
  if (hasOutline(doc)) return notify("Tài liệu đã có đề cương (các mục I–IV). Hãy viết vào từng mục rồi bấm Kiểm tra.");
  const { prepare, at } = insertionPoint(doc);
  const { requests } = outlineRequests(buildOutline(campaign, open.unit), at);
  await docs.batchUpdate(open.documentId, [...prepare, ...requests]);
  return notify("Đã chèn đề cương. Hãy viết vào từng mục rồi bấm Kiểm tra. (Outline inserted.)");
};

/**
 * "Thêm mục": the section's heading, writing area and table where the engine says it belongs, judged again on the
 * document as it is now (the clerk may have edited since the check).
 */
export const docsAddSection: Trigger = async (call) => {
  const open = openDocument(call);
  if (!isOpen(open)) return open;
  const key = eventParameter(call.event, "section");
  const docs = call.addon.docs(open.token);
  const doc = await docs.get(open.documentId);
  const { model, starts } = docsToModel(doc);
  const findings = checkDocument(model, open.campaign, { referenceDate: toCalendarDate(call.deps.now().toISOString()) });
  const fix = findings.map((f) => f.fix).find((x) => x?.kind === "insertSection" && x.section === key);
  if (!fix || fix.kind !== "insertSection") return notify("Mục này đã có trong tài liệu. Bấm Kiểm tra để xem lại.");
  const before = fix.beforeBlock !== undefined ? starts[fix.beforeBlock] : undefined;
  // An empty paragraph to write at: split off just before the block (after the paragraph before a table).
  const target = fix.beforeBlock !== undefined ? model.blocks[fix.beforeBlock] : undefined;
  const point =
    before === undefined
      ? insertionPoint(doc)
      : target?.type === "table"
        ? { prepare: [{ insertText: { location: { index: before - 1 }, text: "\n" } }], at: before }
        : { prepare: [{ insertText: { location: { index: before }, text: "\n" } }], at: before };
  const { requests } = blocksRequests(sectionBlocks(open.campaign, fix.section), point.at);
  await docs.batchUpdate(open.documentId, [...point.prepare, ...requests]);
  return notify(`Đã thêm mục ${fix.section}. Hãy viết vào mục rồi bấm Kiểm tra. (Section added.)`);
};

function headingLink(documentId: string, headingIds: (string | undefined)[]): HeadingLink {
  return (f) => {
    const id = f.location ? headingIds[f.location.block] : undefined;
    const base = `https://docs.google.com/document/d/${encodeURIComponent(documentId)}/edit`;
    return id ? `${base}#heading=${encodeURIComponent(id)}` : undefined;
  };
}

async function checkOpen(call: AddonCall, open: Open) {
  const { campaign } = open;
  const doc = await call.addon.docs(open.token).get(open.documentId);
  const { model, headingIds } = docsToModel(doc);
  const findings = checkDocument(model, campaign, { referenceDate: toCalendarDate(call.deps.now().toISOString()) });
  return { campaign, doc, findings, link: headingLink(open.documentId, headingIds) };
}

export const docsCheck: Trigger = async (call) => {
  const open = openDocument(call);
  if (!isOpen(open)) return open;
  const { campaign, findings, link } = await checkOpen(call, open);
  return push(findingsCard(call.addon, campaign.id, findings, link));
};

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
  const { deps, principal, ctx } = call;
  const checked = await checkOpen(call, open);
  const { campaign } = checked;
  const reasons = typedReasons(call);
  const parsed = ContestRequestSchema.safeParse(Object.entries(reasons).map(([code, reason]) => ({ code, reason })));
  if (!parsed.success) return notify("Mỗi lý do giải trình cần từ 10 đến 1.000 ký tự. (Each reason needs 10–1,000 characters.)");
  const contests = parsed.data;
  // Errors the sidebar can already see and no reason covers: no export, the findings with their links instead.
  const verdict = applyContests(checked.findings, contests);
  if (verdict.uncontested.length > 0) return push(findingsCard(call.addon, campaign.id, checked.findings, checked.link, reasons));

  const base = { actor: principal.subject, campaignId: campaign.id, unitId: open.unit.id };
  const idempotencyKey = revisionKey(open.documentId, checked.doc.revisionId, verdict.applied);
  try {
    const bytes = await call.addon.docs(open.token).exportDocx(open.documentId);
    const log = (m: string) => ctx.warn(m);
    const { record, replayed } = await acceptSubmission(deps, { campaign, unit: open.unit, principal, idempotencyKey, bytes, contests, log });
    await audit(deps, ctx, { ...base, at: deps.now().toISOString(), outcome: replayed ? "replayed" : "accepted", code: "ok", sha256: record.sha256, submissionId: record.submissionId });
    return update(receiptCard(receiptOf(record), open.unit.name, replayed));
  } catch (err) {
    const { code, status } = classify(err);
    await audit(deps, ctx, { ...base, at: deps.now().toISOString(), outcome: status < 500 ? "rejected" : "error", code });
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
  }
};
