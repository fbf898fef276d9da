import { request } from "node:http";
import { ApiErrorBodySchema } from "../../../shared/api/errors";
import { DOCX_MEDIA_TYPE, ReceiptSchema, VersionListSchema, type Receipt } from "../../../shared/api/submissions";
import { makeFilledReportDocx, makeOutlineDocx } from "../../fixtures/reports";
import { auth, HA_TINH, startApi, submitInit, type Api } from "./harness";
import {
  declaredBomb,
  deepXml,
  encrypted,
  externalRelationship,
  lyingBomb,
  manyEntries,
  notZip,
  traversal,
  withDoctype,
} from "./hostile";

const MiB = 1024 * 1024;
let api: Api;
let clerk: Record<string, string>;
let secretariat: string;

beforeAll(async () => {
  api = await startApi({ env: { MAX_UPLOAD_BYTES: String(MiB) } });
  clerk = {};
  for (const unitId of ["snv", "stp", "stc", "sxd", "syt", "sgtvt", "d443", "d436"]) clerk[unitId] = await api.token({ unitId });
  secretariat = await api.token({ role: "secretariat" });
});
afterAll(() => api.stop());

const submissionsUrl = (unitId: string, campaignId = HA_TINH) =>
  `${api.url}/campaigns/${campaignId}/units/${unitId}/submissions`;

async function post(unitId: string, body: Uint8Array, headers: Record<string, string> = {}, token = clerk[unitId]!) {
  return fetch(submissionsUrl(unitId), submitInit(token, body, headers));
}

async function errorOf(res: Response) {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return ApiErrorBodySchema.parse(await res.json()).error;
}

async function versions(unitId: string) {
  const res = await fetch(submissionsUrl(unitId), auth(secretariat));
  expect(res.status).toBe(200);
  return VersionListSchema.parse(await res.json());
}

describe("POST …/submissions", () => {
  it("201: stores a valid report and answers a receipt with warnings only", async () => {
    const res = await post("snv", makeFilledReportDocx("snv"), { "Idempotency-Key": "snv-first" });
    expect(res.status).toBe(201);
    const receipt = ReceiptSchema.parse(await res.json());
    expect(receipt).toMatchObject({ submissionId: expect.any(String), version: 1, campaignId: HA_TINH, unitId: "snv" });
    expect(receipt.findings.every((f) => f.severity === "warning")).toBe(true);
    // Hà Tĩnh 2024's deadline (30/6/2024) is long past: a submission today is late.
    expect(receipt).toMatchObject({ dueAt: "2024-06-30T16:59:59.999Z", onTime: false });
    expect(res.headers.get("location")).toBe(`/api/submissions/${receipt.submissionId}/document`);
    expect(res.headers.get("idempotent-replayed")).toBeNull();
  });

  it("422 report.invalid with findings for the blank outline, and nothing is stored but the audit line", async () => {
    const res = await post("stp", makeOutlineDocx("stp"));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("report.invalid");
    expect(error.message).toMatch(/[ạảãáàâăđêôơư]/); // Vietnamese first
    const findings = error["findings"] as { code: string; severity: string }[];
    expect(findings.some((f) => f.code === "section.placeholder" && f.severity === "error")).toBe(true);
    expect(await versions("stp")).toEqual([]);
    const audit = await fetch(`${api.url}/campaigns/${HA_TINH}/audit`, auth(secretariat));
    const entries = (await audit.json()) as { unitId: string; outcome: string; code: string; actor: string }[];
    expect(entries.find((e) => e.unitId === "stp")).toMatchObject({ outcome: "rejected", code: "report.invalid", actor: "dev-clerk-stp" });
  });

  it.each([
    ["plain text", "docx.notZip", notZip],
    ["an OLE (password-protected) file", "docx.encrypted", encrypted],
    ["a DOCTYPE with entities", "docx.doctype", () => withDoctype(makeFilledReportDocx("stc"))],
    ["a part declaring 3 GiB", "docx.zipBomb", () => declaredBomb(makeFilledReportDocx("stc"))],
    ["a part lying about its size", "docx.zipBomb", () => lyingBomb(makeFilledReportDocx("stc"))],
    ["2,500 tiny entries", "docx.tooManyEntries", () => manyEntries(makeFilledReportDocx("stc"))],
    ["a path-traversal entry name", "docx.unsafePath", () => traversal(makeFilledReportDocx("stc"))],
    ["XML nested 100,000 deep", "docx.xmlTooDeep", () => deepXml(makeFilledReportDocx("stc"))],
  ])("400 for %s (%s), nothing stored", async (_label, code, make) => {
    const res = await post("stc", make());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe(code);
    expect(await versions("stc")).toEqual([]);
  });

  it("reads a report with an external relationship without following it", async () => {
    const res = await post("sgtvt", externalRelationship(makeFilledReportDocx("sgtvt")));
    expect(res.status).toBe(201);
  });

  it("401 without a token or with a malformed one; 403 for another unit's clerk and for the secretariat", async () => {
    const body = makeFilledReportDocx("sxd");
    const none = await fetch(submissionsUrl("sxd"), submitInit(null, body));
    expect(none.status).toBe(401);
    expect((await errorOf(none)).code).toBe("auth.missingToken");
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const garbage = await post("sxd", body, {}, "abc.def.ghi");
    expect(garbage.status).toBe(401);
    expect((await errorOf(garbage)).code).toBe("auth.invalidToken");
    const other = await post("sxd", body, {}, clerk["snv"]);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe("auth.forbidden");
    expect((await post("sxd", body, {}, secretariat)).status).toBe(403);
    expect(await versions("sxd")).toEqual([]);
  });

  it("404 for an unknown campaign or unit (checked before the unit permission)", async () => {
    const body = makeFilledReportDocx("sxd");
    const campaign = await fetch(submissionsUrl("sxd", "no-such-campaign"), submitInit(clerk["sxd"]!, body));
    expect(campaign.status).toBe(404);
    expect((await errorOf(campaign)).code).toBe("campaign.notFound");
    const unit = await post("no-such-unit", body, {}, clerk["sxd"]);
    expect(unit.status).toBe(404);
    expect((await errorOf(unit)).code).toBe("unit.notFound");
  });

  it("415 for any other content type", async () => {
    const body = makeFilledReportDocx("sxd");
    for (const type of ["application/octet-stream", "application/msword", "text/plain"]) {
      const res = await post("sxd", body, { "Content-Type": type });
      expect(res.status).toBe(415);
      expect((await errorOf(res)).code).toBe("http.unsupportedMediaType");
    }
  });
});

