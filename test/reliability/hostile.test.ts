/**
 * The hostile-input catalogue over HTTP, completing test/integration/api/submissions.test.ts (not-a-zip, encrypted,
 * DOCTYPE in the body, declared and lying zip bombs, 2,500 entries, a traversal entry, deep body XML, oversized and
 * chunked bodies, another unit's token, 409 on a replayed key with other bytes) and auth.test.ts (tokens on the
 * status route). Every case here asserts the specific 4xx AND that nothing was stored: no version, no document
 * written, no change in any unit's state.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPair, SignJWT } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../functions/auth/dev-issuer";
import { ApiErrorBodySchema } from "../../shared/api/errors";
import { DOCX_MEDIA_TYPE } from "../../shared/api/submissions";
import { makeFilledReportDocx } from "../fixtures/reports";
import { HA_TINH, startApi, submitInit, type Api } from "../integration/api/harness";
import { deepStyles, doctypeIn, entryNamed, externalTargets, mainPartOutside } from "./hostile-docx";
import { documentFiles } from "../support/outage";

const MiB = 1024 * 1024;
let api: Api;
let clerk: string;
const UNIT = "sxd";
const url = () => `${api.url}/campaigns/${HA_TINH}/units/${UNIT}/submissions`;

beforeAll(async () => {
  api = await startApi({ env: { MAX_UPLOAD_BYTES: String(MiB) } });
  clerk = await api.token({ unitId: UNIT });
});
afterAll(() => api.stop());

async function stored(): Promise<string> {
  const state = await api.deps.store.unitStates(HA_TINH);
  const versions = await api.deps.store.listVersions(HA_TINH, UNIT);
  return JSON.stringify({ state, versions: versions.length, documents: documentFiles(api.dataDir) });
}

/** Sends the request, checks status and code, and that the stored state did not move. */
async function refused(init: RequestInit, status: number, code: string, target = url()): Promise<void> {
  const before = await stored();
  const res = await fetch(target, init);
  expect(res.status).toBe(status);
  expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe(code);
  expect(await stored()).toBe(before);
}

const docx = () => makeFilledReportDocx(UNIT);

describe("hostile .docx bodies", () => {
  it.each([
    ["an absolute entry name", () => entryNamed(docx(), "/etc/cron.d/evil"), "docx.unsafePath"],
    ["a drive-letter entry name", () => entryNamed(docx(), "C:/Windows/System32/evil.dll"), "docx.unsafePath"],
    ["a backslash traversal", () => entryNamed(docx(), "..\\..\\evil.txt"), "docx.unsafePath"],
    ["a traversal inside a folder", () => entryNamed(docx(), "word/../../evil.xml"), "docx.unsafePath"],
    ["the main part outside the package", () => mainPartOutside(docx()), "docx.unsafePath"],
    ["an external entity in styles.xml", () => doctypeIn(docx(), "word/styles.xml"), "docx.doctype"],
    ["a DOCTYPE in [Content_Types].xml", () => doctypeIn(docx(), "[Content_Types].xml"), "docx.doctype"],
    ["a DOCTYPE in the package relationships", () => doctypeIn(docx(), "_rels/.rels"), "docx.doctype"],
    ["a DOCTYPE in the document relationships", () => doctypeIn(docx(), "word/_rels/document.xml.rels"), "docx.doctype"],
    ["styles nested 50,000 deep", () => deepStyles(docx()), "docx.xmlTooDeep"],
    ["an empty body", () => new Uint8Array(0), "docx.notZip"],
    ["a truncated package", () => docx().slice(0, 600), "docx.corrupt"],
  ].map(([label, make, code]) => ({ label, make: make as () => Uint8Array, code: code as string })))("400 for $label: $code, nothing stored", async ({ make, code }) => {
    await refused(submitInit(clerk, make()), 400, code);
  });

  it("never fetches external relationship targets, however many and of whatever kind", async () => {
    let connections = 0;
    const trap: Server = createServer((_req, res) => res.end());
    trap.on("connection", () => connections++);
    await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
    const { port } = trap.address() as AddressInfo;
    try {
      const targets = [`http://127.0.0.1:${port}/template.dotm`, `http://localhost:${port}/img.png`, "file:///etc/passwd", "\\\\127.0.0.1\\share\\x.docx"];
      const res = await fetch(url(), submitInit(clerk, externalTargets(docx(), targets), { "Idempotency-Key": "external-rels" }));
      expect(res.status).toBe(201);
      await new Promise((r) => setTimeout(r, 100));
      expect(connections).toBe(0);
    } finally {
      await new Promise((r) => trap.close(r));
    }
  });
});

