/**
 * Contesting errors with a reason through the real local host: the multipart form of POST …/submissions, what the
 * receipt, versions, status, exports and audit then show, idempotency across both forms, and every refusal by code.
 */
import { ApiErrorBodySchema } from "../../../shared/api/errors";
import { StatusDocumentSchema } from "../../../shared/api/status";
import { DOCX_MEDIA_TYPE, ReceiptSchema, VersionListSchema } from "../../../shared/api/submissions";
import { makeFilledReportDocx } from "../../fixtures/reports";
import { auth, HA_TINH, startApi, submitInit, type Api } from "./harness";
import { notZip } from "./hostile";

let api: Api;
let secretariat: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startApi();
  for (const unitId of ["stc", "sxd", "syt", "sgtvt", "stp", "snv", "d443", "d436"]) tokens[unitId] = await api.token({ unitId });
  secretariat = await api.token({ role: "secretariat" });
});
afterAll(() => api.stop());

const url = (unitId: string) => `${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`;
const COUNT_REASON = "Số liệu đơn vị được kiểm tra ở bảng Phụ lục 1 kèm theo";
const SIGNER_REASON = "Người ký là Phó Giám đốc phụ trách, ký thay";
/** Two errors the rules find: §I states no count of units inspected (results.count), no signer (footer.signer). */
const twoErrors = () =>
  makeFilledReportDocx("stc", {
    signerName: "",
    sections: { I: ["Công tác cải cách hành chính được triển khai đồng bộ, có hiệu quả."] },
  });

function form(document: Uint8Array | undefined, contested?: unknown, extra: [string, string][] = []): FormData {
  const f = new FormData();
  if (document) f.append("document", new Blob([new Uint8Array(document)], { type: DOCX_MEDIA_TYPE }), "bao-cao.docx");
  if (contested !== undefined) f.append("contested", typeof contested === "string" ? contested : JSON.stringify(contested));
  for (const [k, v] of extra) f.append(k, v);
  return f;
}

function post(unitId: string, body: FormData | string, headers: Record<string, string> = {}) {
  return fetch(url(unitId), { method: "POST", headers: { Authorization: `Bearer ${tokens[unitId]!}`, ...headers }, body });
}

async function errorOf(res: Response) {
  return ApiErrorBodySchema.parse(await res.json()).error;
}

describe("multipart submission with contested errors", () => {
  it("201 when every error is contested: findings flagged, receipt and versions carry the reasons", async () => {
    const contested = [
      { code: "results.count", reason: COUNT_REASON },
      { code: "footer.signer", reason: `  ${SIGNER_REASON}  ` },
    ];
    const res = await post("stc", form(twoErrors(), contested), { "Idempotency-Key": "stc-1" });
    expect(res.status).toBe(201);
    const receipt = ReceiptSchema.parse(await res.json());
    const errors = receipt.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code).sort()).toEqual(["footer.signer", "results.count"]);
    expect(errors.every((f) => f.contested === true)).toBe(true);
    expect(receipt.findings.filter((f) => f.severity === "warning").every((f) => f.contested === undefined)).toBe(true);
    expect(receipt.contested).toEqual(
      expect.arrayContaining([
        { code: "results.count", reason: COUNT_REASON },
        { code: "footer.signer", reason: SIGNER_REASON },
      ]),
    );
    expect(receipt.contested).toHaveLength(2);

    const versions = VersionListSchema.parse(await (await fetch(url("stc"), auth(secretariat))).json());
    expect(versions[0]).toMatchObject({ version: 1, contested: receipt.contested, findings: receipt.findings });
  });

  it("422 report.invalid while an error is left uncontested, listing what remains; nothing stored", async () => {
    const res = await post("sxd", form(twoErrors(), [{ code: "results.count", reason: COUNT_REASON }]));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("report.invalid");
    expect((error["uncontested"] as { code: string }[]).map((f) => f.code)).toEqual(["footer.signer"]);
    const findings = error["findings"] as { code: string; contested?: boolean }[];
    expect(findings.find((f) => f.code === "results.count")?.contested).toBe(true);
    expect(VersionListSchema.parse(await (await fetch(url("sxd"), auth(secretariat))).json())).toEqual([]);
  });

  it("a reason for an error the document does not have is not recorded; a sound report needs none", async () => {
    const res = await post("syt", form(makeFilledReportDocx("syt"), [{ code: "results.count", reason: COUNT_REASON }]));
    expect(res.status).toBe(201);
    expect(ReceiptSchema.parse(await res.json()).contested).toEqual([]);
    const plain = await post("sgtvt", form(makeFilledReportDocx("sgtvt")));
    expect(plain.status).toBe(201);
  });

  it("the raw .docx body is unchanged: an error still gives 422 and a sound report a receipt with contested []", async () => {
    const refused = await fetch(url("stp"), submitInit(tokens["stp"]!, twoErrors()));
    expect(refused.status).toBe(422);
    const ok = await fetch(url("stp"), submitInit(tokens["stp"]!, makeFilledReportDocx("stp")));
    expect(ok.status).toBe(201);
    expect(ReceiptSchema.parse(await ok.json()).contested).toEqual([]);
  });

  it("idempotency: same document and reasons replay; other reasons or the raw body with the same key are 409", async () => {
    const contested = [
      { code: "results.count", reason: COUNT_REASON },
      { code: "footer.signer", reason: SIGNER_REASON },
    ];
    const key = { "Idempotency-Key": "snv-contest" };
    const first = await post("snv", form(twoErrors(), contested), key);
    expect(first.status).toBe(201);
    const replay = await post("snv", form(twoErrors(), [...contested].reverse()), key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(await first.json());

    const otherReason = [contested[0]!, { code: "footer.signer", reason: "Lý do khác hẳn lần trước" }];
    const conflict = await post("snv", form(twoErrors(), otherReason), key);
    expect(conflict.status).toBe(409);
    expect((await errorOf(conflict)).code).toBe("idempotency.conflict");
    const raw = await fetch(url("snv"), submitInit(tokens["snv"]!, twoErrors(), key));
    expect(raw.status).toBe(409);
  });

  it("status, CSV and audit show the contested findings and their reasons", async () => {
    const status = StatusDocumentSchema.parse(await (await fetch(`${api.url}/campaigns/${HA_TINH}/status`, auth(secretariat))).json());
    const stc = status.units.find((u) => u.unitId === "stc");
    expect(stc).toMatchObject({ contested: 2, contestedReasons: expect.arrayContaining([{ code: "results.count", reason: COUNT_REASON }]) });
    expect(status.units.find((u) => u.unitId === "syt")).toMatchObject({ contested: 0, contestedReasons: [] });

    const csv = await (await fetch(`${api.url}/campaigns/${HA_TINH}/status.csv`, auth(secretariat))).text();
    expect(csv.split("\r\n")[0]).toMatch(/,Giải trình(,|$)/);
    expect(csv).toContain(`results.count: ${COUNT_REASON}`);

    const audit = (await (await fetch(`${api.url}/campaigns/${HA_TINH}/audit`, auth(secretariat))).json()) as {
      unitId: string;
      outcome: string;
      contested?: { code: string }[];
    }[];
    expect(audit.find((e) => e.unitId === "stc" && e.outcome === "accepted")?.contested).toHaveLength(2);
    // A refused attempt keeps the reasons it asked with.
    expect(audit.find((e) => e.unitId === "sxd" && e.outcome === "rejected")?.contested).toEqual([{ code: "results.count", reason: COUNT_REASON }]);
    expect(audit.find((e) => e.unitId === "syt")?.contested).toBeUndefined();
  });
});

