/**
 * The Google Sheets adapter: the real @googleapis/sheets client. Per reconcile: at most one read of the layout
 * (cached for a few minutes), a setup batchUpdate only when a tab, freeze, colour or protection is missing, then
 * exactly one content write. Calls run one at a time, so two campaigns never race to add tabs.
 */
import { sheets as sheetsApi, type sheets_v4 } from "@googleapis/sheets";
import type { OAuth2Client } from "google-auth-library";
import { NATIVE_FETCH } from "./google-auth";
import { CodedError } from "../../shared/errors/codes";
import { tabList, type ReconcileReport, type SheetSink, type SheetTab, type SheetTabs } from "./port";
import { DEFAULT_RETRY, parseRetryAfter, withRetry, type RetryPolicy, type Verdict } from "./retry";
import { LAYOUT_FIELDS, planSetup, SpreadsheetSnapshotSchema, type TabGrid } from "./sheets-layout";
import { contentWrite } from "./sheets-write";

export interface GoogleSheetsOptions {
  spreadsheetId: string;
  /** A service-account JWT, or a fixed token for a local test endpoint (google-auth.ts). */
  auth: OAuth2Client;
  /** Only for a local test endpoint (config.ts refuses anything but loopback). */
  rootUrl?: string;
  /** The campaign whose tabs carry the plain names; other campaigns' tabs get " (campaignId)" appended. */
  mainCampaignId: string;
  now: () => Date;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** How long the layout read stays trusted; a write refused as malformed re-reads it at once. Default 5 min. */
  layoutTtlMs?: number;
  log?: (message: string) => void;
}

const REQUEST_TIMEOUT_MS = 30_000;

export interface HttpFailure {
  status?: number;
  retryAfter?: string | null;
  /** gaxios sets `config` on everything it throws: network failures included, our own bugs excluded. */
  fromClient: boolean;
  /** Refused by Google's token endpoint (a wrong or revoked service-account key), not by Sheets. */
  signIn: boolean;
}

export function failureOf(err: unknown): HttpFailure {
  if (typeof err !== "object" || err === null) return { fromClient: false, signIn: false };
  const e = err as {
    status?: unknown;
    config?: { url?: unknown };
    response?: { headers?: { get?: (k: string) => string | null } };
  };
  return {
    ...(typeof e.status === "number" ? { status: e.status } : {}),
    retryAfter: e.response?.headers?.get?.("retry-after") ?? null,
    fromClient: e.config !== undefined,
    signIn: /oauth2\.googleapis\.com|\/token\b/.test(String(e.config?.url ?? "")),
  };
}

export const retryable = (f: HttpFailure) => f.fromClient && (f.status === undefined || f.status === 429 || f.status >= 500);

