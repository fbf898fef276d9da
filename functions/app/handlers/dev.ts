import { DevTokenRequestSchema } from "../../../shared/api/dev";
import { CodedError } from "../../../shared/errors/codes";
import type { Deps } from "../deps";
import { requireKnownUnit } from "../lookup";
import { readJson } from "../request";
import { json } from "../respond";
import type { PublicHandler } from "../route";

function issuer(deps: Deps) {
  // Registration skips dev routes without an issuer; this guards direct calls (tests, a future translator).
  if (!deps.devIssuer) throw new CodedError("http.notFound");
  return deps.devIssuer;
}

/** GET /api/dev/jwks: the development issuer's public keys. */
export const devJwks: PublicHandler = async ({ deps }) => json(200, issuer(deps).jwks);

/** POST /api/dev/token {"unitId"} | {"role": "secretariat"} → {"token", "expiresAt"}. */
export const devToken: PublicHandler = async ({ req, deps }) => {
  const dev = issuer(deps);
  const body = await readJson(req, DevTokenRequestSchema);
  if ("unitId" in body) requireKnownUnit(deps, body.unitId);
  return json(200, await dev.issue(body, deps.now()));
};
