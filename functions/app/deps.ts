import type { DocumentBlobStore } from "../blob/port";
import type { SubmissionStore } from "../store/port";
import type { DevIssuer } from "../auth/dev-issuer";
import type { SheetSync } from "../sync/scheduler";
import type { Verifier } from "../auth/verify";
import type { AddonDeps } from "../gworkspace/trigger";
import type { Campaign } from "../../shared/campaign/schema";
import type { UnitRegistry } from "../../shared/units/registry";

export interface CampaignCatalog {
  list(): readonly Campaign[];
  get(id: string): Campaign | undefined;
}

/** Everything a handler may use; built only by functions/compose.ts (tests may wrap parts of it). */
export interface Deps {
  store: SubmissionStore;
  blobs: DocumentBlobStore;
  verify: Verifier;
  campaigns: CampaignCatalog;
  /** Registry order is the order status and exports list units in. */
  units: UnitRegistry;
  now: () => Date;
  maxUploadBytes: number;
  /** CORS: exact origins allowed to call the API from a browser (the add-in). */
  allowedOrigins: readonly string[];
  version: string;
  /** The secretariat's sheet: accepted submissions notify it; GET …/sync reads its state. */
  sync: SheetSync;
  /** Present only when CCHC_DEV_AUTH=1. */
  devIssuer?: DevIssuer;
  /** The Google Workspace add-on: with GOOGLE_ADDON_AUDIENCE, or for the development preview. */
  gworkspace?: AddonDeps;
}
