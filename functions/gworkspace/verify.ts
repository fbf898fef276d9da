/**
 * Google's two ID tokens on every add-on request, both checked with jose against Google's JWKS (GOOGLE_JWKS_URL):
 * the system ID token in the Authorization header proves the request comes from this add-on's deployment (issuer
 * accounts.google.com, audience = our endpoint base or the endpoint itself, email = the add-on's service account);
 * the user ID token in the event says who clicked (verified e-mail). Failures are CodedErrors, never jose's.
 */
import { jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import { CodedError } from "../../shared/errors/codes";

/** Google writes either form in `iss`. */
const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"];
const ALGORITHMS = ["RS256"];

export interface GoogleTokenOptions {
  keys: JWTVerifyGetKey;
  /** The endpoint base (https://host): the audience of the system token and, unless set apart, of the user token. */
  audience: string;
  userAudience: string;
  serviceAccount: string;
  clockToleranceSec: number;
  now: () => Date;
}

export interface GoogleUser {
  /** Google's stable account id. */
  sub: string;
  email: string;
}

const SystemClaimsSchema = z.object({ email: z.string(), email_verified: z.boolean().optional() });
const UserClaimsSchema = z.object({ sub: z.string().min(1), email: z.email(), email_verified: z.literal(true) });

function bearer(authorization: string | null): string {
  if (!authorization) throw new CodedError("auth.missingToken");
  const m = /^Bearer[ \t]+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)[ \t]*$/i.exec(authorization);
  if (!m?.[1]) throw new CodedError("auth.invalidToken", "not a bearer JWT");
  return m[1];
}

function joseToCoded(err: unknown, which: string): CodedError {
  const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
  const name = typeof err === "object" && err !== null && "name" in err ? String(err.name) : "";
  if (code === "ERR_JWT_EXPIRED") return new CodedError("auth.expiredToken", which);
  if (code === "ERR_JWKS_TIMEOUT" || code === "ERR_JWKS_INVALID" || code === "ERR_JOSE_GENERIC" || (code === "" && name === "TypeError")) {
    return new CodedError("auth.keysUnavailable", String(err));
  }
  return new CodedError("auth.invalidToken", `${which}: ${code || String(err)}`);
}

export interface GoogleTokens {
  /** The Authorization header: Google's system ID token for the add-on's service account. `endpoint` is the full URL. */
  system(authorization: string | null, endpoint: string): Promise<void>;
  user(idToken: string | undefined): Promise<GoogleUser>;
}

export function googleTokens(o: GoogleTokenOptions): GoogleTokens {
  async function verify(token: string, audience: string[], which: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, o.keys, {
        issuer: GOOGLE_ISSUERS,
        audience,
        algorithms: ALGORITHMS,
        clockTolerance: o.clockToleranceSec,
        currentDate: o.now(),
        requiredClaims: ["exp", "iat", "sub"],
      });
      return payload;
    } catch (err) {
      throw joseToCoded(err, which);
    }
  }
  return {
    async system(authorization, endpoint) {
      const payload = await verify(bearer(authorization), [o.audience, endpoint], "system token");
      const claims = SystemClaimsSchema.safeParse(payload);
      // The service account is compared exactly: another project's add-on (or any Google account) has another e-mail.
      if (!claims.success || claims.data.email !== o.serviceAccount || claims.data.email_verified === false) {
        throw new CodedError("auth.invalidToken", "system token: not the add-on's service account");
      }
    },
    async user(idToken) {
      if (!idToken) throw new CodedError("auth.missingToken", "user token");
      const payload = await verify(idToken, [o.userAudience], "user token");
      const claims = UserClaimsSchema.safeParse(payload);
      if (!claims.success) throw new CodedError("auth.invalidToken", "user token: no verified e-mail");
      return { sub: claims.data.sub, email: claims.data.email.toLowerCase() };
    },
  };
}
