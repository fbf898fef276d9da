/**
 * The one place that reads process.env: a single zod parse into a typed Config, so a bad setting stops the app at
 * start with every problem listed, instead of failing on the first request that needs it.
 */
import { resolve } from "node:path";
import { z } from "zod";
import { CodedError } from "../shared/errors/codes";
import { DEFAULT_TEXT_CAPS } from "../docx/text-caps";
import { parseServiceAccount, type ServiceAccount } from "./sync/service-account";

const MiB = 1024 * 1024;
/** Scope dev tokens carry and the dev verifier requires, unless AUTH_REQUIRED_SCOPE says otherwise. */
export const DEV_SCOPE = "cchc.report";
/** The sender when MAIL_FROM is unset: fine for the outbox; a real relay usually insists on its own domain. */
const DEFAULT_MAIL_FROM = "Sở Nội vụ (CCHC) <no-reply@cchc.invalid>";

// Portal and pipeline settings are often present but empty: treat "" as unset.
const opt = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const flag = opt(z.enum(["0", "1", "true", "false", "yes", "no"]))
  .transform((v) => v === "1" || v === "true" || v === "yes");
const url = z.url({ protocol: /^https?$/ });

const EnvSchema = z.object({
  CCHC_DATA_DIR: opt(z.string()),
  API_PORT: opt(z.coerce.number().int().min(0).max(65535)),
  API_HOST: opt(z.string()),
  ADDIN_PORT: opt(z.coerce.number().int().min(0).max(65535)),
  CCHC_DEV_AUTH: flag,
  AUTH_ISSUER: opt(z.string()),
  AUTH_AUDIENCE: opt(z.string()),
  AUTH_JWKS_URI: opt(url),
  AUTH_REQUIRED_SCOPE: opt(z.string()),
  AUTH_CLOCK_TOLERANCE_SEC: opt(z.coerce.number().int().min(0).max(300)),
  COSMOS_ENDPOINT: opt(url),
  COSMOS_KEY: opt(z.string()),
  COSMOS_DATABASE: opt(z.string().regex(/^[A-Za-z0-9_-]{1,255}$/)),
  AZURE_STORAGE_CONNECTION_STRING: opt(z.string()),
  AZURE_STORAGE_ACCOUNT_URL: opt(url),
  BLOB_CONTAINER: opt(z.string().regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/)),
  MAX_UPLOAD_BYTES: opt(z.coerce.number().int().min(1024).max(100 * MiB)),
  ALLOWED_ORIGINS: opt(z.string()),
  CCHC_ACCOUNTS_FILE: opt(z.string()),
  CCHC_CAMPAIGNS_FILE: opt(z.string()),
  CCHC_UNITS_FILE: opt(z.string()),
  CCHC_DEMO_CAMPAIGN: flag,
  /** Set by Azure App Service (not by every Functions plan): development sign-in is refused there. */
  WEBSITE_INSTANCE_ID: opt(z.string()),
  // Per-instance limits (README: Security).
  READER_CONCURRENCY: opt(z.coerce.number().int().min(1).max(16)),
  READER_QUEUE: opt(z.coerce.number().int().min(0).max(256)),
  READER_HEAP_MB: opt(z.coerce.number().int().min(64).max(4096)),
  READER_TIMEOUT_SEC: opt(z.coerce.number().int().min(1).max(600)),
  DOCX_MAX_PARAGRAPHS: opt(z.coerce.number().int().min(100).max(10_000_000)),
  DOCX_MAX_TEXT_CHARS: opt(z.coerce.number().int().min(10_000).max(500_000_000)),
  UPLOAD_BYTES_IN_FLIGHT: opt(z.coerce.number().int().min(1024).max(4096 * MiB)),
  BODY_TIMEOUT_SEC: opt(z.coerce.number().int().min(1).max(600)),
  VALIDATE_PER_MINUTE: opt(z.coerce.number().int().min(1).max(10_000)),
  REJECTED_PER_MINUTE: opt(z.coerce.number().int().min(1).max(10_000)),
  ORPHAN_GRACE_SEC: opt(z.coerce.number().int().min(60).max(30 * 86400)),
  /** Set by Azure: the app's host name, the default public origin for links in the sheet. */
  WEBSITE_HOSTNAME: opt(z.string()),
  CCHC_PUBLIC_URL: opt(url),
  /** The pane's open.html: document links in the sheet, the .xlsx and the summary point there (sign-in first). */
  CCHC_OPEN_URL: opt(url),
  GOOGLE_SHEETS_SPREADSHEET_ID: opt(z.string()),
  GOOGLE_SHEETS_CAMPAIGN_ID: opt(z.string()),
  GOOGLE_SERVICE_ACCOUNT_JSON: opt(z.string()),
  GOOGLE_SERVICE_ACCOUNT_JSON_FILE: opt(z.string()),
  SHEETS_ROOT_URL: opt(url),
  SHEETS_TEST_ACCESS_TOKEN: opt(z.string()),
  // At least 5 s between writes of one campaign keeps a burst under Google's 60 writes a minute.
  SHEET_SYNC_MIN_INTERVAL_SEC: opt(z.coerce.number().int().min(5).max(3600)),
  SHEET_SYNC_FULL_EVERY_SEC: opt(z.coerce.number().int().min(60).max(86400)),
  /** smtp(s)://user:password@host:port of any relay; unset → .eml files in CCHC_DATA_DIR/outbox. */
  SMTP_URL: opt(z.url({ protocol: /^smtps?$/ })),
  MAIL_FROM: opt(z.string().min(3).max(320)),
  /** Where units download the standard outline, named in reminders; "{unitId}" is replaced by the unit's id. */
  REMINDER_OUTLINE_URL: opt(url),
  REMINDER_MAX_ATTEMPTS: opt(z.coerce.number().int().min(1).max(20)),
  REMINDER_RETRY_BASE_SEC: opt(z.coerce.number().int().min(1).max(86400)),
  // Google Workspace add-on (functions/gworkspace): who may call its endpoints and where Google's keys are.
  GOOGLE_ADDON_AUDIENCE: opt(url),
  GOOGLE_ADDON_USER_AUDIENCE: opt(z.string()),
  GOOGLE_ADDON_SERVICE_ACCOUNT: opt(z.email()),
  GOOGLE_JWKS_URL: opt(url),
  GOOGLE_API_ROOT_URL: opt(url),
  /** Signs the sidebars' 10-minute download links; needed when more than one instance serves the API. */
  GOOGLE_ADDON_LINK_SECRET: opt(z.string().min(32)),
});

