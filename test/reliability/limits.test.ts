/**
 * Issue 10 §2–3: what one request, or a crowd of them, may take from an instance. Documents read at once (503 when
 * the reader's slots and queue are full), the reader's worker thread and text caps (413 docx.tooLarge, the process
 * keeps answering), the per-account rate of /api/validate (429), and bodies: refused from the headers before a byte
 * is read, bounded in bytes held at once (503), cut when they arrive too slowly. Loopback only; every flood is a
 * handful of requests; nothing here measures time (memory under a real flood is measured in flood.soak.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDocumentReader } from "../../functions/reader/pool";
import { DOCX_MEDIA_TYPE } from "../../shared/api/submissions";
import { makeFilledReportDocx } from "../fixtures/reports";
import { HA_TINH, startApi, submitInit, type Api } from "../integration/api/harness";
import { hugeText, manyParagraphs } from "./hostile-docx";

const KiB = 1024;
const MiB = 1024 * KiB;

async function errorOf(res: Response): Promise<{ code: string; message: string; messageEn: string }> {
  return ((await res.json()) as { error: { code: string; message: string; messageEn: string } }).error;
}

interface Raw {
  /** The status line and headers of the first answer. */
  head: Promise<string>;
  /** Resolves when the server closed the connection. */
  closed: Promise<void>;
  write(data: string | Uint8Array): void;
  destroy(): void;
}

/** A request written by hand, so a test can send headers and then stall, as a slow or hostile client would. */
function raw(base: string, head: string): Raw {
  const { port } = new URL(base);
  const socket = net.connect(Number(port), "127.0.0.1");
  socket.write(head);
  let received = "";
  const headDone = new Promise<string>((resolve) => {
    socket.on("data", (d: Buffer) => {
      received += d.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      if (end >= 0) resolve(received.slice(0, end));
    });
    socket.on("close", () => resolve(received));
  });
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  socket.on("error", () => undefined);
  return { head: headDone, closed, write: (d) => socket.write(d), destroy: () => socket.destroy() };
}

function postHead(path: string, length: number, token?: string): string {
  return [
    `POST ${path} HTTP/1.1`,
    "Host: 127.0.0.1",
    `Content-Type: ${DOCX_MEDIA_TYPE}`,
    `Content-Length: ${length}`,
    ...(token ? [`Authorization: Bearer ${token}`] : []),
    "",
    "",
  ].join("\r\n");
}

describe("documents read at once", () => {
  let api: Api;
  let token: string;
  beforeAll(async () => {
    api = await startApi({ env: { READER_CONCURRENCY: "1", READER_QUEUE: "0", DOCX_MAX_PARAGRAPHS: "20000" } });
    token = await api.token({ unitId: "snv" });
  });
  afterAll(() => api.stop());

  it("reads in a worker thread", () => {
    expect(api.deps.reader.mode).toBe("worker");
  });

  it("answers 503 server.busy with Retry-After when every slot is taken, and keeps answering health", async () => {
    let free = () => undefined as void;
    const held = api.deps.reader.gate.run(() => new Promise<void>((resolve) => (free = resolve)));
    const busy = await fetch(`${api.url}/validate`, submitInit(token, makeFilledReportDocx("snv")));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await errorOf(busy)).code).toBe("server.busy");
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    free();
    await held;
    expect((await fetch(`${api.url}/validate`, submitInit(token, makeFilledReportDocx("snv")))).status).toBe(200);
  });

  it("refuses a small file that inflates to too many paragraphs or too much text: 413 docx.tooLarge", async () => {
    const paragraphs = manyParagraphs(makeFilledReportDocx("snv"), 160_000);
    const text = hugeText(makeFilledReportDocx("snv"), 4_000_000);
    expect(paragraphs.byteLength).toBeLessThan(64 * KiB);
    expect(text.byteLength).toBeLessThan(64 * KiB);
    for (const body of [paragraphs, text]) {
      const res = await fetch(`${api.url}/validate`, submitInit(token, body));
      expect(res.status).toBe(413);
      const error = await errorOf(res);
      expect(error.code).toBe("docx.tooLarge");
      expect(error.message).toMatch(/số đoạn văn hoặc số ký tự/);
    }
    // The same caps guard a submission, and nothing is stored.
    const res = await fetch(`${api.url}/campaigns/${HA_TINH}/units/snv/submissions`, submitInit(token, paragraphs));
    expect(res.status).toBe(413);
    expect(await api.deps.store.listVersions(HA_TINH, "snv")).toHaveLength(0);
  });
});

