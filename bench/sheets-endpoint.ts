/**
 * The least of Google Sheets v4 the real @googleapis/sheets client needs for a benchmark, on 127.0.0.1: the layout
 * read (spreadsheets.get, knowing the tabs added so far) and batchUpdate, answered 200 and recorded with their time
 * and size. Cells are not kept (the full fake, which checks every request, is test/support/sheets-endpoint.ts).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  kind: "get" | "setup" | "write";
  atMs: number;
  bytes: number;
}

export interface BenchSheets {
  rootUrl: string;
  spreadsheetId: string;
  token: string;
  requests: Recorded[];
  close(): Promise<void>;
}

interface SheetProps {
  sheetId: number;
  title: string;
  gridProperties: { rowCount: number; columnCount: number };
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** addSheet requests of a setup batch, so a later layout read shows the tabs and no setup is repeated. */
function addedSheets(json: unknown): SheetProps[] {
  const requests = (json as { requests?: { addSheet?: { properties?: SheetProps } }[] } | null)?.requests ?? [];
  return requests.flatMap((r) => (r.addSheet?.properties ? [r.addSheet.properties] : []));
}

export async function startBenchSheets(): Promise<BenchSheets> {
  const spreadsheetId = "bench-spreadsheet";
  const token = "bench-token";
  const sheets: SheetProps[] = [{ sheetId: 0, title: "Sheet1", gridProperties: { rowCount: 1000, columnCount: 26 } }];
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    void body(req).then((raw) => {
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
        res.end(JSON.stringify(json));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: { code: 401, status: "UNAUTHENTICATED" } });
      const atMs = Date.now();
      if (req.method === "GET") {
        requests.push({ kind: "get", atMs, bytes: raw.length });
        return send(200, { spreadsheetId, sheets: sheets.map((properties) => ({ properties })) });
      }
      const text = raw.toString("utf8");
      const json: unknown = JSON.parse(text);
      sheets.push(...addedSheets(json));
      requests.push({ kind: text.includes('"updateCells"') ? "write" : "setup", atMs, bytes: raw.length });
      send(200, { spreadsheetId, replies: [] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    spreadsheetId,
    token,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
