import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../../functions/auth/dev-issuer";
import { auth, HA_TINH, startApi, type Api } from "./harness";

const ISSUER = "https://login.example.test/tenant-1/v2.0";
const AUDIENCE = "api://cchc-report-test";

async function keyPair(alg: "ES256" | "RS256", kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  return { privateKey, jwk, alg, kid };
}
type Key = Awaited<ReturnType<typeof keyPair>>;

function sign(key: { privateKey: CryptoKey; alg: string; kid: string }, claims: Record<string, unknown>, opts: { iss?: string; aud?: string; expSec?: number } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setIssuer(opts.iss ?? ISSUER)
    .setAudience(opts.aud ?? AUDIENCE)
    .setSubject(String(claims["oid"] ?? "someone"))
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (opts.expSec ?? 600))
    .sign(key.privateKey);
}

async function status(api: Api, token: string) {
  const res = await fetch(`${api.url}/campaigns/${HA_TINH}/status`, auth(token));
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: body.error?.code, retryAfter: res.headers.get("retry-after") };
}

describe("development sign-in (CCHC_DEV_AUTH=1): same verification path", () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.stop());

  it("GET /api/me tells the pane which unit and role the token stands for", async () => {
    const clerk = await fetch(`${api.url}/me`, auth(await api.token({ unitId: "d443" })));
    expect(clerk.status).toBe(200);
    expect(await clerk.json()).toMatchObject({ role: "clerk", unitId: "d443" });
    const snv = await fetch(`${api.url}/me`, auth(await api.token({ role: "secretariat" })));
    const body = (await snv.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ role: "secretariat" });
    expect(body).not.toHaveProperty("unitId");
    expect((await fetch(`${api.url}/me`)).status).toBe(401);
  });

  it("lists each unit with the parent body its header prints", async () => {
    const units = (await (await fetch(`${api.url}/campaigns/${HA_TINH}/units`)).json()) as { id: string; parentName?: string }[];
    expect(units.find((u) => u.id === "stp")?.parentName).toBe("UBND TỈNH HÀ TĨNH");
    expect(units.find((u) => u.id === "d443")).not.toHaveProperty("parentName");
  });

  it("refuses expired, wrong-audience, scope-less and forged tokens", async () => {
    const expired = await api.token({ role: "secretariat" }, { ttlSeconds: -120 });
    expect(await status(api, expired)).toMatchObject({ status: 401, code: "auth.expiredToken" });
    // Inside the 30 s clock tolerance a just-expired token still passes.
    expect((await status(api, await api.token({ role: "secretariat" }, { ttlSeconds: -5 }))).status).toBe(200);
    const audience = await api.token({ role: "secretariat" }, { audience: "api://someone-else" });
    expect(await status(api, audience)).toMatchObject({ status: 401, code: "auth.invalidToken" });
    const noScope = await api.token({ role: "secretariat" }, { scope: "" });
    expect(await status(api, noScope)).toMatchObject({ status: 403, code: "auth.insufficientScope" });

    // Forged: right issuer, audience, claims and even the real key id, signed with another key.
    const devKid = api.deps.devIssuer?.jwks.keys[0]?.kid ?? "";
    const other = await keyPair("ES256", devKid);
    const forged = await sign(other, { cchc_role: "secretariat", scp: "cchc.report" }, { iss: DEV_ISSUER, aud: DEV_AUDIENCE });
    expect(await status(api, forged)).toMatchObject({ status: 401, code: "auth.invalidToken" });
    // Unsigned ("alg": "none") tokens never pass.
    const [, payload] = forged.split(".");
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${payload}.`;
    expect((await status(api, none)).status).toBe(401);
  });

  it("clerks read only their unit; status is for the secretariat", async () => {
    const clerk = await api.token({ unitId: "snv" });
    expect(await status(api, clerk)).toMatchObject({ status: 403, code: "auth.forbidden" });
    expect((await status(api, await api.token({ role: "secretariat" }))).status).toBe(200);
    const unknownUnit = await fetch(`${api.url}/dev/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ unitId: "nowhere" }),
    });
    expect(unknownUnit.status).toBe(404);
  });
});

