/**
 * Short-lived signed links for the sidebars' "Mở văn bản" and "Tạo báo cáo tổng hợp": a browser tab opened from
 * Google carries no bearer token, so the link itself carries a 10-minute HS256 grant for one document (or the
 * campaign's summary) and the role it was issued to. GET /api/gworkspace/download checks it, then runs the very
 * handler the API uses, with the same authorisation checks.
 */
import { randomBytes } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { CodedError } from "../../shared/errors/codes";
import { RoleSchema, type Principal } from "../auth/principal";
import { getSummaryDocx } from "../app/handlers/summary";
import { getDocument } from "../app/handlers/versions";
import { query } from "../app/request";
import type { PublicHandler } from "../app/route";
import { addonOf } from "./gate";

const AUDIENCE = "urn:cchc-report:gworkspace-link";
const LINK_TTL_SECONDS = 600;

const GrantSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("document"), submissionId: z.string().min(1).max(300) }),
  z.object({ kind: z.literal("summary"), campaignId: z.string().min(1).max(200) }),
]);
export type Grant = z.infer<typeof GrantSchema>;
const ClaimsSchema = z.object({ grant: GrantSchema, role: RoleSchema, unit: z.string().optional(), sub: z.string() });

export interface LinkSigner {
  url(grant: Grant, principal: Principal): Promise<string>;
  verify(token: string): Promise<{ grant: Grant; principal: Principal }>;
}

/** `secret`: GOOGLE_ADDON_LINK_SECRET; without it a random key per process (links die with the instance). */
export function linkSigner(baseUrl: string, secret: string | undefined, now: () => Date): LinkSigner {
  const key = secret ? new TextEncoder().encode(secret) : new Uint8Array(randomBytes(32));
  return {
    async url(grant, principal) {
      const nowSec = Math.floor(now().getTime() / 1000);
      const token = await new SignJWT({ grant, role: principal.role, ...(principal.unitId ? { unit: principal.unitId } : {}) })
        .setProtectedHeader({ alg: "HS256" })
        .setAudience(AUDIENCE)
        .setSubject(principal.subject)
        .setIssuedAt(nowSec)
        .setExpirationTime(nowSec + LINK_TTL_SECONDS)
        .sign(key);
      return `${baseUrl}/api/gworkspace/download?t=${token}`;
    },
    async verify(token) {
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, key, { audience: AUDIENCE, algorithms: ["HS256"], currentDate: now() }));
      } catch (err) {
        const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
        throw new CodedError(code === "ERR_JWT_EXPIRED" ? "auth.expiredToken" : "auth.invalidToken", "download link");
      }
      const c = ClaimsSchema.safeParse(payload);
      if (!c.success) throw new CodedError("auth.invalidToken", "download link claims");
      const principal: Principal = { subject: c.data.sub, role: c.data.role, ...(c.data.unit ? { unitId: c.data.unit } : {}) };
      return { grant: c.data.grant, principal };
    },
  };
}

/** GET /api/gworkspace/download?t=…: the document or the summary .docx, as the API's own handlers answer them. */
export const download: PublicHandler = async ({ req, log, deps }) => {
  const addon = addonOf(deps);
  const token = query(req, "t");
  if (!token) throw new CodedError("auth.missingToken", "download link");
  const { grant, principal } = await addon.links.verify(token);
  if (grant.kind === "document") {
    return getDocument({ req, params: { submissionId: grant.submissionId }, log, deps, principal });
  }
  if (principal.role !== "secretariat") throw new CodedError("auth.forbidden");
  return getSummaryDocx({ req, params: { campaignId: grant.campaignId }, log, deps, principal });
};
