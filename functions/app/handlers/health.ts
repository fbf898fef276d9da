import type { Health } from "../../../shared/api/health";
import { json } from "../respond";
import type { PublicHandler } from "../route";

/** GET /api/health: no auth; pings the store so a load balancer sees a dead database as a failing instance. */
export const health: PublicHandler = async ({ deps }) => {
  await deps.store.ping();
  const body: Health = {
    status: "ok",
    store: deps.store.kind,
    version: deps.version,
    blob: deps.blobs.kind,
    devAuth: deps.devIssuer !== undefined,
  };
  return json(200, body);
};
