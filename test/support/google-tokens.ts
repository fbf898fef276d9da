/**
 * A local stand-in for Google's ID-token keys: an RS256 key pair whose JWKS is served on 127.0.0.1 (port 0), for
 * GOOGLE_JWKS_URL, and a signer for the system and user ID tokens an add-on request carries. A second key pair,
 * never published, signs forgeries.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";

export interface TokenClaims {
  aud?: string;
  iss?: string;
  email?: string;
  email_verified?: boolean;
  sub?: string;
  /** Seconds from `now` (negative: already expired). */
  expiresIn?: number;
  /** Signed with the unpublished key. */
  forged?: boolean;
}

export interface GoogleKeys {
  jwksUrl: string;
  sign(claims: TokenClaims, now: Date): Promise<string>;
  close(): Promise<void>;
}

export async function startGoogleKeys(): Promise<GoogleKeys> {
  const real = await generateKeyPair("RS256", { extractable: true });
  const forger = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(real.publicKey)), kid: "test-google-1", alg: "RS256", use: "sig" };
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/oauth2/v3/certs`,
    async sign(c, now) {
      const iat = Math.floor(now.getTime() / 1000);
      const key: CryptoKey = c.forged ? forger.privateKey : real.privateKey;
      const payload: Record<string, unknown> = {};
      if (c.email !== undefined) payload["email"] = c.email;
      if (c.email_verified !== undefined) payload["email_verified"] = c.email_verified;
      return new SignJWT(payload)
        .setProtectedHeader({ alg: "RS256", kid: "test-google-1", typ: "JWT" })
        .setIssuer(c.iss ?? "https://accounts.google.com")
        .setAudience(c.aud ?? "https://cchc.example.test")
        .setSubject(c.sub ?? "1000000001")
        .setIssuedAt(iat - 10)
        .setExpirationTime(iat + (c.expiresIn ?? 3600))
        .sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