export type AuthConfig =
  | { mode: "dev"; requiredScope: string; clockToleranceSec: number }
  | {
      mode: "jwks";
      issuer: string;
      audience: string;
      jwksUri: string;
      requiredScope?: string;
      clockToleranceSec: number;
    };

export type StoreConfig =
  | { kind: "sqlite"; file: string }
  | { kind: "cosmos"; endpoint: string; key?: string; database: string };

export type BlobConfig =
  | { kind: "disk"; dir: string }
  | { kind: "azure-blob"; container: string; connectionString: string }
  | { kind: "azure-blob"; container: string; accountUrl: string };

export type SheetCredentials =
  | { kind: "serviceAccount"; account: ServiceAccount }
  | { kind: "serviceAccountFile"; file: string }
  /** A fixed token for a local Sheets endpoint (tests): never the real Google, whose root URL is not loopback. */
  | { kind: "testToken"; rootUrl: string; accessToken: string };

export type SheetsConfig =
  | { target: "xlsx-file"; dir: string }
  | { target: "google-sheets"; spreadsheetId: string; credentials: SheetCredentials; campaignId?: string };

export type MailConfig =
  | { kind: "smtp"; url: string; from: string }
  | { kind: "outbox"; dir: string; from: string };
export interface Limits {
  reader: {
    concurrency: number;
    queue: number;
    heapMb: number;
    timeoutMs: number;
    maxParagraphs: number;
    maxTextChars: number;
  };
  uploadBytesInFlight: number;
  bodyTimeoutMs: number;
  validatePerMinute: number;
  rejectedPerMinute: number;
  /** Document and .tmp files no record points at are removed at start once older than this. */
  orphanGraceMs: number;
}

