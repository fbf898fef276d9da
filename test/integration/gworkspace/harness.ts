/**
 * The local host (real composition root, SQLite) with the Google Workspace add-on switched on: a local JWKS that
 * signs Google-style ID tokens, a local Docs/Drive endpoint for the real Google clients, and an accounts file that
 * maps Google e-mails to units. `post` sends an add-on event the way Google does.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { RenderActionsSchema, type RenderActions } from "../../../shared/gworkspace/card";
import { startApi, type Api } from "../api/harness";
import { startDocsEndpoint, type DocsEndpoint } from "../../support/docs-endpoint";
import { startGoogleKeys, type GoogleKeys, type TokenClaims } from "../../support/google-tokens";

export const BASE = "https://cchc.example.test";
export const ADDON_SA = "service-123456@gcp-sa-gsuiteaddons.iam.gserviceaccount.com";
export const CLERK = "vanthu.snv@gmail.com";
export const SECRETARIAT = "cchc.snv@gmail.com";

export interface AddonHost {
  api: Api;
  keys: GoogleKeys;
  docs: DocsEndpoint;
  now: Date;
  /** Waits the Google retry asked for (nothing really waits), and its log lines. */
  slept: number[];
  logs: string[];
  systemToken(claims?: TokenClaims): Promise<string>;
  userToken(email: string, claims?: TokenClaims): Promise<string>;
  /** POSTs an event to /api/<path>; `auth` overrides the Authorization header (null: none). */
  post(path: string, event: unknown, auth?: string | null): Promise<Response>;
  /** The event Google would send from the Sheets sidebar, for `email`. */
  sheetsEvent(email: string, parameters?: Record<string, string>, form?: Record<string, string>): Promise<Record<string, unknown>>;
  /** The event Google would send from a Docs document, for `email`. */
  docsEvent(email: string, documentId: string, parameters?: Record<string, string>): Promise<Record<string, unknown>>;
  /** POSTs and parses the answer as card JSON (failing the test if it is not valid card JSON). */
  act(path: string, event: unknown): Promise<RenderActions>;
  stop(): Promise<void>;
}

export async function startAddonHost(now = new Date("2024-06-20T03:00:00Z"), env: Record<string, string> = {}): Promise<AddonHost> {
  const slept: number[] = [];
  const logs: string[] = [];
  const keys = await startGoogleKeys();
  const docs = await startDocsEndpoint();
  const dir = mkdtempSync(join(tmpdir(), "cchc-gws-"));
  const accountsFile = join(dir, "accounts.json");
  // Units with e-mail addresses (merged over the built-in registry), so reminders have somewhere to go.
  const unitsFile = join(dir, "units.csv");
  writeFileSync(unitsFile, [
    "id,name,shortCode,level,parentId,parentName,place,subordinateCount,email",
    "snv,Sở Nội vụ,SNV,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,8,vanthu@snv.example.gov.vn",
    "stp,Sở Tư pháp,STP,province_dept,,UBND TỈNH HÀ TĨNH,Hà Tĩnh,5,vanthu@stp.example.gov.vn",
  ].join("\n"));
  writeFileSync(accountsFile, JSON.stringify({
    accounts: [
      { email: CLERK, role: "clerk", unitId: "snv" },
      { email: SECRETARIAT, role: "secretariat" },
    ],
  }));
  const api = await startApi({
    dataDir: dir,
    now: () => now,
    gworkspace: { sleep: async (ms) => void slept.push(ms), random: () => 0.5, log: (m) => logs.push(m) },
    env: {
      CCHC_DEMO_CAMPAIGN: "0",
      CCHC_ACCOUNTS_FILE: accountsFile,
      CCHC_UNITS_FILE: unitsFile,
      GOOGLE_ADDON_AUDIENCE: BASE,
      GOOGLE_ADDON_SERVICE_ACCOUNT: ADDON_SA,
      GOOGLE_JWKS_URL: keys.jwksUrl,
      GOOGLE_API_ROOT_URL: docs.rootUrl,
      ...env,
    },
  });
  const systemToken = (c: TokenClaims = {}) => keys.sign({ aud: BASE, email: ADDON_SA, email_verified: true, sub: "1099", ...c }, now);
  const userToken = (email: string, c: TokenClaims = {}) =>
    keys.sign({ aud: BASE, email, email_verified: true, sub: `sub-${email}`, ...c }, now);
  async function post(path: string, event: unknown, auth?: string | null): Promise<Response> {
    const authorization = auth === undefined ? `Bearer ${await systemToken()}` : auth;
    return fetch(`${api.url}/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify(event),
    });
  }
  return {
    api, keys, docs, now, slept, logs, systemToken, userToken, post,
    async docsEvent(email, documentId, parameters = {}) {
      return {
        commonEventObject: { hostApp: "DOCS", platform: "WEB", userLocale: "vi", parameters },
        authorizationEventObject: { userOAuthToken: docs.token, userIdToken: await userToken(email) },
        docs: { id: documentId, title: "Báo cáo", addonHasFileScopePermission: true },
      };
    },
    async sheetsEvent(email, parameters = {}, form = {}) {
      const formInputs = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
      return {
        commonEventObject: { hostApp: "SHEETS", platform: "WEB", userLocale: "vi", parameters, formInputs },
        authorizationEventObject: { userOAuthToken: docs.token, userIdToken: await userToken(email) },
        sheets: { id: "sheet-1", title: "Theo dõi báo cáo CCHC", addonHasFileScopePermission: true },
      };
    },
    async act(path, event) {
      const res = await post(path, event);
      const body: unknown = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return RenderActionsSchema.parse(body);
    },
    async stop() {
      await api.stop();
      await Promise.all([keys.close(), docs.close()]);
    },
  };
}

/** Every card of an answer (pushed or updated). */
export function cardsOf(a: RenderActions) {
  if (!("action" in a)) return [];
  return (a.action.navigations ?? []).flatMap((n) => ("pushCard" in n ? [n.pushCard] : "updateCard" in n ? [n.updateCard] : []));
}

/** All text a person would read on the answer's cards and notification. */
export function textOf(a: RenderActions): string {
  return JSON.stringify(a);
}
