import { gunzipSync, brotliDecompressSync } from "node:zlib";
import type { StatusDocument } from "../../../shared/api/status";
import { chooseEncoding, createStatusCache, invalidatingStatus, matchesEtag } from "../../../functions/app/status-cache";

const T0 = Date.parse("2024-06-20T03:00:00Z");
const DUE = Date.parse("2024-06-30T16:59:59.999Z");

function docAt(asOf: string, submitted: number): StatusDocument {
  const totals = { units: 2, submitted, onTime: submitted, late: 0, missing: 2 - submitted, overdue: 0, accepted: 0, returned: 0 };
  return { campaignId: "c", asOf, totals, byLevel: {}, units: [] };
}

function setup(maxAgeMs?: number) {
  let nowMs = T0;
  let submitted = 0;
  let builds = 0;
  const cache = createStatusCache({ now: () => new Date(nowMs), dueInstants: () => [DUE], ...(maxAgeMs ? { maxAgeMs } : {}) });
  const make = async () => {
    builds += 1;
    return docAt(new Date(nowMs).toISOString(), submitted);
  };
  const get = async (accept: string | null = null) => {
    const r = await cache.get("c", make, accept);
    return { ...r, doc: r.encoding ? null : (JSON.parse(r.body.toString("utf8")) as StatusDocument) };
  };
  return {
    cache,
    get,
    builds: () => builds,
    at: (ms: number) => void (nowMs = ms),
    submit: () => void (submitted += 1),
  };
}

describe("status cache", () => {
  it("serves one build until this instance marks the campaign dirty", async () => {
    const s = setup();
    const first = await s.get();
    await s.get();
    expect(s.builds()).toBe(1);
    s.submit();
    const store = invalidatingStatus({ markDirty: async (_id: string, _at: string) => undefined }, s.cache);
    await store.markDirty("c", new Date(T0).toISOString());
    const second = await s.get();
    expect(s.builds()).toBe(2);
    expect(second.doc?.totals.submitted).toBe(1);
    expect(second.etag).not.toBe(first.etag);
  });

  it("invalidates even when the store's mark fails (the record it follows is stored)", async () => {
    const s = setup();
    await s.get();
    s.submit();
    const store = invalidatingStatus({ markDirty: (_id: string, _at: string): Promise<void> => Promise.reject(new Error("down")) }, s.cache);
    await expect(store.markDirty("c", "x")).rejects.toThrow("down");
    expect((await s.get()).doc?.totals.submitted).toBe(1);
  });

  it("does not keep a build that read the store before a change landed", async () => {
    const s = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = s.cache.get("c", async () => {
      await gate;
      return docAt("old", 0);
    }, null);
    s.cache.invalidate("c");
    release();
    expect(JSON.parse((await slow).body.toString()).asOf).toBe("old");
    s.submit();
    expect((await s.get()).doc?.totals.submitted).toBe(1);
  });

  it("shares one build among concurrent misses", async () => {
    const s = setup();
    await Promise.all([s.get(), s.get(), s.get("gzip")]);
    expect(s.builds()).toBe(1);
  });

  it("rebuilds once the next due instant has passed, so missing turns overdue on time", async () => {
    const s = setup(Number.MAX_SAFE_INTEGER);
    await s.get();
    s.at(DUE);
    await s.get();
    expect(s.builds()).toBe(1);
    s.at(DUE + 1);
    await s.get();
    expect(s.builds()).toBe(2);
  });

  it("is never older than maxAge (changes of other instances) and drops entries when the clock goes back", async () => {
    const s = setup(5_000);
    await s.get();
    s.at(T0 + 4_999);
    await s.get();
    expect(s.builds()).toBe(1);
    s.at(T0 + 5_000);
    await s.get();
    expect(s.builds()).toBe(2);
    s.at(T0);
    await s.get();
    expect(s.builds()).toBe(3);
  });

  it("keeps the ETag across a rebuild that finds the same data (asOf aside)", async () => {
    const s = setup(1_000);
    const a = await s.get();
    s.at(T0 + 2_000);
    const b = await s.get();
    expect(s.builds()).toBe(2);
    expect(b.doc?.asOf).not.toBe(a.doc?.asOf);
    expect(b.etag).toBe(a.etag);
    expect(b.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
  });

  it("compresses with the encoding the client prefers; the bytes decode to the same JSON", async () => {
    const s = setup();
    const plain = await s.get();
    const gz = await s.get("gzip, deflate");
    const br = await s.get("gzip;q=0.5, br");
    expect(gz.encoding).toBe("gzip");
    expect(br.encoding).toBe("br");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gz.etag).toBe(plain.etag);
  });
});

describe("request headers", () => {
  it("picks an accepted encoding by weight; q=0 refuses; identity otherwise", () => {
    expect(chooseEncoding(null)).toBeUndefined();
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("br;q=0.1, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBeUndefined();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*, br;q=0")).toBe("gzip");
  });

  it("matches If-None-Match lists, weak or strong, and *", () => {
    const etag = 'W/"abc"';
    expect(matchesEtag(null, etag)).toBe(false);
    expect(matchesEtag('"xyz", W/"abc"', etag)).toBe(true);
    expect(matchesEtag('"abc"', etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
    expect(matchesEtag('W/"abd"', etag)).toBe(false);
  });
});