describe("hostile requests", () => {
  it.each([
    ["no content type", undefined],
    ["application/zip", "application/zip"],
    ["a look-alike of the docx type", `${DOCX_MEDIA_TYPE}x`],
  ])("415 for %s, nothing stored", async (_label, type) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${clerk}` };
    if (type) headers["Content-Type"] = type;
    await refused({ method: "POST", headers, body: new Uint8Array(docx()) }, 415, "http.unsupportedMediaType");
  });

  it("400 multipart.* for raw .docx bytes labelled multipart/form-data (a form with no parts), nothing stored", async () => {
    const headers = { Authorization: `Bearer ${clerk}`, "Content-Type": "multipart/form-data; boundary=x" };
    const before = await stored();
    const res = await fetch(url(), { method: "POST", headers, body: new Uint8Array(docx()) });
    expect(res.status).toBe(400);
    expect(ApiErrorBodySchema.parse(await res.json()).error.code).toMatch(/^multipart\./);
    expect(await stored()).toBe(before);
  });

  it.each([
    ["malformed JSON", "{unitId:", "http.badRequest", 400],
    ["JSON of the wrong shape", '{"unitId":5,"role":"god"}', "http.badRequest", 400],
    ["a JSON body over the upload limit", JSON.stringify({ unitId: "x".repeat(2 * MiB) }), "http.payloadTooLarge", 413],
  ].map(([label, body, code, status]) => ({ label, body: body as string, code: code as string, status: status as number })))(
    "dev token endpoint: $label → $status $code",
    async ({ body, code, status }) => {
      await refused({ method: "POST", headers: { "Content-Type": "application/json" }, body }, status, code, `${api.url}/dev/token`);
    },
  );
});

describe("hostile tokens on the submission route", () => {
  async function forged(): Promise<string> {
    // Right issuer, audience, scope and even the real key id — signed with another key.
    const { privateKey } = await generateKeyPair("ES256");
    const kid = api.deps.devIssuer?.jwks.keys[0]?.kid ?? "";
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ cchc_role: "clerk", cchc_unit: UNIT, scp: "cchc.report" })
      .setProtectedHeader({ alg: "ES256", kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject(`dev-clerk-${UNIT}`)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
  }

  it.each([
    ["no token", async () => null, 401, "auth.missingToken"],
    ["an expired token", () => api.token({ unitId: UNIT }, { ttlSeconds: -600 }), 401, "auth.expiredToken"],
    ["a wrong-audience token", () => api.token({ unitId: UNIT }, { audience: "api://someone-else" }), 401, "auth.invalidToken"],
    ["a forged signature", forged, 401, "auth.invalidToken"],
    ["an unsigned (alg none) token", async () => `${Buffer.from('{"alg":"none"}').toString("base64url")}.${(await forged()).split(".")[1]}.`, 401, "auth.invalidToken"],
    ["a token without the scope", () => api.token({ unitId: UNIT }, { scope: "" }), 403, "auth.insufficientScope"],
    ["another unit's clerk", () => api.token({ unitId: "snv" }), 403, "auth.forbidden"],
    ["the secretariat", () => api.token({ role: "secretariat" }), 403, "auth.forbidden"],
  ].map(([label, token, status, code]) => ({ label, token: token as () => Promise<string | null>, status: status as number, code: code as string })))(
    "$label → $status $code, nothing stored",
    async ({ token, status, code }) => {
      await refused(submitInit(await token(), docx()), status, code);
    },
  );
});