describe("multipart refusals", () => {
  const body = () => makeFilledReportDocx("d443");

  it.each([
    ["an unknown part", () => form(body(), [], [["note", "x"]]), "multipart.unknownPart"],
    ["the document twice", () => { const f = form(body()); f.append("document", new Blob([new Uint8Array(body())]), "b.docx"); return f; }, "multipart.duplicatePart"],
    ["the reasons twice", () => form(body(), [], [["contested", "[]"]]), "multipart.duplicatePart"],
    ["no document", () => form(undefined, []), "multipart.missingDocument"],
    ["reasons that are not JSON", () => form(body(), "[{code:"), "contest.invalid"],
    ["a reason under 10 characters", () => form(body(), [{ code: "results.count", reason: " quá ngắn " }]), "contest.invalid"],
    ["a reason over 1000 characters", () => form(body(), [{ code: "results.count", reason: "a".repeat(1001) }]), "contest.invalid"],
    ["one code contested twice", () => form(body(), [{ code: "results.count", reason: COUNT_REASON }, { code: "results.count", reason: SIGNER_REASON }]), "contest.invalid"],
    ["an entry with an unknown field", () => form(body(), [{ code: "results.count", reason: COUNT_REASON, by: "x" }]), "contest.invalid"],
  ])("400 for %s", async (_, make, code) => {
    const res = await post("d443", make());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe(code);
  });

  it("400 multipart.* for a body cut short, a part without a name, or no boundary", async () => {
    const cut = await post("d443", '--xyz\r\nContent-Disposition: form-data; name="document"; filename="a.docx"\r\n\r\nPK', {
      "Content-Type": "multipart/form-data; boundary=xyz",
    });
    expect(cut.status).toBe(400);
    expect((await errorOf(cut)).code).toBe("multipart.malformed");
    const nameless = await post("d443", '--xyz\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--xyz--\r\n', {
      "Content-Type": "multipart/form-data; boundary=xyz",
    });
    expect(nameless.status).toBe(400);
    expect((await errorOf(nameless)).code).toBe("multipart.unknownPart");
    const noBoundary = await post("d443", "x", { "Content-Type": "multipart/form-data" });
    expect(noBoundary.status).toBe(400);
    expect((await errorOf(noBoundary)).code).toBe("multipart.malformed");
  });

  it("an unreadable document is never contestable: 400 docx.* as in the raw form", async () => {
    const res = await post("d443", (() => { const f = new FormData(); f.append("document", new Blob([new Uint8Array(notZip())]), "x.docx"); f.append("contested", JSON.stringify([{ code: "docx.notZip", reason: COUNT_REASON }])); return f; })());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("docx.notZip");
  });

  it("a wrong unit is never contestable: another unit's clerk gets 403", async () => {
    const res = await fetch(url("d436"), { method: "POST", headers: { Authorization: `Bearer ${tokens["d443"]!}` }, body: form(body(), []) });
    expect(res.status).toBe(403);
  });

  it("nothing was stored for any refused request", async () => {
    expect(VersionListSchema.parse(await (await fetch(url("d443"), auth(secretariat))).json())).toEqual([]);
  });
});
