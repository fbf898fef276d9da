/**
 * The one composition root: from a parsed Config to the Deps every handler receives. It alone picks SQLite or
 * Cosmos, disk or Azure Blob, development or Entra sign-in, and loads campaigns, units and the account registry.
 * Tests pass overrides (a clock, a store wrapper for fault injection) — the real adapters are still the ones used.
 */
import { readFile } from "node:fs/promises";
import { createRemoteJWKSet } from "jose";
import { version } from "../package.json";
import { HA_TINH_2024 } from "../shared/campaign/ha-tinh-2024";
import { makeDemoCampaign } from "../shared/campaign/demo";
import { listCampaigns, loadCampaigns } from "../shared/campaign/registry";
import { toCalendarDate } from "../shared/dates/calendar";
import { CodedError } from "../shared/errors/codes";
import { HA_TINH_2024_UNITS } from "../shared/units/ha-tinh-2024";
import { parseUnitsCsv } from "../shared/units/csv";
import { createUnitRegistry, mergeUnits, type UnitRegistry } from "../shared/units/registry";
import { AccountsFileSchema, accountDirectory, EMPTY_DIRECTORY, type AccountDirectory } from "./auth/accounts";
import { openDevIssuer, type DevIssuer } from "./auth/dev-issuer";
import { createVerifier, type Verifier } from "./auth/verify";
import type { CampaignCatalog, Deps } from "./app/deps";
import type { DocumentBlobStore } from "./blob/port";
import type { Config } from "./config";
import type { SubmissionStore } from "./store/port";
import { openDiskBlobStore } from "./blob/disk";
import { openSqliteStore } from "./store/sqlite";
import type { SheetSink } from "./sync/port";
import { dueInstants, reconcileCampaign } from "./sync/reconcile";
import type { RetryPolicy } from "./sync/retry";
import type { Timers } from "./sync/gate";
import { createSheetSync } from "./sync/scheduler";
import { parseServiceAccount, type ServiceAccount } from "./sync/service-account";
import { openXlsxFileSink } from "./sync/xlsx-file";
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

async function loadUnits(config: Config): Promise<UnitRegistry> {
  if (!config.unitsFile) return createUnitRegistry(HA_TINH_2024_UNITS);
  const { units, errors } = parseUnitsCsv(await readText(config.unitsFile, "CCHC_UNITS_FILE"));
  if (errors.length) {
    throw new CodedError("config.invalid", `CCHC_UNITS_FILE:\n${errors.map((e) => e.messageEn).join("\n")}`);
  }
  return createUnitRegistry(mergeUnits(HA_TINH_2024_UNITS, units));
}

async function loadCatalog(config: Config, today: Date): Promise<CampaignCatalog> {
  const extra: unknown[] = config.campaignsFile
    ? [JSON.parse(await readText(config.campaignsFile, "CCHC_CAMPAIGNS_FILE")) as unknown].flat()
    : [];
  // The demo copies Hà Tĩnh 2024 with deadlines just ahead of the day the host starts (see README).
  const demo = config.demoCampaign ? [makeDemoCampaign(HA_TINH_2024, toCalendarDate(today.toISOString()))] : [];
  const byId = loadCampaigns([...listCampaigns(), ...extra, ...demo]);
  const list = [...byId.values()];
  return { list: () => list, get: (id) => byId.get(id) };
}

async function loadAccounts(config: Config, units: UnitRegistry): Promise<AccountDirectory> {
  if (!config.accountsFile) return EMPTY_DIRECTORY;
  const parsed = AccountsFileSchema.safeParse(JSON.parse(await readText(config.accountsFile, "CCHC_ACCOUNTS_FILE")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new CodedError("config.invalid", `CCHC_ACCOUNTS_FILE:\n${lines.join("\n")}`);
  }
  const directory = accountDirectory(parsed.data);
  const unknown = directory.unitIds().filter((id) => !units.get(id));
  if (unknown.length) throw new CodedError("config.invalid", `CCHC_ACCOUNTS_FILE: unknown units ${unknown.join(", ")}`);
  return directory;
}

// The Azure SDKs take about a second each to load: imported only when configured (cold starts, npm start).
async function openStore(config: Config): Promise<SubmissionStore> {
  const s = config.store;
  if (s.kind === "sqlite") return openSqliteStore({ file: s.file });
  const { openCosmosStore } = await import("./store/cosmos");
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
  const [{ userDocs }, { googleTokens }] = await Promise.all([import("./gworkspace/google-apis"), import("./gworkspace/verify")]);
  const docs = (token: string) =>
    userDocs(token, { ...(g?.apiRootUrl ? { rootUrl: g.apiRootUrl } : {}), now, log: (m) => console.warn(m), ...o });
  if (!g) return { baseUrl: config.publicUrl, accounts, docs };
  const tokens = googleTokens({
    keys: createRemoteJWKSet(new URL(g.jwksUrl)),
    audience: g.audience,
    userAudience: g.userAudience,
    serviceAccount: g.serviceAccount,
    clockToleranceSec: config.auth.clockToleranceSec,
    now,
  });
  return { tokens, baseUrl: g.audience, accounts, docs };
}

export async function compose(config: Config, overrides: ComposeOverrides = {}): Promise<Composed> {
  const now = overrides.now ?? (() => new Date());
  const units = await loadUnits(config);
  const campaigns = await loadCatalog(config, now());
  const accounts = await loadAccounts(config, units);
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
  const usedStore = overrides.wrapStore ? overrides.wrapStore(store) : store;
  const sync = createSheetSync({
    target: sink.target,
    marks: usedStore,
    campaigns: campaigns.list().map((c) => ({ id: c.id, dueAtMs: dueInstants(c, units.list()) })),
    reconcile: (id) => reconcileCampaign({ store: usedStore, campaigns, units, sink, now, publicUrl: config.publicUrl }, id),
    now,
    settings: config.sync,
    ...(overrides.sync?.timers ? { timers: overrides.sync.timers } : {}),
    ...(overrides.sync?.log ? { log: overrides.sync.log } : {}),
  });
  const deps: Deps = {
    store: usedStore,
    blobs: overrides.wrapBlobs ? overrides.wrapBlobs(blobs) : blobs,
    ...auth,
    campaigns,
    units,
    now,
    maxUploadBytes: config.maxUploadBytes,
    allowedOrigins: config.allowedOrigins,
    version,
    sync,
    ...(gworkspace ? { gworkspace } : {}),
  };
  return {
    deps,
    close: async () => {
      // In-flight reconciles finish (and clear their marks) before the store goes away.
      await sync.stop();
      await Promise.allSettled([store.close(), blobs.close()]);
    },
  };
}