describe("production sign-in (JWKS over HTTPS-style remote key set + accounts file)", () => {
  let jwksServer: Server;
  let key: Key;
  let api: Api;
  let deadKeys: Api;

  beforeAll(async () => {
    key = await keyPair("RS256", "tenant-key-1");
    jwksServer = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ keys: [key.jwk] }));
    });
    await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
    const port = (jwksServer.address() as AddressInfo).port;
    const env = (jwks: string, dir: string) => {
      const accounts = join(dir, "accounts.json");
      writeFileSync(
        accounts,
        JSON.stringify({
          accounts: [
            { oid: "oid-snv-secretariat", role: "secretariat", note: "Phòng CCHC" },
            { upn: "VanThu@CanLoc.example.vn", role: "clerk", unitId: "d443" },
          ],
        }),
      );
      return {
        CCHC_DEV_AUTH: "",
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_JWKS_URI: jwks,
        AUTH_REQUIRED_SCOPE: "access_as_user",
        CCHC_ACCOUNTS_FILE: accounts,
      };
    };
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir1 = mkdtempSync(join(tmpdir(), "cchc-auth-"));
    api = await startApi({ dataDir: dir1, env: env(`http://127.0.0.1:${port}/keys`, dir1) });
    const dir2 = mkdtempSync(join(tmpdir(), "cchc-auth-"));
    deadKeys = await startApi({ dataDir: dir2, env: env("http://127.0.0.1:9/keys", dir2) });
  });
  afterAll(async () => {
    await api.stop();
    await deadKeys.stop();
    await new Promise((r) => jwksServer.close(r));
  });

  it("maps accounts by oid and by upn (case-insensitive) to roles, never by preferred_username", async () => {
    const sec = await sign(key, { oid: "oid-snv-secretariat", scp: "access_as_user" });
    expect((await status(api, sec)).status).toBe(200);
    const renamed = await sign(key, { oid: "oid-y", preferred_username: "vanthu@canloc.example.vn", scp: "access_as_user" });
    expect((await fetch(`${api.url}/campaigns/${HA_TINH}/units/d443/submissions`, auth(renamed))).status).toBe(403);
    const clerk = await sign(key, { oid: "oid-x", upn: "vanthu@canloc.example.vn", scp: "access_as_user" });
    expect((await fetch(`${api.url}/campaigns/${HA_TINH}/units/d443/submissions`, auth(clerk))).status).toBe(200);
    expect((await fetch(`${api.url}/campaigns/${HA_TINH}/units/snv/submissions`, auth(clerk))).status).toBe(403);
    const stranger = await sign(key, { oid: "oid-unknown", scp: "access_as_user" });
    expect(await status(api, stranger)).toMatchObject({ status: 403, code: "auth.noRole" });
  });

  it("checks issuer, audience, expiry, scope and signature", async () => {
    const claims = { oid: "oid-snv-secretariat", scp: "access_as_user" };
    expect((await status(api, await sign(key, claims, { iss: "https://evil.example/v2.0" }))).status).toBe(401);
    expect((await status(api, await sign(key, claims, { aud: "api://other" }))).status).toBe(401);
    expect(await status(api, await sign(key, claims, { expSec: -600 }))).toMatchObject({ status: 401, code: "auth.expiredToken" });
    expect(await status(api, await sign(key, { oid: "oid-snv-secretariat", scp: "User.Read" }))).toMatchObject({
      status: 403,
      code: "auth.insufficientScope",
    });
    const impostor = await keyPair("RS256", "tenant-key-1");
    expect(await status(api, await sign(impostor, claims))).toMatchObject({ status: 401, code: "auth.invalidToken" });
  });

  it("has no development routes", async () => {
    expect((await fetch(`${api.url}/dev/jwks`)).status).toBe(404);
    const res = await fetch(`${api.url}/dev/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"role":"secretariat"}' });
    expect(res.status).toBe(404);
  });

  it("answers 503 with Retry-After when the key set cannot be fetched", async () => {
    const token = await sign(key, { oid: "oid-snv-secretariat", scp: "access_as_user" });
    expect(await status(deadKeys, token)).toMatchObject({ status: 503, code: "auth.keysUnavailable", retryAfter: "5" });
  });
});
