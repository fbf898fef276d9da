/**
 * A small local Google Sheets v4 endpoint (node:http on 127.0.0.1) for tests driving the REAL @googleapis/sheets
 * client through SHEETS_ROOT_URL: spreadsheets.get, spreadsheets.batchUpdate and spreadsheets.values.batchUpdate
 * on one spreadsheet. It checks the Bearer token, records every request, and answers 429/500 (with Retry-After)
 * on demand. What it holds: see sheets-state.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { applyRequests, applyValues, cloneSheets, newSheet, SheetsApiError, snapshotOf, type FakeSheet, type Value } from "./sheets-state";

export type RequestKind = "get" | "batchUpdate" | "values.batchUpdate" | "other";

export interface RecordedRequest {
  kind: RequestKind;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  body: unknown;
  bytes: number;
}

export interface InjectedFailure {
  status: number;
  retryAfter?: string;
  /** Only requests of this kind fail; default: any. */
  kind?: RequestKind;
}

export interface SheetsEndpoint {
  /** For SHEETS_ROOT_URL. */
  rootUrl: string;
  spreadsheetId: string;
  token: string;
  requests: RecordedRequest[];
  /** Requests that change the spreadsheet (POST), failed ones included. */
  writes(): RecordedRequest[];
  /** The next `count` matching requests are answered with this failure. */
  fail(count: number, failure: InjectedFailure): void;
  /** The tab's values, trailing empty cells and rows dropped; undefined when there is no such tab. */
  values(title: string): (Value | "")[][] | undefined;
  sheet(title: string): FakeSheet | undefined;
  titles(): string[];
  /** What a person might do by hand. */
  mutate(fn: (sheets: FakeSheet[]) => void): void;
  close(): Promise<void>;
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE",
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers });
  res.end(JSON.stringify(body));
}

const googleError = (status: number, message: string) => ({
  error: { code: status, message, status: STATUS_NAMES[status] ?? "UNKNOWN" },
});

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startSheetsEndpoint(opts: { spreadsheetId?: string; token?: string } = {}): Promise<SheetsEndpoint> {
  const spreadsheetId = opts.spreadsheetId ?? "test-spreadsheet-1";
  const token = opts.token ?? "local-test-token";
  // A new spreadsheet has one tab, "Sheet1", id 0, 1000 × 26.
  let sheets: FakeSheet[] = [newSheet(0, "Sheet1")];
  let ids = 1000;
  const requests: RecordedRequest[] = [];
  const failures: (InjectedFailure & { left: number })[] = [];

  function route(method: string, path: string): RequestKind {
    const base = `/v4/spreadsheets/${spreadsheetId}`;
    if (method === "GET" && path === base) return "get";
    if (method === "POST" && path === `${base}:batchUpdate`) return "batchUpdate";
    if (method === "POST" && path === `${base}/values:batchUpdate`) return "values.batchUpdate";
    return "other";
  }

  function handle(kind: RequestKind, query: Record<string, string>, body: unknown): { status: number; json: unknown; headers?: Record<string, string> } {
    const failure = failures.find((f) => f.left > 0 && (!f.kind || f.kind === kind));
    if (failure) {
      failure.left -= 1;
      const message = failure.status === 429 ? "Quota exceeded for quota metric 'Write requests'" : "Internal error encountered.";
      return { status: failure.status, json: googleError(failure.status, message), ...(failure.retryAfter ? { headers: { "retry-after": failure.retryAfter } } : {}) };
    }
    if (kind === "other") return { status: 404, json: googleError(404, "Requested entity was not found.") };
    if (kind === "get") {
      // A fields mask without conditionalFormats/protectedRanges gets neither, as with Google.
      const fields = query.fields ?? "*";
      const want = (f: string) => fields === "*" || fields.includes(f);
      const list = sheets.map((s, i) => snapshotOf(s, i)).map(({ properties, ...rest }) => ({
        properties,
        ...(want("conditionalFormats") && "conditionalFormats" in rest ? { conditionalFormats: rest.conditionalFormats } : {}),
        ...(want("protectedRanges") && "protectedRanges" in rest ? { protectedRanges: rest.protectedRanges } : {}),
      }));
      return { status: 200, json: { spreadsheetId, sheets: list } };
    }
    const draft = cloneSheets(sheets);
    const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    if (kind === "batchUpdate") {
      if (!Array.isArray(b.requests) || !b.requests.length) throw new SheetsApiError(400, "Must specify at least one request.");
      const replies = applyRequests(draft, b.requests, () => ids++);
      sheets = draft;
      return { status: 200, json: { spreadsheetId, replies } };
    }
    if (b.valueInputOption !== "RAW" && b.valueInputOption !== "USER_ENTERED") {
      throw new SheetsApiError(400, "Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED");
    }
    const updated = applyValues(draft, Array.isArray(b.data) ? b.data : []);
    sheets = draft;
    return { status: 200, json: { spreadsheetId, totalUpdatedCells: updated } };
  }

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const kind = route(req.method ?? "GET", url.pathname);
      const query = Object.fromEntries(url.searchParams);
      let body: unknown;
      try {
        body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        body = undefined;
      }
      const record: RecordedRequest = { kind, method: req.method ?? "", path: url.pathname, query, status: 0, body, bytes: raw.length };
      requests.push(record);
      if (req.headers.authorization !== `Bearer ${token}`) {
        record.status = 401;
        return sendJson(res, 401, googleError(401, "Request had invalid authentication credentials."));
      }
      try {
        const out = handle(kind, query, body);
        record.status = out.status;
        sendJson(res, out.status, out.json, out.headers);
      } catch (err) {
        const status = err instanceof SheetsApiError ? err.status : 500;
        record.status = status;
        sendJson(res, status, googleError(status, err instanceof Error ? err.message : String(err)));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const find = (title: string) => sheets.find((s) => s.title === title);
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    spreadsheetId,
    token,
    requests,
    writes: () => requests.filter((r) => r.method === "POST"),
    fail(count, failure) {
      failures.push({ ...failure, left: count });
    },
    values(title) {
      const sheet = find(title);
      if (!sheet) return undefined;
      const rows = Array.from({ length: sheet.cells.length }, (_, i) => {
        const row = Array.from(sheet.cells[i] ?? [], (v) => v ?? "");
        while (row.length && row[row.length - 1] === "") row.pop();
        return row;
      });
      while (rows.length && !rows[rows.length - 1]?.length) rows.pop();
      return rows;
    },
    sheet: find,
    titles: () => sheets.map((s) => s.title),
    mutate(fn) {
      fn(sheets);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
