/**
 * The one composition root: from a parsed Config to the Deps every handler receives. It alone picks SQLite or
 * Cosmos, disk or Azure Blob, development or Entra sign-in, and loads campaigns, units and the account registry.
 * Tests pass overrides (a clock, a store wrapper for fault injection) — the real adapters are still the ones used.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { createRemoteJWKSet } from "jose";
import { version } from "../package.json";
import { loadCatalog, unitsFilesOf, type CatalogInput } from "../shared/campaign/catalog";
import { DEFAULT_CAMPAIGN_ID } from "../shared/campaign/registry";
import { toCalendarDate } from "../shared/dates/calendar";
import { CodedError } from "../shared/errors/codes";
import { AccountsFileSchema, accountDirectory, EMPTY_DIRECTORY, type AccountDirectory } from "./auth/accounts";
import { openDevIssuer, type DevIssuer } from "./auth/dev-issuer";
import { createVerifier, type Verifier } from "./auth/verify";
import type { CampaignCatalog, Deps } from "./app/deps";
import { createStatusCache, invalidatingStatus } from "./app/status-cache";
import type { DocumentBlobStore } from "./blob/port";
import type { Config } from "./config";
import type { SubmissionStore } from "./store/port";
import { openDiskBlobStore } from "./blob/disk";
import { sweepOrphans } from "./blob/sweep";
import { createDocumentReader } from "./reader/pool";
import { createByteBudget } from "./limits/byte-budget";
import { createRateLimiter } from "./limits/rate-limit";
import { openSqliteStore } from "./store/sqlite/store";
import type { SheetSink } from "./sync/port";
import { dueInstants, reconcileCampaign } from "./sync/reconcile";
import type { RetryPolicy } from "./sync/retry";
import type { Timers } from "./sync/gate";
import { createSheetSync } from "./sync/scheduler";
import { parseServiceAccount, type ServiceAccount } from "./sync/service-account";
import { openXlsxFileSink } from "./sync/xlsx-file";
import type { Mailer } from "./mail/port";
import { openOutboxMailer } from "./mail/outbox";
import { openSmtpMailer } from "./mail/smtp";
import { DEFAULT_DELIVERY, type DeliverySettings } from "./reminders/deliver";
import { createReminderService } from "./reminders/service";
import type { AddonDeps } from "./gworkspace/trigger";

export interface ComposeOverrides {
  now?: () => Date;
  /** Wraps the real store (fault injection in tests, instrumentation). */
  wrapStore?: (store: SubmissionStore) => SubmissionStore;
  wrapBlobs?: (blobs: DocumentBlobStore) => DocumentBlobStore;
  /** Sheet sync: timers and the retry's sleep/random for tests, where a 5 s window must not take 5 s. */
  sync?: {
    timers?: Timers;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
    retry?: RetryPolicy;
    log?: (message: string) => void;
  };
  /** Reminders: the delivery settings (a test's short backoff) and timers of the local loop. */
  reminders?: { settings?: Partial<DeliverySettings>; timers?: Timers; log?: (message: string) => void };
  /** Google Docs/Drive calls of the add-on: the retry's sleep/random for tests. */
  gworkspace?: { sleep?: (ms: number) => Promise<void>; random?: () => number; retry?: RetryPolicy; log?: (message: string) => void };
}

export interface Composed {
  deps: Deps;
  close(): Promise<void>;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new CodedError("config.invalid", `${what} ${path}: ${String(err)}`);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CodedError("config.invalid", `${what}: ${String(err)}`);
  }
}

/**
 * Reads the files the settings name (campaigns file, the units files it names relative to itself, CCHC_UNITS_FILE
 * for the default campaign) and hands them to the one shared loader.
 */
