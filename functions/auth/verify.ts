/**
 * Bearer token verification: one jose path for Entra ID tokens (remote JWKS) and development tokens (local JWKS).
 * Signature, issuer, audience, exp/nbf (small clock tolerance), an algorithm allow-list and the required scope are
 * all checked here; then the account is mapped to a role. Failures are CodedErrors, never jose's own errors.
 */
import { jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import { CodedError } from "../../shared/errors/codes";
import type { AccountDirectory } from "./accounts";
import { RoleSchema, type Principal } from "./principal";

export interface VerifierOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  requiredScope?: string;
  clockToleranceSec: number;
  accounts: AccountDirectory;
  /** The app's clock (injected in tests), so exp/nbf are judged against the same time as everything else. */
  now: () => Date;
}

/** Takes the Authorization header value (null when absent). */
export type Verifier = (authorization: string | null) => Promise<Principal>;

const ALGORITHMS = ["RS256", "ES256"];

/** Custom claims our development issuer (or an Entra claims-mapping policy) may carry. */
const RoleClaimsSchema = z.object({
  cchc_role: RoleSchema.optional(),
  cchc_unit: z.string().min(1).max(100).optional(),
});

function bearer(authorization: string | null): string {
  if (!authorization) throw new CodedError("auth.missingToken");
  const m = /^Bearer[ \t]+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)[ \t]*$/i.exec(authorization);
  if (!m?.[1]) throw new CodedError("auth.invalidToken", "not a bearer JWT");
  return m[1];
}

/** jose's codes for "the key set could not be fetched or parsed" (ERR_JOSE_GENERIC is only thrown there). */
const KEYSET_FAILURES = new Set(["ERR_JWKS_TIMEOUT", "ERR_JWKS_INVALID", "ERR_JOSE_GENERIC"]);

function joseToCoded(err: unknown): CodedError {
  const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
  const name = typeof err === "object" && err !== null && "name" in err ? String(err.name) : "";
  if (code === "ERR_JWT_EXPIRED") return new CodedError("auth.expiredToken");
  // The key set could not be fetched: our dependency failed, not the caller's token.
  // fetch() failing (host unreachable) rejects with a plain TypeError; compared by name to work across realms.
  if (KEYSET_FAILURES.has(code) || (code === "" && name === "TypeError")) {
    return new CodedError("auth.keysUnavailable", String(err));
  }
  return new CodedError("auth.invalidToken", code || String(err));
}

function scopes(payload: JWTPayload): string[] {
  const scp = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  return [...scp, ...roles];
}

/**
 * Verified tokens are remembered briefly: a signature check costs more than the rest of a status request. Entries
 * live until the token expires or CACHE_TTL_MS passes (so a key rotated out stops counting soon), and the map is
 * bounded; only successful verifications are kept.
 */
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX = 2000;

export function createVerifier(opts: VerifierOptions): Verifier {
  const verified = new Map<string, { principal: Principal; untilMs: number }>();
  const verify = verifyToken(opts);
  return async (authorization) => {
    const token = bearer(authorization);
    const nowMs = opts.now().getTime();
    const hit = verified.get(token);
    if (hit && hit.untilMs > nowMs) return hit.principal;
    verified.delete(token);
    const { principal, expMs } = await verify(token);
    if (verified.size >= CACHE_MAX) verified.delete(verified.keys().next().value as string);
    verified.set(token, { principal, untilMs: Math.min(expMs, nowMs + CACHE_TTL_MS) });
    return principal;
  };
}

function verifyToken(opts: VerifierOptions): (token: string) => Promise<{ principal: Principal; expMs: number }> {
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, opts.keys, {
        issuer: opts.issuer,
        audience: opts.audience,
        algorithms: ALGORITHMS,
        clockTolerance: opts.clockToleranceSec,
        currentDate: opts.now(),
        requiredClaims: ["exp", "sub"],
      }));
    } catch (err) {
      throw joseToCoded(err);
    }
    if (opts.requiredScope && !scopes(payload).includes(opts.requiredScope)) {
      throw new CodedError("auth.insufficientScope");
    }
    // exp is a required claim; the clock tolerance that let it pass also bounds how long it is remembered.
    const expMs = ((payload.exp ?? 0) + opts.clockToleranceSec) * 1000;
    return { principal: principalOf(payload, opts.accounts), expMs };
  };
}

function principalOf(payload: JWTPayload, accounts: AccountDirectory): Principal {
  const subject = typeof payload.oid === "string" && payload.oid ? payload.oid : String(payload.sub);
  const mapped = accounts.lookup(payload);
  if (mapped) return { subject, ...mapped };
  const claims = RoleClaimsSchema.safeParse(payload);
  if (!claims.success) throw new CodedError("auth.invalidToken", "malformed role claims");
  const { cchc_role: role, cchc_unit: unitId } = claims.data;
  if (role === "secretariat") return { subject, role };
  if (role === "clerk" && unitId) return { subject, role, unitId };
  throw new CodedError("auth.noRole");
}
