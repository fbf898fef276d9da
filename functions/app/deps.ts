import type { DocumentBlobStore } from "../blob/port";
import type { SubmissionStore } from "../store/port";
import type { DevIssuer } from "../auth/dev-issuer";
import type { SheetSync } from "../sync/scheduler";
import type { ReminderService } from "../reminders/service";
import type { Verifier } from "../auth/verify";
import type { CampaignCatalog } from "../../shared/campaign/catalog";

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
  devIssuer?: DevIssuer;
}
