import type { DocumentBlobStore } from "../blob/port";
import type { SubmissionStore } from "../store/port";
import type { DevIssuer } from "../auth/dev-issuer";
import type { DocumentReader } from "../reader/pool";
import type { ByteBudget } from "../limits/byte-budget";
import type { RateLimiter } from "../limits/rate-limit";
import type { SheetSync } from "../sync/scheduler";
import type { ReminderService } from "../reminders/service";
import type { Verifier } from "../auth/verify";
import type { AddonDeps } from "../gworkspace/trigger";
import type { CampaignCatalog } from "../../shared/campaign/catalog";
import type { StatusCache } from "./status-cache";

export type { CampaignCatalog };

/** Everything a handler may use; built only by functions/compose.ts (tests may wrap parts of it). */
export interface Deps {
  store: SubmissionStore;
  blobs: DocumentBlobStore;
  verify: Verifier;
  /** Campaigns and each one's own units (`campaigns.unitsFor(id)`: registry order is the order status lists them). */
  campaigns: CampaignCatalog;
  now: () => Date;
  maxUploadBytes: number;
  /** CORS: exact origins allowed to call the API from a browser (the add-in). */
  allowedOrigins: readonly string[];
  version: string;
  /** The secretariat's sheet: accepted submissions notify it; GET …/sync reads its state. */
  sync: SheetSync;
  /** The pane's open.html: document links for people (summary .docx) point there. */
  openUrl: string;
  /** Reminder e-mails (đôn đốc): the policy, the claims in the store and the mailer. */
  reminders: ReminderService;
  /** Present only when CCHC_DEV_AUTH=1. */
  /** Present only when CCHC_DEV_AUTH=1 on the local host (never in the Azure entry). */
  devIssuer?: DevIssuer;
  /** The Google Workspace add-on: with GOOGLE_ADDON_AUDIENCE, or for the development preview. */
  gworkspace?: AddonDeps;
  /** Serialised GET …/status bodies per campaign; compose wires the store's markDirty to invalidate it. */
  statusCache: StatusCache;
  /** Reads uploaded documents: worker threads with a heap cap, documents in flight bounded per instance. */
  reader: DocumentReader;
  /** Per-instance limits on what requests may hold, checked before a body is read (README: Security). */
  limits: {
    /** Upload bytes buffered at once by this instance. */
    uploads: ByteBudget;
    /** POST /api/validate per account. */
    validate: RateLimiter;
    /** Rejected submission attempts per account (each also costs an audit line). */
    rejections: RateLimiter;
    /** A body not fully received within this is cut (slow uploads). */
    bodyTimeoutMs: number;
  };
}
