/**
 * THE route table: the only list of the API's routes. functions/azure/index.ts registers it with app.http and
 * dev/host.ts serves it over node:http; both go through serve.ts, so behaviour is identical.
 * Paths are under the "api" prefix (host.json routePrefix).
 */
import { listAudit } from "./handlers/audit";
import { getCampaign, listCampaigns, listUnits } from "./handlers/campaigns";
import { devJwks, devToken } from "./handlers/dev";
import { health } from "./handlers/health";
import { me } from "./handlers/me";
import { getStatus, getStatusCsv, getStatusXlsx } from "./handlers/status";
import { submit } from "./handlers/submit";
import { getSummary, getSummaryDocx } from "./handlers/summary";
import { getSync } from "./handlers/sync";
import { validate } from "./handlers/validate";
import { getDocument, getVersion, listVersions } from "./handlers/versions";
import { review } from "./handlers/review";
import { listReminders, sendReminders } from "./handlers/reminders";
import type { Route } from "./route";
import { GWORKSPACE_ROUTES } from "../gworkspace/routes";

export const API_PREFIX = "api";

export const ROUTES: readonly Route[] = [
  { name: "health", method: "GET", route: "health", auth: "none", handler: health },
  { name: "me", method: "GET", route: "me", auth: "signedIn", handler: me },
  { name: "campaigns-list", method: "GET", route: "campaigns", auth: "none", handler: listCampaigns },
  { name: "campaigns-get", method: "GET", route: "campaigns/{campaignId}", auth: "none", handler: getCampaign },
  { name: "units-list", method: "GET", route: "campaigns/{campaignId}/units", auth: "none", handler: listUnits },
  {
    name: "submissions-create",
    method: "POST",
    route: "campaigns/{campaignId}/units/{unitId}/submissions",
    auth: "signedIn",
    quota: "rejections",
    handler: submit,
  },
  {
    name: "submissions-list",
    method: "GET",
    route: "campaigns/{campaignId}/units/{unitId}/submissions",
    auth: "signedIn",
    handler: listVersions,
  },
  {
    name: "submissions-document",
    method: "GET",
    route: "submissions/{submissionId}/document",
    auth: "signedIn",
    handler: getDocument,
  },
  {
    name: "submissions-get",
    method: "GET",
    route: "submissions/{submissionId}",
    auth: "signedIn",
    handler: getVersion,
  },
  {
    name: "submissions-review",
    method: "POST",
    route: "submissions/{submissionId}/review",
    auth: "secretariat",
    handler: review,
  },
  {
    name: "reminders-list",
    method: "GET",
    route: "campaigns/{campaignId}/reminders",
    auth: "secretariat",
    handler: listReminders,
  },
  {
    name: "reminders-send",
    method: "POST",
    route: "campaigns/{campaignId}/reminders",
    auth: "secretariat",
    handler: sendReminders,
  },
  { name: "status", method: "GET", route: "campaigns/{campaignId}/status", auth: "secretariat", handler: getStatus },
  {
    name: "status-csv",
    method: "GET",
    route: "campaigns/{campaignId}/status.csv",
    auth: "secretariat",
    handler: getStatusCsv,
  },
  {
    name: "status-xlsx",
    method: "GET",
    route: "campaigns/{campaignId}/status.xlsx",
    auth: "secretariat",
    handler: getStatusXlsx,
  },
  { name: "summary", method: "GET", route: "campaigns/{campaignId}/summary", auth: "secretariat", handler: getSummary },
  {
    name: "summary-docx",
    method: "GET",
    route: "campaigns/{campaignId}/summary.docx",
    auth: "secretariat",
    handler: getSummaryDocx,
  },
  { name: "audit", method: "GET", route: "campaigns/{campaignId}/audit", auth: "secretariat", handler: listAudit },
  { name: "sync-status", method: "GET", route: "campaigns/{campaignId}/sync", auth: "secretariat", handler: getSync },
  { name: "validate", method: "POST", route: "validate", auth: "signedIn", quota: "validate", handler: validate },
  { name: "dev-jwks", method: "GET", route: "dev/jwks", auth: "dev", handler: devJwks },
  { name: "dev-token", method: "POST", route: "dev/token", auth: "dev", handler: devToken },
  ...GWORKSPACE_ROUTES,
];

/**
 * The routes that exist for this configuration: development routes only with the development issuer, which only
 * the local host on loopback ever has (the Azure entry passes false whatever the settings say).
 */
export function activeRoutes(devAuth: boolean): Route[] {
  return ROUTES.filter((r) => devAuth || r.auth !== "dev");
}

/** Routes sharing a path template, in table order: one Azure function / one local matcher per path. */
export function routesByPath(routes: readonly Route[]): Map<string, Route[]> {
  const byPath = new Map<string, Route[]>();
  for (const r of routes) byPath.set(r.route, [...(byPath.get(r.route) ?? []), r]);
  return byPath;
}