async function openCatalog(config: Config, today: Date): Promise<CampaignCatalog> {
  const input: CatalogInput = {
    ...(config.demoCampaign ? { demoToday: toCalendarDate(today.toISOString()) } : {}),
    ...(config.unitsFile
      ? { unitsCsv: [{ campaignId: DEFAULT_CAMPAIGN_ID, source: "CCHC_UNITS_FILE", text: await readText(config.unitsFile, "CCHC_UNITS_FILE") }] }
      : {}),
  };
  if (config.campaignsFile) {
    const data = parseJson(await readText(config.campaignsFile, "CCHC_CAMPAIGNS_FILE"), "CCHC_CAMPAIGNS_FILE");
    const dir = dirname(config.campaignsFile);
    const unitsFiles = new Map<string, string>();
    for (const name of unitsFilesOf(data)) unitsFiles.set(name, await readText(resolve(dir, name), "CCHC_CAMPAIGNS_FILE unitsFile"));
    input.campaignsFile = { source: "CCHC_CAMPAIGNS_FILE", data };
    input.unitsFiles = unitsFiles;
  }
  const result = loadCatalog(input);
  if (!result.ok) throw new CodedError("config.invalid", result.problems.map((p) => p.messageEn).join("\n"));
  return result.catalog;
}

async function loadAccounts(config: Config, campaigns: CampaignCatalog): Promise<AccountDirectory> {
  if (!config.accountsFile) return EMPTY_DIRECTORY;
  const parsed = AccountsFileSchema.safeParse(JSON.parse(await readText(config.accountsFile, "CCHC_ACCOUNTS_FILE")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new CodedError("config.invalid", `CCHC_ACCOUNTS_FILE:\n${lines.join("\n")}`);
  }
  const directory = accountDirectory(parsed.data);
  const unknown = directory.unitIds().filter((id) => campaigns.campaignsOf(id).length === 0);
  if (unknown.length) throw new CodedError("config.invalid", `CCHC_ACCOUNTS_FILE: unknown units ${unknown.join(", ")}`);
  return directory;
}

// The Azure SDKs take about a second each to load: imported only when configured (cold starts, npm start).
async function openStore(config: Config): Promise<SubmissionStore> {
  const s = config.store;
  if (s.kind === "sqlite") return openSqliteStore({ file: s.file });
  const { openCosmosStore } = await import("./store/cosmos/store");
  return openCosmosStore({ endpoint: s.endpoint, databaseId: s.database, ...(s.key ? { key: s.key } : {}) });
}

async function openBlobs(config: Config): Promise<DocumentBlobStore> {
  const b = config.blob;
  if (b.kind === "disk") return openDiskBlobStore({ dir: b.dir });
  const { openAzureBlobStore } = await import("./blob/azure-blob");
  if ("connectionString" in b) return openAzureBlobStore(b);
  const { DefaultAzureCredential } = await import("@azure/identity");
  return openAzureBlobStore({ ...b, credential: new DefaultAzureCredential() });
}

async function loadServiceAccount(file: string): Promise<ServiceAccount> {
  const { account, problems } = parseServiceAccount(await readText(file, "GOOGLE_SERVICE_ACCOUNT_JSON_FILE"), file);
  if (!account) throw new CodedError("config.invalid", `GOOGLE_SERVICE_ACCOUNT_JSON_FILE:\n${problems.join("\n")}`);
  return account;
}

/** The campaign whose tabs keep the plain names: the one configured, else the first real (non-demo) campaign. */
function mainCampaign(config: Config, campaigns: CampaignCatalog): string {
  const s = config.sheets;
  const wanted = s.target === "google-sheets" ? s.campaignId : undefined;
  if (wanted && !campaigns.get(wanted)) throw new CodedError("config.invalid", `GOOGLE_SHEETS_CAMPAIGN_ID: unknown campaign ${wanted}`);
  const list = campaigns.list();
  return wanted ?? (list.find((c) => !c.demo) ?? list[0])?.id ?? "";
}

// The Google client loads in about 0.1 s and is only needed when a spreadsheet is configured.
async function openSheetSink(
  config: Config,
  campaigns: CampaignCatalog,
  now: () => Date,
  o: NonNullable<ComposeOverrides["sync"]>,
): Promise<SheetSink> {
  const s = config.sheets;
  if (s.target === "xlsx-file") return openXlsxFileSink({ dir: s.dir });
  const mainCampaignId = mainCampaign(config, campaigns);
  const [{ openGoogleSheetsSink }, { serviceAccountAuth, staticTokenAuth }] = await Promise.all([
    import("./sync/google-sheets"),
    import("./sync/google-auth"),
  ]);
  const c = s.credentials;
  const auth =
    c.kind === "testToken"
      ? staticTokenAuth(c.accessToken)
      : serviceAccountAuth(c.kind === "serviceAccount" ? c.account : await loadServiceAccount(c.file));
  return openGoogleSheetsSink({
    spreadsheetId: s.spreadsheetId,
    auth,
    ...(c.kind === "testToken" ? { rootUrl: c.rootUrl } : {}),
    mainCampaignId,
    now,
    ...o,
  });
}

async function signIn(
  config: Config,
  accounts: AccountDirectory,
  now: () => Date,
): Promise<{ verify: Verifier; devIssuer?: DevIssuer }> {
  const a = config.auth;
  // parseConfig already refuses this; the Azure entry must not trust the development issuer whatever it is handed.
  if (a.mode === "dev" && config.entry === "azure") {
    throw new CodedError("config.invalid", "development sign-in is never served by the Azure entry");
  }
  if (a.mode === "jwks") {
    const keys = createRemoteJWKSet(new URL(a.jwksUri));
    return { verify: createVerifier({ ...a, keys, accounts, now }) };
  }
  const devIssuer = await openDevIssuer({ dataDir: config.dataDir, scope: a.requiredScope });
  const verify = createVerifier({
    issuer: devIssuer.issuer,
    audience: devIssuer.audience,
    keys: devIssuer.keys,
    requiredScope: a.requiredScope,
    clockToleranceSec: a.clockToleranceSec,
    accounts,
    now,
  });
  return { verify, devIssuer };
}

function openMailer(config: Config, now: () => Date): Mailer {
  const m = config.mail;
  return m.kind === "smtp" ? openSmtpMailer({ url: m.url, from: m.from }) : openOutboxMailer({ dir: m.dir, from: m.from, now });
}

/**
 * The Google Workspace add-on: with GOOGLE_ADDON_AUDIENCE its endpoints verify Google's tokens; with development
 * sign-in alone only the preview uses it (no tokens, links to this host). Its Google clients load on first use.
 */
async function openAddon(
  config: Config,
  accounts: AccountDirectory,
  now: () => Date,
  devAuth: boolean,
  o: NonNullable<ComposeOverrides["gworkspace"]>,
): Promise<AddonDeps | undefined> {
  const g = config.gworkspace;
  if (!g && !devAuth) return undefined;
  const [{ userDocs }, { googleTokens }, { linkSigner }] = await Promise.all([
    import("./gworkspace/google-apis"),
    import("./gworkspace/verify"),
    import("./gworkspace/links"),
  ]);
  const docs = (token: string) =>
    userDocs(token, { ...(config.googleApiRootUrl ? { rootUrl: config.googleApiRootUrl } : {}), now, log: (m) => console.warn(m), ...o });
  if (!g) return { baseUrl: config.publicUrl, accounts, docs, links: linkSigner(config.publicUrl, undefined, now) };
  const tokens = googleTokens({
    keys: createRemoteJWKSet(new URL(g.jwksUrl)),
    audience: g.audience,
    userAudience: g.userAudience,
    serviceAccount: g.serviceAccount,
    clockToleranceSec: config.auth.clockToleranceSec,
    now,
  });
  return { tokens, baseUrl: g.audience, accounts, docs, links: linkSigner(g.audience, g.linkSecret, now) };
}

export async function compose(config: Config, overrides: ComposeOverrides = {}): Promise<Composed> {
  const now = overrides.now ?? (() => new Date());
  const campaigns = await openCatalog(config, now());
  const accounts = await loadAccounts(config, campaigns);
  const auth = await signIn(config, accounts, now);
  const gworkspace = await openAddon(config, accounts, now, auth.devIssuer !== undefined, overrides.gworkspace ?? {});
  const sink = await openSheetSink(config, campaigns, now, overrides.sync ?? {});
  const store = await openStore(config);
  let blobs: DocumentBlobStore;
  try {
    blobs = await openBlobs(config);
  } catch (err) {
    await store.close();
    throw err;
  }
  if (config.blob.kind === "disk" && store.referencedDocuments) {
    // kill -9 between the document and its record leaves files nothing counts; sweep the old ones before serving.
    const referenced = await store.referencedDocuments();
    const graceMs = config.limits.orphanGraceMs;
    const swept = await sweepOrphans({ dir: config.blob.dir, referenced, graceMs, now: now() });
    if (swept.length) console.log(`documents: removed ${swept.length} orphan file(s) older than the grace period`);
  }
  const dueByCampaign = new Map(campaigns.list().map((c) => [c.id, dueInstants(c, campaigns.unitsFor(c.id).list())]));
  const statusCache = createStatusCache({ now, dueInstants: (id) => dueByCampaign.get(id) ?? [] });
  const usedStore = invalidatingStatus(overrides.wrapStore ? overrides.wrapStore(store) : store, statusCache);
  const usedBlobs = overrides.wrapBlobs ? overrides.wrapBlobs(blobs) : blobs;
  const sync = createSheetSync({
    target: sink.target,
    marks: usedStore,
    campaigns: [...dueByCampaign].map(([id, dueAtMs]) => ({ id, dueAtMs })),
    reconcile: (id) =>
      reconcileCampaign(
        { store: usedStore, blobs: usedBlobs, campaigns, sink, now, publicUrl: config.publicUrl, openUrl: config.openUrl },
        id,
      ),
    now,
    settings: config.sync,
    ...(overrides.sync?.timers ? { timers: overrides.sync.timers } : {}),
    ...(overrides.sync?.log ? { log: overrides.sync.log } : {}),
  });
  const mailer = openMailer(config, now);
  const r = overrides.reminders ?? {};
  const reminders = createReminderService({
    store: usedStore,
    mailer,
    campaigns,
    unitsFor: (id) => campaigns.unitsFor(id),
    now,
    settings: {
      ...DEFAULT_DELIVERY,
      maxAttempts: config.reminders.maxAttempts,
      retryBaseMs: config.reminders.retryBaseMs,
      ...(config.reminders.outlineUrl ? { outlineUrl: config.reminders.outlineUrl } : {}),
      ...r.settings,
    },
    // "Nhắc lần cuối" in the sheet follows through the same durable mark a submission leaves.
    onSent: async (campaignId) => {
      await usedStore.markDirty(campaignId, now().toISOString());
      sync.notify(campaignId);
    },
    ...(r.timers ? { timers: r.timers } : {}),
    ...(r.log ? { log: r.log } : {}),
  });
  const l = config.limits;
  const reader = createDocumentReader(l.reader);
  if (reader.mode === "in-process") {
    // Still bounded (slots, queue, text caps) but without the worker's heap limit: say so where operators look.
    console.warn("documents: reader-thread.js not found next to the compiled functions; reading in-process");
  }
  const deps: Deps = {
    store: usedStore,
    blobs: usedBlobs,
    ...auth,
    campaigns,
    now,
    maxUploadBytes: config.maxUploadBytes,
    allowedOrigins: config.allowedOrigins,
    version,
    sync,
    openUrl: config.openUrl,
    reminders,
    reader,
    statusCache,
    limits: {
      uploads: createByteBudget(l.uploadBytesInFlight),
      validate: createRateLimiter(l.validatePerMinute, now),
      rejections: createRateLimiter(l.rejectedPerMinute, now),
      bodyTimeoutMs: l.bodyTimeoutMs,
    },
    ...(gworkspace ? { gworkspace } : {}),
  };
  return {
    deps,
    close: async () => {
      // In-flight reconciles finish (and clear their marks) before the store goes away.
      await Promise.all([sync.stop(), reminders.stop()]);
      await reader.close();
      await Promise.allSettled([store.close(), blobs.close(), mailer.close()]);
    },
  };
}