/** Which entry runs: the Azure Functions entry never serves development sign-in, whatever the settings. */
export type Entry = "local" | "azure";
/** The Google Workspace add-on: the system ID token's audience and service account, the user token's audience. */
export interface AddonConfig {
  /** The add-on's endpoint base (https://host): the system ID token's audience and the start of every action URL. */
  audience: string;
  userAudience: string;
  serviceAccount: string;
  jwksUrl: string;
  linkSecret?: string;
}

/** Google's public keys for its ID tokens. */
export const GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";

export interface Config {
  entry: Entry;
  dataDir: string;
  port: number;
  host: string;
  /** Port of the https task-pane server `npm start` runs beside the API (local only). */
  addinPort: number;
  auth: AuthConfig;
  store: StoreConfig;
  blob: BlobConfig;
  maxUploadBytes: number;
  /** Exact origins (scheme://host[:port]) allowed by CORS. */
  allowedOrigins: string[];
  accountsFile?: string;
  campaignsFile?: string;
  unitsFile?: string;
  demoCampaign: boolean;
  /** Where the secretariat's sheet is written, and how often. */
  sheets: SheetsConfig;
  sync: { minIntervalMs: number; fullEveryMs: number };
  /** Public origin of the API (no trailing slash). */
  publicUrl: string;
  /** The task pane's open.html: every document link for people goes there, which signs in and then downloads. */
  openUrl: string;
  /** Reminder e-mails: an SMTP relay, or the outbox folder. */
  mail: MailConfig;
  reminders: { outlineUrl?: string; maxAttempts: number; retryBaseMs: number };
  limits: Limits;
  /** Present when GOOGLE_ADDON_AUDIENCE is set: the Google Workspace add-on endpoints answer. */
  gworkspace?: AddonConfig;
  /** Tests and the development preview only: where the add-on's Docs/Drive calls go instead of Google (loopback). */
  googleApiRootUrl?: string;
}

function origins(list: string, problems: string[]): string[] {
  const out: string[] = [];
  for (const raw of list.split(",").map((s) => s.trim()).filter(Boolean)) {
    try {
      const u = new URL(raw);
      if (u.origin !== raw.replace(/\/$/, "")) throw new Error("not an origin");
      out.push(u.origin);
    } catch {
      problems.push(`ALLOWED_ORIGINS: "${raw}" is not an origin like https://localhost:3000`);
    }
  }
  return out;
}

/** 127.0.0.0/8, localhost and [::1] only (WHATWG URL has already normalised "127.1" and friends). */
function isLoopback(u: URL): boolean {
  return u.hostname === "localhost" || u.hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(u.hostname);
}

/** A listen address reachable only from this machine ("0.0.0.0", "::" and named hosts are not). */
export function isLoopbackHost(host: string): boolean {
  try {
    return isLoopback(new URL(`http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}`));
  } catch {
    return false;
  }
}

/** A bare id, or the spreadsheet's address as copied from the browser. */
function spreadsheetId(raw: string, problems: string[]): string {
  const id = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(raw)?.[1] ?? raw.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(id)) problems.push("GOOGLE_SHEETS_SPREADSHEET_ID: not a spreadsheet id or address");
  return id;
}

type Env = z.infer<typeof EnvSchema>;

