/**
 * The Docs sidebar (clerks): homepage, "Chèn đề cương", "Thêm mục", "Kiểm tra" ("Nộp báo cáo": submit.ts). Every
 * Google call acts as the user on the open document only.
 */
import type { docs_v1 } from "@googleapis/docs";
import { buildOutline, sectionBlocks } from "../../../shared/outline";
import { eventParameter } from "../../../shared/gworkspace/event";
import { clerkCampaign } from "../campaign";
import { docsHomeCard, docsNotClerkCard } from "../cards/docs-home";
import { findingsCard } from "../cards/findings";
import { notify, push, requestFileScope } from "../cards/ui";
import type { Trigger } from "../trigger";
import { checkOpen, isOpen, openDocument } from "./open";
import { blocksRequests, outlineRequests } from "./outline-requests";

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
  const { doc, model, starts, findings } = await checkOpen(call, open);
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
  await call.addon.docs(open.token).batchUpdate(open.documentId, [...point.prepare, ...requests]);
  return notify(`Đã thêm mục ${fix.section}. Hãy viết vào mục rồi bấm Kiểm tra. (Section added.)`);
};

export const docsCheck: Trigger = async (call) => {
  const open = openDocument(call);
  if (!isOpen(open)) return open;
  const { findings, link } = await checkOpen(call, open);
  return push(findingsCard(call.addon, open.campaign.id, findings, link));
};
