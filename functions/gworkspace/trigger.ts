import type { AccountDirectory } from "../auth/accounts";
import type { Principal } from "../auth/principal";
import type { Deps } from "../app/deps";
import type { Log } from "../app/route";
import type { AddonEvent } from "../../shared/gworkspace/event";
import type { RenderActions } from "../../shared/gworkspace/card";
import type { GoogleTokens } from "./verify";
import type { UserDocs } from "./google-apis";
import type { LinkSigner } from "./links";

/** What the add-on adds to the handlers' Deps (built by compose.ts when GOOGLE_ADDON_AUDIENCE is set, or for dev). */
export interface AddonDeps {
  /** Absent in development preview, where no Google token exists and the route is dev-only. */
  tokens?: GoogleTokens;
  /** https://host: action URLs are `${baseUrl}/api/gworkspace/…`. */
  baseUrl: string;
  accounts: AccountDirectory;
  /** Docs and Drive acting as the user whose OAuth token came with the event. */
  docs(userOAuthToken: string): UserDocs;
  /** Short-lived links that open a document or the summary in a browser tab. */
  links: LinkSigner;
}

export interface AddonCall {
  event: AddonEvent;
  /** The verified Google account (its e-mail) and the role it maps to. */
  email: string;
  principal: Principal;
  deps: Deps;
  addon: AddonDeps;
  log: Log;
}

export type Trigger = (call: AddonCall) => Promise<RenderActions>;

/** The add-on's endpoint paths (under /api), one per trigger or action. */
export const ADDON_PATHS = {
  docsHome: "gworkspace/docs/homepage",
  docsFileScope: "gworkspace/docs/file-scope",
  docsInsert: "gworkspace/docs/insert",
  docsCheck: "gworkspace/docs/check",
  docsSubmit: "gworkspace/docs/submit",
  docsAddSection: "gworkspace/docs/add-section",
  sheetsHome: "gworkspace/sheets/homepage",
  sheetsUnit: "gworkspace/sheets/unit",
  sheetsReview: "gworkspace/sheets/review",
  sheetsRemind: "gworkspace/sheets/remind",
  sheetsSync: "gworkspace/sheets/sync",
  sheetsSummary: "gworkspace/sheets/summary",
  sheetsOpen: "gworkspace/sheets/open",
} as const;
export type AddonPath = (typeof ADDON_PATHS)[keyof typeof ADDON_PATHS];

export const actionUrl = (addon: AddonDeps, path: AddonPath): string => `${addon.baseUrl}/api/${path}`;
