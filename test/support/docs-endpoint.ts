/**
 * A small local Google Docs v1 + Drive v3 endpoint (node:http on 127.0.0.1, port 0) for tests driving the REAL
 * @googleapis/docs and @googleapis/drive clients through GOOGLE_API_ROOT_URL: documents.get, documents.batchUpdate
 * and files.export (docx) on the documents it holds. It checks the user's Bearer token, records every request and
 * answers 429/500 (with Retry-After) on demand.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { documentJson, exportDocx } from "./docs-json";
import {
  DocsApiError, deleteRange, insertTable, insertText, newDoc, tableAt, updateParagraphStyle, updateTextStyle, type DocState, type Style,
} from "./docs-state";

export interface DocsRequest { method: string; path: string; status: number; body: unknown }

export interface DocsEndpoint {
  rootUrl: string;
  token: string;
  requests: DocsRequest[];
  create(id: string, title?: string): DocState;
  doc(id: string): DocState;
  fail(count: number, status: number, retryAfter?: string): void;
  close(): Promise<void>;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type R = Record<string, unknown>;
const obj = (v: unknown): R => (typeof v === "object" && v !== null ? (v as R) : {});
const num = (v: unknown): number => {
  if (typeof v !== "number") throw new DocsApiError(400, "Invalid requests: index required");
  return v;
};

export function apply(s: DocState, request: R): R {
  const [kind, raw] = Object.entries(request)[0] ?? ["", {}];
  const r = obj(raw);
  const range = obj(r["range"]);
  switch (kind) {
    case "insertText": return insertText(s, num(obj(r["location"])["index"]), String(r["text"] ?? "")), {};
    case "insertTable": return insertTable(s, num(obj(r["location"])["index"]), num(r["rows"]), num(r["columns"])), {};
    case "deleteContentRange": return deleteRange(s, num(range["startIndex"]), num(range["endIndex"])), {};
    case "updateParagraphStyle":
      return updateParagraphStyle(s, num(range["startIndex"]), num(range["endIndex"]), obj(r["paragraphStyle"]), String(r["fields"])), {};
    case "updateTextStyle":
      return updateTextStyle(s, num(range["startIndex"]), num(range["endIndex"]), obj(r["textStyle"]), String(r["fields"])), {};
    case "createNamedRange": {
      const id = `kix.nr${s.ids++}`;
      s.namedRanges.push({ id, name: String(r["name"]), start: num(range["startIndex"]), end: num(range["endIndex"]) });
      return { createNamedRange: { namedRangeId: id } };
    }
    case "updateDocumentStyle": {
      const style = obj(r["documentStyle"]);
      for (const f of String(r["fields"]).split(",")) if (f in style) s.documentStyle[f] = style[f];
      return {};
    }
    case "updateTableColumnProperties": {
      const t = tableAt(s, num(obj(r["tableStartLocation"])["index"]));
      const width = obj(obj(r["tableColumnProperties"])["width"])["magnitude"];
      for (const i of (r["columnIndices"] as number[]) ?? []) t.widthsPt[i] = typeof width === "number" ? width : undefined;
      return {};
    }
    case "updateTableCellStyle": {
      const loc = obj(obj(r["tableRange"])["tableCellLocation"]);
      const t = tableAt(s, num(obj(loc["tableStartLocation"])["index"]));
      const top = obj(obj(obj(r["tableCellStyle"])["borderTop"])["width"]);
      t.borderless = top["magnitude"] === 0;
      return {};
    }
    case "pinTableHeaderRows":
      return (tableAt(s, num(obj(r["tableStartLocation"])["index"])).pinned = num(r["pinnedHeaderRowsCount"])), {};
    default:
      throw new DocsApiError(400, `Invalid requests: unsupported request ${kind}`);
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startDocsEndpoint(opts: { token?: string } = {}): Promise<DocsEndpoint> {
  const token = opts.token ?? "user-oauth-token";
  const docs = new Map<string, DocState>();
  const requests: DocsRequest[] = [];
  const failures: { left: number; status: number; retryAfter?: string }[] = [];

  function handle(method: string, path: string, query: URLSearchParams, body: unknown): { status: number; json?: unknown; bytes?: Uint8Array; headers?: Record<string, string> } {
    const failure = failures.find((f) => f.left > 0);
    if (failure) {
      failure.left -= 1;
      const json = { error: { code: failure.status, message: "Quota exceeded", status: "RESOURCE_EXHAUSTED" } };
      return { status: failure.status, json, ...(failure.retryAfter ? { headers: { "retry-after": failure.retryAfter } } : {}) };
    }
    let m = /^\/v1\/documents\/([^/:]+)(:batchUpdate)?$/.exec(path);
    if (m) {
      const doc = docs.get(decodeURIComponent(m[1] ?? ""));
      if (!doc) throw new DocsApiError(404, "Requested entity was not found.");
      if (method === "GET" && !m[2]) return { status: 200, json: documentJson(doc) };
      if (method === "POST" && m[2]) {
        // All or nothing, as Google applies a batch: work on a copy.
        const draft: DocState = structuredClone(doc);
        const list = obj(body)["requests"];
        if (!Array.isArray(list) || list.length === 0) throw new DocsApiError(400, "Must specify at least one request.");
        const replies = list.map((r) => apply(draft, obj(r)));
        draft.revision += 1;
        docs.set(doc.id, draft);
        return { status: 200, json: { documentId: doc.id, replies, writeControl: { requiredRevisionId: `rev-${draft.revision}` } } };
      }
    }
    m = /^\/drive\/v3\/files\/([^/]+)\/export$/.exec(path);
    if (m && method === "GET") {
      const doc = docs.get(decodeURIComponent(m[1] ?? ""));
      if (!doc) throw new DocsApiError(404, "File not found.");
      if (query.get("mimeType") !== DOCX) throw new DocsApiError(400, "Export only supports Docs Editors files.");
      return { status: 200, bytes: exportDocx(doc) };
    }
    throw new DocsApiError(404, "Not Found");
  }

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let body: unknown;
      try {
        body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        body = undefined;
      }
      const rec: DocsRequest = { method: req.method ?? "", path: url.pathname, status: 0, body };
      requests.push(rec);
      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        rec.status = status;
        res.writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers });
        res.end(JSON.stringify(json));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: { code: 401, message: "Request had invalid authentication credentials." } });
      try {
        const out = handle(req.method ?? "GET", url.pathname, url.searchParams, body);
        if (out.bytes) {
          rec.status = out.status;
          res.writeHead(out.status, { "content-type": DOCX });
          return res.end(Buffer.from(out.bytes));
        }
        send(out.status, out.json, out.headers);
      } catch (err) {
        const status = err instanceof DocsApiError ? err.status : 500;
        send(status, { error: { code: status, message: err instanceof Error ? err.message : String(err) } });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    token,
    requests,
    create(id, title = "Báo cáo CCHC") {
      const d = newDoc(id, title);
      docs.set(id, d);
      return d;
    },
    doc(id) {
      const d = docs.get(id);
      if (!d) throw new Error(`no document ${id}`);
      return d;
    },
    fail(count, status, retryAfter) {
      failures.push({ left: count, status, ...(retryAfter ? { retryAfter } : {}) });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type { Style };