function sheetCredentials(e: Env, problems: string[]): SheetCredentials | undefined {
  const json = e.GOOGLE_SERVICE_ACCOUNT_JSON;
  const file = e.GOOGLE_SERVICE_ACCOUNT_JSON_FILE;
  if (json && file) problems.push("set GOOGLE_SERVICE_ACCOUNT_JSON or GOOGLE_SERVICE_ACCOUNT_JSON_FILE, not both");
  if (e.SHEETS_TEST_ACCESS_TOKEN && !e.SHEETS_ROOT_URL) {
    problems.push("SHEETS_TEST_ACCESS_TOKEN is only accepted together with a loopback SHEETS_ROOT_URL");
  }
  if (e.SHEETS_ROOT_URL) {
    const root = new URL(e.SHEETS_ROOT_URL);
    if (!isLoopback(root)) problems.push("SHEETS_ROOT_URL must point at this machine (127.0.0.0/8, localhost, [::1])");
    if (!e.SHEETS_TEST_ACCESS_TOKEN) problems.push("SHEETS_ROOT_URL needs SHEETS_TEST_ACCESS_TOKEN");
    if (json || file) problems.push("SHEETS_ROOT_URL is for a local test endpoint: unset the service account settings");
    return { kind: "testToken", rootUrl: `${root.origin}/`, accessToken: e.SHEETS_TEST_ACCESS_TOKEN ?? "" };
  }
  if (json) {
    const { account, problems: found } = parseServiceAccount(json, "GOOGLE_SERVICE_ACCOUNT_JSON");
    problems.push(...found);
    return account ? { kind: "serviceAccount", account } : undefined;
  }
  return file ? { kind: "serviceAccountFile", file: resolve(file) } : undefined;
}

function sheetsConfig(e: Env, dataDir: string, problems: string[]): SheetsConfig {
  const credentials = sheetCredentials(e, problems);
  if (!e.GOOGLE_SHEETS_SPREADSHEET_ID) {
    if (credentials || e.GOOGLE_SHEETS_CAMPAIGN_ID) {
      problems.push("Google settings are set but GOOGLE_SHEETS_SPREADSHEET_ID is not");
    }
    return { target: "xlsx-file", dir: resolve(dataDir, "sheets") };
  }
  const id = spreadsheetId(e.GOOGLE_SHEETS_SPREADSHEET_ID, problems);
  if (!credentials) {
    problems.push("GOOGLE_SHEETS_SPREADSHEET_ID needs GOOGLE_SERVICE_ACCOUNT_JSON or GOOGLE_SERVICE_ACCOUNT_JSON_FILE");
    return { target: "xlsx-file", dir: resolve(dataDir, "sheets") };
  }
  return {
    target: "google-sheets",
    spreadsheetId: id,
    credentials,
    ...(e.GOOGLE_SHEETS_CAMPAIGN_ID ? { campaignId: e.GOOGLE_SHEETS_CAMPAIGN_ID } : {}),
  };
}

/** A local Docs/Drive endpoint for the add-on's Google calls (tests, the development preview): loopback only. */
function googleApiRootUrl(e: Env, problems: string[]): string | undefined {
  if (!e.GOOGLE_API_ROOT_URL) return undefined;
  const root = new URL(e.GOOGLE_API_ROOT_URL);
  if (!isLoopback(root)) problems.push("GOOGLE_API_ROOT_URL must point at this machine (127.0.0.0/8, localhost, [::1])");
  return `${root.origin}/`;
}

function addonConfig(e: Env, problems: string[]): AddonConfig | undefined {
  if (!e.GOOGLE_ADDON_AUDIENCE) {
    if (e.GOOGLE_ADDON_SERVICE_ACCOUNT) problems.push("GOOGLE_ADDON_SERVICE_ACCOUNT needs GOOGLE_ADDON_AUDIENCE");
    return undefined;
  }
  if (!e.GOOGLE_ADDON_SERVICE_ACCOUNT) {
    problems.push("GOOGLE_ADDON_AUDIENCE needs GOOGLE_ADDON_SERVICE_ACCOUNT (gcloud workspace-add-ons get-authorization)");
  }
  const audience = e.GOOGLE_ADDON_AUDIENCE.replace(/\/+$/, "");
  return {
    audience,
    userAudience: e.GOOGLE_ADDON_USER_AUDIENCE ?? audience,
    serviceAccount: e.GOOGLE_ADDON_SERVICE_ACCOUNT ?? "",
    jwksUrl: e.GOOGLE_JWKS_URL ?? GOOGLE_JWKS_URL,
    ...(e.GOOGLE_ADDON_LINK_SECRET ? { linkSecret: e.GOOGLE_ADDON_LINK_SECRET } : {}),
  };
}

