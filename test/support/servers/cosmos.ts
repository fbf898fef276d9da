/**
 * An in-process @vercel/cosmosdb-server on a free loopback port (HTTPS with the package's self-signed certificate),
 * for tests that drive the real @azure/cosmos SDK. `faults` answers chosen requests itself — 429 with
 * x-ms-retry-after-ms, 412, 503 — before the emulator sees them, to exercise retry and outage paths.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Agent } from "node:https";
import type { AddressInfo } from "node:net";
import { createHttpsServer } from "@vercel/cosmosdb-server";

export interface CosmosFault {
  /** Which requests to answer, e.g. `(req) => req.method === "POST" && /\/docs$/.test(req.url ?? "")`. */
  match: (req: IncomingMessage) => boolean;
  status: number;
  headers?: Record<string, string>;
  /** How many matching requests to answer before the fault retires (default: unlimited). */
  times?: number;
  /** Let the emulator carry the request out, then answer with the fault anyway: a write whose reply was lost. */
  applied?: boolean;
}

/** Item creation (POST …/docs) — queries are POSTs to the same path, told apart by their header. */
export function isCreateIn(container: string): (req: IncomingMessage) => boolean {
  const path = new RegExp(`/colls/${container}/docs$`);
  return (req) => req.method === "POST" && path.test(req.url ?? "") && !req.headers["x-ms-documentdb-isquery"];
}

/** Item replacement (PUT …/docs/{id}). */
export function isReplaceIn(container: string): (req: IncomingMessage) => boolean {
  const path = new RegExp(`/colls/${container}/docs/[^/]+$`);
  return (req) => req.method === "PUT" && path.test(req.url ?? "");
}

export interface CosmosTestServer {
  endpoint: string;
  /** Any key works: the emulator does not check signatures. */
  key: string;
  /** Trusts the emulator's self-signed certificate for this client only (no NODE_TLS_REJECT_UNAUTHORIZED). */
  agent: Agent;
  faults: {
    add(fault: CosmosFault): void;
    /** Retires every fault and resets `hits`. */
    clear(): void;
    /** Requests answered by faults since the last clear(). */
    readonly hits: number;
  };
  stop(): Promise<void>;
}

const REASON: Record<number, string> = { 412: "PreconditionFailed", 429: "TooManyRequests", 503: "ServiceUnavailable" };

export async function startCosmosServer(): Promise<CosmosTestServer> {
  // keepAlive: the emulator otherwise closes every connection, and each request pays a new TLS handshake.
  const server = createHttpsServer({ keepAlive: true });
  const [emulator] = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (!emulator) throw new Error("cosmosdb-server registered no request handler");
  const active: CosmosFault[] = [];
  let hits = 0;
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const fault = active.find((f) => f.match(req));
    if (!fault) return emulator(req, res);
    hits++;
    if (fault.times !== undefined && --fault.times <= 0) active.splice(active.indexOf(fault), 1);
    const answer = () => {
      res.writeHead(fault.status, { "content-type": "application/json", "x-ms-activity-id": "fault", ...fault.headers });
      res.end(JSON.stringify({ code: REASON[fault.status] ?? "Error", message: "injected by the test server" }));
    };
    if (!fault.applied) {
      req.resume();
      return answer();
    }
    // The emulator's own reply is dropped: its headers go nowhere and its end() sends the fault instead.
    const end = res.end.bind(res);
    res.setHeader = () => res;
    res.end = ((..._ignored: unknown[]) => {
      res.end = end;
      answer();
      return res;
    }) as typeof res.end;
    emulator(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ rejectUnauthorized: false, keepAlive: true });
  return {
    endpoint: `https://127.0.0.1:${port}`,
    key: "dGVzdC1rZXk=",
    agent,
    faults: {
      add: (fault) => active.push({ ...fault }),
      clear: () => {
        active.splice(0);
        hits = 0;
      },
      get hits() {
        return hits;
      },
    },
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
