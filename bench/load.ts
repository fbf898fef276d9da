/**
 * The load generator: autocannon's programmatic API (it ships no types, so the subset used is typed here and its
 * result is checked with zod before use). It runs in the bench process, the server under test in its own process,
 * so the two do not share an event loop.
 */
import { z } from "zod";

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Called before every request: distinct keys, tokens and bodies per request. */
  setupRequest?: (req: RawRequest) => RawRequest;
}

export interface LoadResult {
  /** Successful (2xx) answers per second over the run. */
  okPerSec: number;
  ok: number;
  non2xx: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  seconds: number;
  statusCodes: Record<string, number>;
}

const ResultSchema = z.object({
  duration: z.number(),
  errors: z.number(),
  non2xx: z.number(),
  "2xx": z.number(),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  statusCodeStats: z.record(z.string(), z.object({ count: z.coerce.number() })).optional(),
});

type Autocannon = (opts: Record<string, unknown>) => Promise<unknown>;

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require("autocannon") as Autocannon;
  const raw = await autocannon({
    url: o.url,
    connections: o.connections,
    ...(o.amount !== undefined ? { amount: o.amount } : { duration: o.duration ?? 10 }),
    method: o.method ?? "GET",
    headers: o.headers ?? {},
    ...(o.setupRequest ? { requests: [{ setupRequest: o.setupRequest }] } : {}),
    timeout: 30,
  });
  const r = ResultSchema.parse(raw);
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    okPerSec: r["2xx"] / r.duration,
    ok: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    seconds: r.duration,
    statusCodes,
  };
}
