/**
 * GET …/status is polled by the secretariat's sheet, the Sheets sidebar and every open browser: the serialised body
 * is kept per campaign and served until something could have changed it —
 *  - a change this instance made: every store.markDirty (the durable mark the sheet sync follows) bumps the
 *    campaign's generation, before and after the write, so a build that read the store earlier is never kept;
 *  - the next due instant of any unit ("Chưa nộp" turns "Quá hạn" on time), judged by the injected clock;
 *  - `maxAgeMs` (5 s, the sheet's own bound): changes made by other instances (Azure scales out) are seen at most
 *    that late. A clock that goes back also drops the entry.
 * Concurrent misses share one build. Compressed copies are made once per entry, on the first request that accepts
 * them, off the event loop.
 */
import { createHash } from "node:crypto";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";
import { promisify } from "node:util";
import type { StatusDocument } from "../../shared/api/status";

/** What the handler answers with; `body` is the JSON bytes in the chosen encoding. */
export interface CachedBody {
  body: Buffer;
  etag: string;
  encoding: Encoding | undefined;
}

export type Encoding = "br" | "gzip";

export interface StatusCache {
  /** The body for the campaign: the kept one when still valid, else `build()`'s, serialised once. */
  get(campaignId: string, build: () => Promise<StatusDocument>, accept: string | null): Promise<CachedBody>;
  /** A change to the campaign's submissions, reviews or reminders (wraps the store's markDirty). */
  invalidate(campaignId: string): void;
}

export interface StatusCacheOptions {
  now: () => Date;
  /** The instants (ms) at which some unit of the campaign becomes overdue, ascending. */
  dueInstants: (campaignId: string) => readonly number[];
  /** Default 5,000. */
  maxAgeMs?: number;
}

export const STATUS_MAX_AGE_MS = 5_000;

interface Entry {
  json: Buffer;
  etag: string;
  builtMs: number;
  /** Valid while now ≤ this (the next due instant at or after the build; Infinity when none). */
  dueMs: number;
  compressed: Partial<Record<Encoding, Promise<Buffer>>>;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Brotli at quality 5 compresses a 10,000-unit body in milliseconds; 11 (the default) takes seconds. */
function compress(json: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === "gzip") return gzipAsync(json, { level: 6 });
  return brotliAsync(json, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
}

/** The client's preferred encoding among the two we make (q=0 refuses one; identity otherwise). */
export function chooseEncoding(accept: string | null): Encoding | undefined {
  if (!accept) return undefined;
  const q = new Map<string, number>();
  for (const part of accept.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const weight = (e: Encoding) => q.get(e) ?? q.get("*") ?? 0;
  const best = (["br", "gzip"] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best;
}

/** `If-None-Match` holds the entity tag (weak comparison, "*" included). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/**
 * Weak, and blind to `asOf`: a rebuild that finds the same data (every 5 s at most) still answers 304, so a poller
 * keeps its copy until something really changed. The top-level key after asOf is the first `,"totals":` of the
 * JSON (a quote inside a string is escaped, so the sequence cannot occur earlier).
 */
function etagOf(campaignId: string, json: Buffer): string {
  const from = Math.max(0, json.indexOf(',"totals":'));
  const hash = createHash("sha1").update(campaignId).update(json.subarray(from)).digest("base64url");
  return `W/"${hash}"`;
}

export function createStatusCache(opts: StatusCacheOptions): StatusCache {
  const maxAgeMs = opts.maxAgeMs ?? STATUS_MAX_AGE_MS;
  const entries = new Map<string, Entry>();
  const generation = new Map<string, number>();
  const building = new Map<string, { gen: number; entry: Promise<Entry> }>();
  const genOf = (id: string) => generation.get(id) ?? 0;
  // Clients send a handful of distinct Accept-Encoding values: parse each once (bounded, a client picks the text).
  const chosen = new Map<string, Encoding | undefined>();
  const encodingFor = (accept: string | null): Encoding | undefined => {
    if (accept === null) return undefined;
    if (chosen.has(accept)) return chosen.get(accept);
    if (chosen.size >= 64) chosen.clear();
    const encoding = chooseEncoding(accept);
    chosen.set(accept, encoding);
    return encoding;
  };

  function valid(e: Entry, nowMs: number): boolean {
    return nowMs >= e.builtMs && nowMs - e.builtMs < maxAgeMs && nowMs <= e.dueMs;
  }

  async function build(campaignId: string, gen: number, make: () => Promise<StatusDocument>): Promise<Entry> {
    const builtMs = opts.now().getTime();
    const json = Buffer.from(JSON.stringify(await make()));
    const nextDue = opts.dueInstants(campaignId).find((d) => d >= builtMs) ?? Infinity;
    const etag = etagOf(campaignId, json);
    const entry: Entry = { json, etag, builtMs, dueMs: nextDue, compressed: {} };
    // Kept only if nothing changed while the store was being read.
    if (genOf(campaignId) === gen) entries.set(campaignId, entry);
    return entry;
  }

  function fresh(campaignId: string, make: () => Promise<StatusDocument>): Promise<Entry> {
    const gen = genOf(campaignId);
    const pending = building.get(campaignId);
    if (pending && pending.gen === gen) return pending.entry;
    const entry = build(campaignId, gen, make).finally(() => {
      if (building.get(campaignId)?.entry === entry) building.delete(campaignId);
    });
    building.set(campaignId, { gen, entry });
    return entry;
  }

  return {
    async get(campaignId, make, accept) {
      const kept = entries.get(campaignId);
      const entry = kept && valid(kept, opts.now().getTime()) ? kept : await fresh(campaignId, make);
      const encoding = encodingFor(accept);
      if (!encoding) return { body: entry.json, etag: entry.etag, encoding };
      const body = await (entry.compressed[encoding] ??= compress(entry.json, encoding));
      return { body, etag: entry.etag, encoding };
    },
    invalidate(campaignId) {
      generation.set(campaignId, genOf(campaignId) + 1);
      entries.delete(campaignId);
    },
  };
}

/**
 * The store as the app uses it: every markDirty (submission, review, reminder) also invalidates this instance's
 * status cache — before the write, so no build started earlier is kept, and after it, even when the write failed
 * (the record it follows is already stored).
 */
export function invalidatingStatus<S extends { markDirty(campaignId: string, at: string): Promise<void> }>(
  store: S,
  cache: Pick<StatusCache, "invalidate">,
): S {
  return {
    ...store,
    async markDirty(campaignId: string, at: string) {
      cache.invalidate(campaignId);
      try {
        await store.markDirty(campaignId, at);
      } finally {
        cache.invalidate(campaignId);
      }
    },
  };
}