function publicUrl(e: Env, host: string, port: number): string {
  if (e.CCHC_PUBLIC_URL) return e.CCHC_PUBLIC_URL.replace(/\/+$/, "");
  if (e.WEBSITE_HOSTNAME) return `https://${e.WEBSITE_HOSTNAME}`;
  const h = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

function limitsOf(e: Env, maxUploadBytes: number): Limits {
  return {
    reader: {
      // Two documents at once: each may take its reader's heap. Those waiting hold only their bodies, which the
      // upload budget already bounds, so the queue bounds waiting time; beyond it, 503.
      concurrency: e.READER_CONCURRENCY ?? 2,
      queue: e.READER_QUEUE ?? 64,
      heapMb: e.READER_HEAP_MB ?? 256,
      timeoutMs: (e.READER_TIMEOUT_SEC ?? 30) * 1000,
      maxParagraphs: e.DOCX_MAX_PARAGRAPHS ?? DEFAULT_TEXT_CAPS.maxParagraphs,
      maxTextChars: e.DOCX_MAX_TEXT_CHARS ?? DEFAULT_TEXT_CAPS.maxTextChars,
    },
    uploadBytesInFlight: Math.max(e.UPLOAD_BYTES_IN_FLIGHT ?? 4 * maxUploadBytes, maxUploadBytes),
    bodyTimeoutMs: (e.BODY_TIMEOUT_SEC ?? 30) * 1000,
    validatePerMinute: e.VALIDATE_PER_MINUTE ?? 30,
    rejectedPerMinute: e.REJECTED_PER_MINUTE ?? 20,
    orphanGraceMs: (e.ORPHAN_GRACE_SEC ?? 3600) * 1000,
  };
}

/**
 * Throws CodedError("config.invalid") whose message lists every problem, one per line. `entry` "azure" refuses
 * development sign-in outright: the Azure plans do not all set WEBSITE_INSTANCE_ID, so it is not a test of "in Azure".
 */
export function parseConfig(env: Record<string, string | undefined>, entry: Entry = "local"): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new CodedError("config.invalid", lines.join("\n"));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const dataDir = resolve(e.CCHC_DATA_DIR ?? "./.data");
  const clockToleranceSec = e.AUTH_CLOCK_TOLERANCE_SEC ?? 30;

  let auth: AuthConfig;
  const host = e.API_HOST ?? "127.0.0.1";
  if (e.CCHC_DEV_AUTH && (entry === "azure" || e.WEBSITE_INSTANCE_ID)) {
    problems.push("CCHC_DEV_AUTH=1 is refused by the Azure entry: anyone could mint tokens");
  } else if (e.CCHC_DEV_AUTH && !isLoopbackHost(host)) {
    problems.push(
      `CCHC_DEV_AUTH=1 is refused on API_HOST=${host}: development sign-in lets anyone who reaches the port ` +
        "mint tokens, so it runs on loopback only (API_HOST=127.0.0.1), or set CCHC_DEV_AUTH=0 with Entra sign-in " +
        "(AUTH_ISSUER …)",
    );
  }
  if (e.CCHC_DEV_AUTH) {
    auth = { mode: "dev", requiredScope: e.AUTH_REQUIRED_SCOPE ?? DEV_SCOPE, clockToleranceSec };
  } else {
    for (const k of ["AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWKS_URI"] as const) {
      if (!e[k]) problems.push(`${k} is required unless CCHC_DEV_AUTH=1`);
    }
    auth = {
      mode: "jwks",
      issuer: e.AUTH_ISSUER ?? "",
      audience: e.AUTH_AUDIENCE ?? "",
      jwksUri: e.AUTH_JWKS_URI ?? "",
      ...(e.AUTH_REQUIRED_SCOPE ? { requiredScope: e.AUTH_REQUIRED_SCOPE } : {}),
      clockToleranceSec,
    };
  }

  const store: StoreConfig = e.COSMOS_ENDPOINT
    ? {
        kind: "cosmos",
        endpoint: e.COSMOS_ENDPOINT,
        ...(e.COSMOS_KEY ? { key: e.COSMOS_KEY } : {}),
        database: e.COSMOS_DATABASE ?? "cchc",
      }
    : { kind: "sqlite", file: resolve(dataDir, "cchc.sqlite") };

  if (e.AZURE_STORAGE_CONNECTION_STRING && e.AZURE_STORAGE_ACCOUNT_URL) {
    problems.push("set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL, not both");
  }
  const container = e.BLOB_CONTAINER ?? "cchc-documents";
  const blob: BlobConfig = e.AZURE_STORAGE_CONNECTION_STRING
    ? { kind: "azure-blob", connectionString: e.AZURE_STORAGE_CONNECTION_STRING, container }
    : e.AZURE_STORAGE_ACCOUNT_URL
      ? { kind: "azure-blob", accountUrl: e.AZURE_STORAGE_ACCOUNT_URL, container }
      : { kind: "disk", dir: resolve(dataDir, "documents") };

  const addinPort = e.ADDIN_PORT ?? 3000;
  // Default: the origin `npm start` serves the pane from, so a moved ADDIN_PORT keeps the pane able to call the API.
  const allowedOrigins = origins(e.ALLOWED_ORIGINS ?? `https://localhost:${addinPort}`, problems);
  const sheets = sheetsConfig(e, dataDir, problems);
  const gworkspace = addonConfig(e, problems);
  const googleApi = googleApiRootUrl(e, problems);
  if (problems.length) throw new CodedError("config.invalid", problems.join("\n"));

  const port = e.API_PORT ?? 7071;
  const maxUploadBytes = e.MAX_UPLOAD_BYTES ?? 25 * MiB;
  return {
    entry,
    dataDir,
    port,
    host,
    addinPort,
    auth,
    store,
    blob,
    maxUploadBytes,
    allowedOrigins,
    ...(e.CCHC_ACCOUNTS_FILE ? { accountsFile: resolve(e.CCHC_ACCOUNTS_FILE) } : {}),
    ...(e.CCHC_CAMPAIGNS_FILE ? { campaignsFile: resolve(e.CCHC_CAMPAIGNS_FILE) } : {}),
    ...(e.CCHC_UNITS_FILE ? { unitsFile: resolve(e.CCHC_UNITS_FILE) } : {}),
    demoCampaign: e.CCHC_DEMO_CAMPAIGN,
    sheets,
    sync: {
      minIntervalMs: (e.SHEET_SYNC_MIN_INTERVAL_SEC ?? 5) * 1000,
      fullEveryMs: (e.SHEET_SYNC_FULL_EVERY_SEC ?? 300) * 1000,
    },
    publicUrl: publicUrl(e, host, port),
    // The pane's origin is the first allowed origin unless the page is published elsewhere.
    openUrl: e.CCHC_OPEN_URL ?? `${allowedOrigins[0] ?? "https://localhost:3000"}/open.html`,
    mail: e.SMTP_URL
      ? { kind: "smtp", url: e.SMTP_URL, from: e.MAIL_FROM ?? DEFAULT_MAIL_FROM }
      : { kind: "outbox", dir: resolve(dataDir, "outbox"), from: e.MAIL_FROM ?? DEFAULT_MAIL_FROM },
    reminders: {
      ...(e.REMINDER_OUTLINE_URL ? { outlineUrl: e.REMINDER_OUTLINE_URL } : {}),
      maxAttempts: e.REMINDER_MAX_ATTEMPTS ?? 5,
      retryBaseMs: (e.REMINDER_RETRY_BASE_SEC ?? 60) * 1000,
    },
    limits: limitsOf(e, maxUploadBytes),
    ...(gworkspace ? { gworkspace } : {}),
    ...(googleApi ? { googleApiRootUrl: googleApi } : {}),
  };
}

/** `defaults` apply where the environment leaves a setting unset (npm start turns on dev sign-in this way). */
export function loadConfig(defaults: Record<string, string> = {}, entry: Entry = "local"): Config {
  return parseConfig({ ...defaults, ...process.env }, entry);
}
