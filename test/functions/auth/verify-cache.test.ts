import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from "jose";
import { createVerifier } from "../../../functions/auth/verify";
import { accountDirectory } from "../../../functions/auth/accounts";

const ISSUER = "https://issuer.test";
const AUDIENCE = "api://cchc";

async function setup() {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256" }] });
  let keyLookups = 0;
  const keys: JWTVerifyGetKey = (header, token) => {
    keyLookups++;
    return jwks(header, token);
  };
  let now = new Date("2026-11-28T05:00:00Z");
  const verify = createVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    keys,
    clockToleranceSec: 30,
    accounts: accountDirectory({ accounts: [] }),
    now: () => now,
  });
  const sign = (expSec: number) =>
    new SignJWT({ cchc_role: "clerk", cchc_unit: "snv" })
      .setProtectedHeader({ alg: "ES256", kid: "k1" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject("clerk-1")
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + expSec)
      .sign(privateKey);
  return { verify, sign, lookups: () => keyLookups, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe("token verification cache", () => {
  it("checks a token's signature once while it is valid, then refuses it once expired", async () => {
    const t = await setup();
    const token = await t.sign(120);
    await expect(t.verify(`Bearer ${token}`)).resolves.toMatchObject({ role: "clerk", unitId: "snv" });
    await expect(t.verify(`Bearer ${token}`)).resolves.toMatchObject({ unitId: "snv" });
    expect(t.lookups()).toBe(1);
    t.advance(200_000);
    await expect(t.verify(`Bearer ${token}`)).rejects.toMatchObject({ code: "auth.expiredToken" });
  });

  it("never remembers a refused token", async () => {
    const t = await setup();
    const token = await t.sign(120);
    const forged = `${token.slice(0, -4)}AAAA`;
    await expect(t.verify(`Bearer ${forged}`)).rejects.toMatchObject({ code: "auth.invalidToken" });
    await expect(t.verify(`Bearer ${forged}`)).rejects.toMatchObject({ code: "auth.invalidToken" });
    expect(t.lookups()).toBe(2);
  });
});