describe("body size limit (MAX_UPLOAD_BYTES = 1 MiB here)", () => {
  /** Raw node:http so the test controls Content-Length and chunking exactly. */
  function rawPost(headers: Record<string, string>, write: (send: (b: Buffer) => boolean) => void) {
    const url = new URL(submissionsUrl("sxd"));
    return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(
        url,
        { method: "POST", headers: { Authorization: `Bearer ${clerk["sxd"]}`, "Content-Type": DOCX_MEDIA_TYPE, ...headers } },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sent }));
        },
      );
      req.on("error", reject);
      req.flushHeaders();
      write((b) => {
        sent += b.length;
        return req.write(b);
      });
    });
  }

  it("413 on a declared Content-Length over the limit, answered before any body byte is sent", async () => {
    const r = await rawPost({ "Content-Length": String(50 * MiB) }, () => {});
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.code).toBe("http.payloadTooLarge");
    expect(r.sent).toBe(0);
  });

  it("413 on a chunked body once it passes the limit; the server stops reading", async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let stop = false;
    const r = await rawPost({ "Transfer-Encoding": "chunked" }, (send) => {
      // Keeps sending while the socket accepts data, until the server has answered.
      const pump = () => {
        while (!stop && send(chunk));
      };
      const timer = setInterval(() => (stop ? clearInterval(timer) : pump()), 5);
    }).finally(() => (stop = true));
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(16 * MiB);
  });
});