describe("the reader thread's heap limit", () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-reader-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("turns a read that exhausts its worker's heap into docx.tooLarge, and the next read gets a fresh worker", async () => {
    // Stands in for a document the reader cannot hold: allocates until the worker's heap limit stops it.
    const greedy = join(dir, "greedy.js");
    writeFileSync(greedy, "require('node:worker_threads').parentPort.on('message', () => { const a = []; for (;;) a.push(new Array(1e5).fill(a.length)); });");
    const reader = createDocumentReader({ concurrency: 1, queue: 0, heapMb: 64, timeoutMs: 60_000, maxParagraphs: 10, maxTextChars: 10, workerFile: greedy });
    try {
      for (let i = 0; i < 2; i++) {
        const read = await reader.read(new Uint8Array([1, 2, 3]), { maxFileBytes: MiB });
        expect(read).toMatchObject({ ok: false, error: { code: "docx.tooLarge" } });
      }
      expect(reader.gate.load()).toEqual({ running: 0, waiting: 0 });
    } finally {
      await reader.close();
    }
  });
});

describe("POST /api/validate: signed in, rate limited per account", () => {
  let api: Api;
  beforeAll(async () => {
    const at = new Date("2024-06-20T02:00:00Z");
    // A fixed clock: the bucket never refills during the test, so the count is exact.
    api = await startApi({ now: () => at, env: { VALIDATE_PER_MINUTE: "3" } });
  });
  afterAll(() => api.stop());

  it("refuses anonymous callers with 401 before reading the document", async () => {
    const res = await fetch(`${api.url}/validate`, submitInit(null, makeFilledReportDocx("snv")));
    expect(res.status).toBe(401);
  });

  it("answers 429 http.tooManyRequests with Retry-After past the account's rate; other accounts are not affected", async () => {
    const a = await api.token({ unitId: "snv" });
    const b = await api.token({ unitId: "stp" });
    const body = makeFilledReportDocx("snv");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${api.url}/validate`, submitInit(a, body))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetch(`${api.url}/validate`, submitInit(a, body));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await errorOf(limited)).code).toBe("http.tooManyRequests");
    expect((await fetch(`${api.url}/validate`, submitInit(b, body))).status).toBe(200);
  });
});

describe("bodies: verified before read, bounded in flight, cut when slow", () => {
  let api: Api;
  let token: string;
  beforeAll(async () => {
    api = await startApi({ env: { MAX_UPLOAD_BYTES: String(MiB), UPLOAD_BYTES_IN_FLIGHT: String(MiB), BODY_TIMEOUT_SEC: "1" } });
    token = await api.token({ unitId: "snv" });
  });
  afterAll(() => api.stop());
  const path = () => `/api/campaigns/${HA_TINH}/units/snv/submissions`;

  it("answers an anonymous upload 401 from its headers alone, without waiting for the body", async () => {
    const r = raw(api.url, postHead(path(), MiB));
    expect(await r.head).toMatch(/^HTTP\/1\.1 401 /);
    await r.closed;
    expect(api.deps.limits.uploads.inUse()).toBe(0);
  });

  it("answers 503 server.busy while the instance's upload bytes are taken, and cuts a stalled upload", async () => {
    const stalled = raw(api.url, postHead(path(), MiB, token));
    stalled.write(new Uint8Array(64 * KiB));
    // Admitted: its reservation now holds the whole budget (health still answers).
    while (api.deps.limits.uploads.inUse() === 0) await new Promise((r) => setTimeout(r, 10));
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const busy = await fetch(`${api.url}${path().slice(4)}`, submitInit(token, makeFilledReportDocx("snv")));
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await errorOf(busy)).code).toBe("server.busy");

    // The body deadline cuts the stalled upload and gives its bytes back.
    await stalled.closed;
    expect(api.deps.limits.uploads.inUse()).toBe(0);
    const ok = await fetch(`${api.url}${path().slice(4)}`, submitInit(token, makeFilledReportDocx("snv")));
    expect(ok.status).toBe(201);
  });
});
