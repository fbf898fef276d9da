/**
 * A clerk in Google Docs, end to end through the real @googleapis/docs and @googleapis/drive clients against a local
 * endpoint and real token verification: homepage → insert the outline → check (findings with heading links) → fix
 * by editing the document → check clean → submit (Drive export → the upload's acceptance pipeline) → receipt;
 * submitting the same revision again answers the same receipt.
 */
import type { docs_v1 } from "@googleapis/docs";
import { userDocs } from "../../../functions/gworkspace/google-apis";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { exampleContent } from "../../../shared/outline";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { cardsOf, CLERK, SECRETARIAT, startAddonHost, textOf, type AddonHost } from "./harness";

let host: AddonHost;
beforeAll(async () => {
  host = await startAddonHost();
});
afterAll(async () => {
  await host.stop();
});

const CAMPAIGN = HA_TINH_2024.id;
const unit = HA_TINH_2024_UNITS.find((u) => u.id === "snv")!;

/** A person's edit: replace the first occurrence of `from` (inside one paragraph) with `to`. */
async function edit(documentId: string, from: string, to: string): Promise<void> {
  const client = userDocs(host.docs.token, { rootUrl: host.docs.rootUrl, now: () => host.now, log: () => undefined });
  const doc = await client.get(documentId);
  const walk = (content: docs_v1.Schema$StructuralElement[] | undefined): number | undefined => {
    for (const el of content ?? []) {
      if (el.paragraph) {
        const text = (el.paragraph.elements ?? []).map((e) => e.textRun?.content ?? "").join("");
        const at = text.indexOf(from);
        if (at >= 0) return (el.startIndex ?? 0) + at;
      }
      for (const row of el.table?.tableRows ?? []) for (const cell of row.tableCells ?? []) {
        const found = walk(cell.content);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  const start = walk(doc.body?.content ?? undefined);
  if (start === undefined) throw new Error(`"${from}" not in the document`);
  await client.batchUpdate(documentId, [
    { deleteContentRange: { range: { startIndex: start, endIndex: start + from.length } } },
    { insertText: { location: { index: start }, text: to } },
  ]);
}

test("homepage: the clerk's unit, the campaign, its due date and countdown, the three actions", async () => {
  host.docs.create("doc-home");
  const a = await host.act("gworkspace/docs/homepage", await host.docsEvent(CLERK, "doc-home", { campaignId: CAMPAIGN }));
  const text = textOf(a);
  expect(text).toContain(unit.name);
  expect(text).toContain("30/06/2024");
  expect(text).toContain("còn 10 ngày");
  for (const label of ["Chèn đề cương", "Kiểm tra", "Nộp báo cáo"]) expect(text).toContain(label);
  expect(text).toContain("Chưa nộp");
});

test("insert → check → fix → check → submit → receipt, and the same revision again is the same receipt", async () => {
  host.docs.create("doc-1");
  const event = (extra: Record<string, string> = {}) => host.docsEvent(CLERK, "doc-1", { campaignId: CAMPAIGN, ...extra });

  const inserted = await host.act("gworkspace/docs/insert", await event());
  expect(textOf(inserted)).toContain("Đã chèn đề cương");
  const names = host.docs.doc("doc-1").namedRanges.map((r) => r.name);
  expect(names).toEqual(["cchc:section:I", "cchc:section:II", "cchc:section:III", "cchc:section:IV"]);
  // A second insert does not write the outline twice.
  await host.act("gworkspace/docs/insert", await event());
  expect(host.docs.doc("doc-1").namedRanges).toHaveLength(4);

  const first = await host.act("gworkspace/docs/check", await event());
  const findings = textOf(first);
  expect(findings).toContain("section.placeholder");
  expect(findings).toContain("header.number");
  expect(findings).toMatch(/https:\/\/docs\.google\.com\/document\/d\/doc-1\/edit#heading=h\./);
  expect(cardsOf(first)[0]?.sections.map((s) => s.header ?? "")).toEqual(expect.arrayContaining(["Mục I (1)", "Mục II (1)"]));

  // Submitting now is refused before anything is exported: the errors are shown instead.
  const early = await host.act("gworkspace/docs/submit", await event());
  expect(textOf(early)).toContain("section.placeholder");
  expect(host.docs.requests.some((r) => r.path.includes("/export"))).toBe(false);

  const filled = exampleContent(HA_TINH_2024, unit);
  await edit("doc-1", "Số: …", "Số: 15");
  await edit("doc-1", "ngày … tháng … năm 2024", "ngày 28 tháng 6 năm 2024");
  await edit("doc-1", "…………", filled.signerName ?? "Nguyễn Văn An");
  for (const s of HA_TINH_2024.outline.sections) await edit("doc-1", s.guidance, (filled.sections?.[s.key] ?? []).join("\n"));

  const clean = await host.act("gworkspace/docs/check", await event());
  expect(textOf(clean)).not.toContain("\"Lỗi\"");
  expect(textOf(clean)).not.toMatch(/Còn <b>\d+ lỗi/);

  const receipt = await host.act("gworkspace/docs/submit", await event());
  const r = textOf(receipt);
  expect(r).toContain("đã nhận");
  expect(r).toContain("Đúng hạn");
  const versions = await host.api.deps.store.listVersions(CAMPAIGN, "snv");
  expect(versions).toHaveLength(1);
  expect(versions[0]?.submittedBy).toBe(`google:sub-${CLERK}`);
  expect(r).toContain(versions[0]!.submissionId);
  expect(host.docs.requests.filter((q) => q.path.endsWith("/export"))).toHaveLength(1);

  const again = await host.act("gworkspace/docs/submit", await event());
  expect(textOf(again)).toContain("đã được nộp trước đó");
  expect(textOf(again)).toContain(versions[0]!.submissionId);
  expect(await host.api.deps.store.listVersions(CAMPAIGN, "snv")).toHaveLength(1);
  const audit = await host.api.deps.store.listAudit(CAMPAIGN, 100);
  expect(audit.map((e) => e.outcome)).toEqual(expect.arrayContaining(["accepted", "replayed"]));

  // The homepage now shows the receipt.
  const home = await host.act("gworkspace/docs/homepage", await event());
  expect(textOf(home)).toContain("Đã nộp lần 1");
});

test("Docs busy: the call is retried by the backoff policy and then succeeds", async () => {
  host.docs.create("doc-busy");
  host.docs.fail(2, 429, "3");
  const slept = host.slept.length;
  const a = await host.act("gworkspace/docs/check", await host.docsEvent(CLERK, "doc-busy", { campaignId: CAMPAIGN }));
  expect(cardsOf(a)[0]?.name).toBe("docs-findings");
  // Two waits, each at least the Retry-After Google asked for.
  expect(host.slept.slice(slept)).toEqual([3000, 3000]);
});

test("a document the user's token cannot open answers a notice, not data", async () => {
  const a = await host.act("gworkspace/docs/check", await host.docsEvent(CLERK, "no-such-doc", { campaignId: CAMPAIGN }));
  expect(textOf(a)).toContain("Không tìm thấy tài liệu Google");
});

test("without file access the add-on asks the editor for it", async () => {
  const event = await host.docsEvent(CLERK, "doc-home");
  (event["docs"] as Record<string, unknown>)["addonHasFileScopePermission"] = false;
  const a = await host.act("gworkspace/docs/insert", event);
  expect(a).toEqual({ renderActions: { hostAppAction: { editorAction: { requestFileScopeForActiveDocument: {} } } } });
});

test("Sở Nội vụ opening the Docs sidebar is sent to the Sheets sidebar", async () => {
  const a = await host.act("gworkspace/docs/insert", await host.docsEvent(SECRETARIAT, "doc-home"));
  expect(textOf(a)).toContain("Google Trang tính");
  expect(host.docs.doc("doc-home").namedRanges).toHaveLength(0);
});

test("a missing section: the findings offer “Thêm mục”, which puts it back where it belongs", async () => {
  host.docs.create("doc-add");
  const event = () => host.docsEvent(CLERK, "doc-add", { campaignId: CAMPAIGN });
  await host.act("gworkspace/docs/insert", await event());
  // The clerk deletes section II, heading and writing area.
  const client = userDocs(host.docs.token, { rootUrl: host.docs.rootUrl, now: () => host.now, log: () => undefined });
  const doc = await client.get("doc-add");
  const paras = (doc.body?.content ?? []).filter((el) => el.paragraph);
  const textOf2 = (el: docs_v1.Schema$StructuralElement) => (el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? "").join("");
  const heading = paras.findIndex((el) => textOf2(el).startsWith("II."));
  const from = paras[heading]?.startIndex ?? 0;
  const to = paras[heading + 1]?.endIndex ?? 0;
  await client.batchUpdate("doc-add", [{ deleteContentRange: { range: { startIndex: from, endIndex: to } } }]);
  expect(host.docs.doc("doc-add").namedRanges.map((r) => r.name)).not.toContain("cchc:section:II");

  const check = await host.act("gworkspace/docs/check", await event());
  expect(textOf(check)).toContain("section.missing");
  const add = JSON.stringify(check).match(/"function":"([^"]+add-section)","parameters":\[[^\]]*"section","value":"II"/);
  expect(add).not.toBeNull();

  const added = await host.act("gworkspace/docs/add-section", await host.docsEvent(CLERK, "doc-add", { campaignId: CAMPAIGN, section: "II" }));
  expect(textOf(added)).toContain("Đã thêm mục II");
  const ranges = host.docs.doc("doc-add").namedRanges;
  const at = (name: string) => ranges.find((r) => r.name === name)?.start ?? -1;
  expect(at("cchc:section:I")).toBeLessThan(at("cchc:section:II"));
  expect(at("cchc:section:II")).toBeLessThan(at("cchc:section:III"));
  const again = await host.act("gworkspace/docs/check", await event());
  expect(textOf(again)).not.toContain("section.missing");
  // Asked twice, the section is not added twice.
  const twice = await host.act("gworkspace/docs/add-section", await host.docsEvent(CLERK, "doc-add", { campaignId: CAMPAIGN, section: "II" }));
  expect(textOf(twice)).toContain("đã có trong tài liệu");
});

test("an error the clerk disagrees with is contested with a reason on the findings card and submitted with it", async () => {
  host.docs.create("doc-contest");
  const event = (form: Record<string, string> = {}) =>
    host.docsEvent(CLERK, "doc-contest", { campaignId: CAMPAIGN }).then((e) => {
      const formInputs = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
      (e["commonEventObject"] as Record<string, unknown>)["formInputs"] = formInputs;
      return e;
    });
  await host.act("gworkspace/docs/insert", await event());
  const filled = exampleContent(HA_TINH_2024, unit);
  // Everything filled in but the number, which the office assigns after signing.
  for (const s of HA_TINH_2024.outline.sections) await edit("doc-contest", s.guidance, (filled.sections?.[s.key] ?? []).join("\n"));
  await edit("doc-contest", "ngày … tháng … năm 2024", "ngày 28 tháng 6 năm 2024");
  await edit("doc-contest", "…………", "Nguyễn Văn An");

  const card = await host.act("gworkspace/docs/submit", await event());
  const json = JSON.stringify(card);
  expect(json).toContain('"name":"contest:header.number"');
  expect(json).toContain("Nộp kèm giải trình");

  const tooShort = await host.act("gworkspace/docs/submit", await event({ "contest:header.number": "ngắn" }));
  expect(textOf(tooShort)).toContain("từ 10 đến 1.000 ký tự");

  const reason = "Số văn bản do văn thư cấp sau khi lãnh đạo ký";
  const receipt = await host.act("gworkspace/docs/submit", await event({ "contest:header.number": reason }));
  expect(textOf(receipt)).toContain("đã nhận");
  expect(textOf(receipt)).toContain(reason);
  const [latest] = await host.api.deps.store.listVersions(CAMPAIGN, "snv");
  expect(latest?.contested).toEqual([{ code: "header.number", reason }]);
});