/** The messages along an error's cause chain: "Unexpected Gaxios Error: fetch failed: getaddrinfo ENOTFOUND …". */
export function messages(err: unknown): string {
  const out: string[] = [];
  for (let e = err, depth = 0; e !== undefined && e !== null && depth < 4; depth++) {
    out.push(e instanceof Error ? e.message : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return out.join(": ");
}

/** Google's answer as a stable code; the message Google gave goes into the detail for the operator. */
function codedFailure(err: unknown): unknown {
  const f = failureOf(err);
  if (!f.fromClient) return err;
  const detail = `${f.status !== undefined ? `HTTP ${f.status}: ` : ""}${messages(err)}`;
  if (retryable(f)) return new CodedError("sheets.unavailable", detail);
  if (f.signIn || f.status === 401 || f.status === 403) return new CodedError("sheets.denied", detail);
  if (f.status === 404) return new CodedError("sheets.notFound", detail);
  return new CodedError("sheets.rejected", detail);
}

export function openGoogleSheetsSink(opts: GoogleSheetsOptions): SheetSink {
  const api = sheetsApi({
    version: "v4",
    auth: opts.auth,
    ...(opts.rootUrl ? { rootUrl: opts.rootUrl } : {}),
    // One retry policy, ours (with Retry-After and a budget); gaxios would otherwise retry GETs on its own.
    retry: false,
    timeout: REQUEST_TIMEOUT_MS,
    ...NATIVE_FETCH,
  });
  const { spreadsheetId } = opts;
  const ttl = opts.layoutTtlMs ?? 5 * 60_000;
  const log = opts.log ?? ((m: string) => console.warn(m));
  let layout: { grids: Map<string, TabGrid>; readAt: number } | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  function judge(err: unknown): Verdict {
    const f = failureOf(err);
    if (!retryable(f)) return { retry: false };
    const retryAfterMs = parseRetryAfter(f.retryAfter, opts.now().getTime());
    return retryAfterMs === undefined ? { retry: true } : { retry: true, retryAfterMs };
  }

  async function call<T>(what: string, fn: () => Promise<T>): Promise<{ value: T; attempts: number }> {
    try {
      const { value, retries } = await withRetry(fn, {
        policy: opts.retry ?? DEFAULT_RETRY,
        sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        random: opts.random ?? Math.random,
        judge,
        onRetry: (attempt, delay, err) => log(`sheets ${what}: attempt ${attempt} failed (${messages(err)}), retrying in ${delay} ms`),
      });
      return { value, attempts: retries + 1 };
    } catch (err) {
      throw codedFailure(err);
    }
  }

  function titled(campaignId: string, tab: SheetTab): SheetTab {
    return campaignId === opts.mainCampaignId ? tab : { ...tab, title: `${tab.title} (${campaignId})` };
  }

  async function ensureLayout(tabs: SheetTab[], report: ReconcileReport): Promise<Map<string, TabGrid>> {
    const nowMs = opts.now().getTime();
    if (layout && nowMs - layout.readAt < ttl && tabs.every((t) => layout?.grids.has(t.title))) return layout.grids;
    const { value: res } = await call("get", () => api.spreadsheets.get({ spreadsheetId, fields: LAYOUT_FIELDS }));
    const snapshot = SpreadsheetSnapshotSchema.safeParse(res.data);
    if (!snapshot.success) throw new CodedError("sheets.rejected", `unexpected spreadsheets.get answer: ${snapshot.error.message}`);
    const plan = planSetup(snapshot.data, tabs);
    if (plan.requests.length) {
      const body: sheets_v4.Schema$BatchUpdateSpreadsheetRequest = { requests: plan.requests };
      const { attempts } = await call("setup", () => api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: body }));
      report.setupRequests += attempts;
      log(`sheets: set up ${plan.requests.length} missing item(s) on ${tabs.map((t) => t.title).join(", ")}`);
    }
    layout = { grids: new Map([...(layout?.grids ?? []), ...plan.grids]), readAt: nowMs };
    return layout.grids;
  }

  async function write(tabs: SheetTab[], report: ReconcileReport): Promise<void> {
    const { body, grids } = contentWrite(tabs, await ensureLayout(tabs, report));
    report.bytes = Buffer.byteLength(JSON.stringify(body));
    const { attempts } = await call("write", () => api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: body }));
    report.writeRequests += attempts;
    if (layout) layout.grids = new Map([...layout.grids, ...grids]);
  }

  async function reconcile(campaignId: string, tabs: SheetTabs): Promise<ReconcileReport> {
    const list = tabList(tabs).map((t) => titled(campaignId, t));
    const report: ReconcileReport = { target: "google-sheets", writeRequests: 0, setupRequests: 0, bytes: 0 };
    try {
      await write(list, report);
    } catch (err) {
      // A refused write usually means the layout changed under us (a tab deleted, the grid shrunk by hand):
      // read it again, repair, and write once more.
      if (!(err instanceof CodedError && err.code === "sheets.rejected")) throw err;
      log(`sheets: write refused (${err.message}); reading the layout again`);
      layout = undefined;
      await write(list, report);
    }
    return report;
  }

  return {
    target: "google-sheets",
    reconcile(campaignId, tabs) {
      const run = chain.then(() => reconcile(campaignId, tabs));
      chain = run.catch(() => undefined);
      return run;
    },
  };
}