describe("idempotency", () => {
  it("50 parallel retries with one key: one version, identical receipts, replays flagged", async () => {
    const body = makeFilledReportDocx("d443");
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => post("d443", body, { "Idempotency-Key": "one-click-42" })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const texts = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(texts).size).toBe(1);
    const replayed = responses.filter((r) => r.headers.get("idempotent-replayed") === "true").length;
    expect(replayed).toBe(49);
    const list = await versions("d443");
    expect(list.map((v) => v.version)).toEqual([1]);
  });

  it("distinct keys make gapless versions, listed newest first; earlier versions stay", async () => {
    const body = makeFilledReportDocx("d436");
    const keys = Array.from({ length: 8 }, (_, i) => `d436-${i}`);
    const receipts = await Promise.all(
      keys.map(async (k) => ReceiptSchema.parse(await (await post("d436", body, { "Idempotency-Key": k })).json())),
    );
    expect(receipts.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const list = await versions("d436");
    expect(list.map((v) => v.version)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    // A retry of an old key still answers its own first receipt.
    const again = await post("d436", body, { "Idempotency-Key": "d436-3" });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const replay: Receipt = ReceiptSchema.parse(await again.json());
    expect(receipts).toContainEqual(replay);
    expect((await versions("d436")).length).toBe(8);
  });

  it("409 idempotency.conflict for the same key with a different body; nothing new stored", async () => {
    const first = await post("syt", makeFilledReportDocx("syt"), { "Idempotency-Key": "syt-k" });
    expect(first.status).toBe(201);
    const other = await post("syt", makeFilledReportDocx("syt", { number: "99" }), { "Idempotency-Key": "syt-k" });
    expect(other.status).toBe(409);
    expect((await errorOf(other)).code).toBe("idempotency.conflict");
    expect((await versions("syt")).length).toBe(1);
  });

  it("no key: each request is new (curl users); a malformed key is refused", async () => {
    const body = makeFilledReportDocx("stp");
    const a = await post("stp", body);
    const b = await post("stp", body);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.headers.get("idempotency-key")).not.toBe(b.headers.get("idempotency-key"));
    const bad = await post("stp", body, { "Idempotency-Key": "x".repeat(201) });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("idempotency.invalidKey");
    expect((await versions("stp")).map((v) => v.version)).toEqual([2, 1]);
  });
});

describe("GET document and versions", () => {
  it("returns the original bytes to the unit's clerk and the secretariat only", async () => {
    const body = makeFilledReportDocx("stc", { number: "77" });
    const receipt = ReceiptSchema.parse(await (await post("stc", body)).json());
    const url = `${api.url}/submissions/${receipt.submissionId}/document`;
    for (const token of [clerk["stc"]!, secretariat]) {
      const res = await fetch(url, auth(token));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(DOCX_MEDIA_TYPE);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(body);
    }
    expect((await fetch(url, auth(clerk["snv"]!))).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    const missing = await fetch(`${api.url}/submissions/${HA_TINH}.stc.v99/document`, auth(secretariat));
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("submission.notFound");
    const list = await versions("stc");
    expect(list[0]).toMatchObject({ submissionId: receipt.submissionId, sha256: receipt.sha256, submittedBy: "dev-clerk-stc" });
    expect(list[0]?.documentUrl).toBe(`/api/submissions/${receipt.submissionId}/document`);
  });

  it("versions: another unit's clerk gets 403", async () => {
    expect((await fetch(submissionsUrl("stc"), auth(clerk["snv"]!))).status).toBe(403);
    expect((await fetch(submissionsUrl("stc"), auth(clerk["stc"]!))).status).toBe(200);
  });
});

describe("POST /api/validate", () => {
  it("answers findings without storing anything (any signed-in account)", async () => {
    const before = (await versions("sxd")).length;
    const anonymous = await fetch(`${api.url}/validate`, submitInit(null, makeFilledReportDocx("sxd")));
    expect(anonymous.status).toBe(401);
    const token = clerk["snv"]!;
    const ok = await fetch(`${api.url}/validate`, submitInit(token, makeFilledReportDocx("sxd")));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ campaignId: HA_TINH, ok: true });
    const bad = await fetch(`${api.url}/validate?campaignId=${HA_TINH}`, submitInit(token, makeOutlineDocx("sxd")));
    const result = (await bad.json()) as { ok: boolean; findings: { code: string }[] };
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain("section.placeholder");
    const unreadable = await fetch(`${api.url}/validate`, submitInit(token, notZip()));
    expect(unreadable.status).toBe(400);
    expect((await versions("sxd")).length).toBe(before);
  });
});

describe("routing, CORS and malformed requests", () => {
  it("404 for unknown paths, 405 for a wrong method, 400 for malformed JSON", async () => {
    const unknown = await fetch(`${api.url}/nothing/here`);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe("http.notFound");
    const method = await fetch(`${api.url}/health`, { method: "POST" });
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("GET");
    const json = await fetch(`${api.url}/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{unitId:" });
    expect(json.status).toBe(400);
    expect((await errorOf(json)).code).toBe("http.badRequest");
  });

  it("answers preflights for the configured add-in origin only", async () => {
    const preflight = (origin: string) =>
      fetch(submissionsUrl("snv"), {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,idempotency-key" },
      });
    const ok = await preflight("https://localhost:3000");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    expect(ok.headers.get("access-control-allow-headers")).toMatch(/Idempotency-Key/);
    expect(ok.headers.get("access-control-allow-methods")).toMatch(/POST/);
    const evil = await preflight("https://evil.example");
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const get = await fetch(`${api.url}/health`, { headers: { Origin: "https://localhost:3000" } });
    expect(get.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
  });
});
