/**
 * Development sign-in (CCHC_DEV_AUTH=1 only): the local host becomes a tiny token issuer with its own ES256 key pair
 * and JWKS. Tokens it issues are verified by the very same jose path as Entra tokens; only the key source differs.
 * The key is kept in the data folder so tokens survive a restart of `npm start`.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from "jose";
import { z } from "zod";
import type { DevTokenRequest, DevTokenResponse } from "../../shared/api/dev";

export const DEV_ISSUER = "urn:cchc-report:dev-issuer";
export const DEV_AUDIENCE = "api://cchc-report-dev";
const ALG = "ES256";
const DEFAULT_TTL_SECONDS = 8 * 3600;

export interface DevIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly scope: string;
  /** Public keys, served at GET /api/dev/jwks. */
  readonly jwks: JSONWebKeySet;
  /** What the verifier checks signatures with (a local JWKS over the same keys). */
  readonly keys: JWTVerifyGetKey;
  issue(request: DevTokenRequest, now: Date): Promise<DevTokenResponse>;
}

const StoredKeySchema = z.object({ kid: z.string(), privateJwk: z.record(z.string(), z.unknown()) });

async function loadOrCreateKey(dataDir: string): Promise<{ kid: string; privateJwk: JWK }> {
  const file = join(dataDir, "dev-auth-key.json");
  try {
    const stored = StoredKeySchema.parse(JSON.parse(await readFile(file, "utf8")));
    return { kid: stored.kid, privateJwk: stored.privateJwk as JWK };
  } catch {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    const key = { kid: `dev-${randomUUID()}`, privateJwk: await exportJWK(privateKey) };
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(key), { mode: 0o600 });
    return key;
  }
}

export async function openDevIssuer(opts: { dataDir: string; scope: string }): Promise<DevIssuer> {
  const { kid, privateJwk } = await loadOrCreateKey(opts.dataDir);
  const privateKey = (await importJWK({ ...privateJwk, alg: ALG }, ALG)) as CryptoKey;
  const { d: _private, ...publicJwk } = privateJwk;
  const jwks: JSONWebKeySet = { keys: [{ ...publicJwk, kid, alg: ALG, use: "sig" }] };

  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    scope: opts.scope,
    jwks,
    keys: createLocalJWKSet(jwks),
    async issue(req, now) {
      const clerk = "unitId" in req;
      const subject = req.subject ?? (clerk ? `dev-clerk-${req.unitId}` : "dev-secretariat");
      const nowSec = Math.floor(now.getTime() / 1000);
      const exp = nowSec + (req.ttlSeconds ?? DEFAULT_TTL_SECONDS);
      const claims: Record<string, unknown> = clerk
        ? { cchc_role: "clerk", cchc_unit: req.unitId }
        : { cchc_role: "secretariat" };
      const scope = req.scope ?? opts.scope;
      if (scope) claims["scp"] = scope;
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: ALG, kid, typ: "JWT" })
        .setIssuer(DEV_ISSUER)
        .setAudience(req.audience ?? DEV_AUDIENCE)
        .setSubject(subject)
        .setIssuedAt(Math.min(nowSec, exp - 1))
        .setExpirationTime(exp)
        .sign(privateKey);
      return { token, expiresAt: new Date(exp * 1000).toISOString() };
    },
  };
}
