/**
 * Faults on the submit path through the real local host: the store failing at each step of a submission, and the
 * document disk filling up. Each answer is a clear 503 with Retry-After, nothing is counted that the client was not
 * told about, and the client's retry with the same key ends with exactly one version. (The store outage on `record`
 * alone is also in test/integration/api/status.test.ts; Cosmos 412/429 in cosmos-http.test.ts and
 * test/contract/cosmos.test.ts; the killed process in crash.test.ts.)
 */
import { mkdtempSync, rmSync } from "node:fs";
// The live module object (a namespace import would be a copy under the test transform, and a spy on it inert).
import { promises as fsPromises } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiErrorBodySchema } from "../../shared/api/errors";
import { ReceiptSchema } from "../../shared/api/submissions";
import { makeFilledReportDocx } from "../fixtures/reports";
import { HA_TINH, startApi, submitInit, type Api } from "../integration/api/harness";
import { documentFiles, withOutage } from "../support/outage";

async function submit(api: Api, unitId: string, key: string, body = makeFilledReportDocx(unitId)) {
  const token = await api.token({ unitId });
  return fetch(`${api.url}/campaigns/${HA_TINH}/units/${unitId}/submissions`, submitInit(token, body, { "Idempotency-Key": key }));
}

async function errorCode(res: Response): Promise<string> {
  return ApiErrorBodySchema.parse(await res.json()).error.code;
}

describe("the store fails during a submission", () => {
  const down = new Set<string>();
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ wrapStore: (s) => withOutage(s, down) });
  });
  afterAll(() => api.stop());
  afterEach(() => down.clear());

  it.each([
    ["findByIdempotencyKey", "snv", false],
    ["record", "stp", false],
    // The version is committed, then the sheet mark fails: the client is told 503 and its retry gets the receipt.
    ["markDirty", "stc", true],
  ])("at %s: 503 + Retry-After, then the same key gives exactly one version", async (operation, unitId, committed) => {
    const body = makeFilledReportDocx(unitId);
    const documentsBefore = documentFiles(api.dataDir).length;
    down.add(operation);
    const res = await submit(api, unitId, `${unitId}-k`, body);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await errorCode(res)).toBe("store.unavailable");
    down.clear();
    expect((await api.deps.store.listVersions(HA_TINH, unitId)).length).toBe(committed ? 1 : 0);
    // Before the record nothing is written at all, not even the document.
    if (operation === "findByIdempotencyKey") expect(documentFiles(api.dataDir).length).toBe(documentsBefore);

    const retry = await submit(api, unitId, `${unitId}-k`, body);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe(committed ? "true" : null);
    expect(ReceiptSchema.parse(await retry.json()).version).toBe(1);
    expect((await api.deps.store.listVersions(HA_TINH, unitId)).map((v) => v.version)).toEqual([1]);
    expect((await api.deps.store.dirtyCampaigns()).map((m) => m.campaignId)).toContain(HA_TINH);
  });
});

/**
 * The disk fills up while the document is being written: every exclusive create (the blob store's temp file) gets a
 * handle whose writeFile puts half the bytes on disk and then fails with ENOSPC, as a full file system does. One
 * deterministic path on every machine (no tmpfs mount, which needs root); `release` gives the space back.
 */
function fillDiskDuringWrites(): { release: () => void } {
  const realOpen = fsPromises.open;
  const spy = jest.spyOn(fsPromises, "open").mockImplementation(async (...args: Parameters<typeof fsPromises.open>) => {
    const handle = await realOpen(...args);
    if (args[1] !== "wx") return handle;
    handle.writeFile = async (data: unknown) => {
      const bytes = data as Uint8Array;
      await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
    };
    return handle;
  });
  return { release: () => spy.mockRestore() };
}

describe("the document disk is full", () => {
  let dataDir: string;
  let api: Api;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cchc-diskfull-"));
    api = await startApi({ dataDir });
  });
  afterAll(async () => {
    await api.stop(false);
    rmSync(dataDir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  it("answers 503 with Retry-After, logs ENOSPC for the operator, records nothing, and accepts the retry once space is back", async () => {
    const disk = fillDiskDuringWrites();
    const before = documentFiles(dataDir);
    const res = await submit(api, "syt", "syt-full");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await errorCode(res)).toBe("store.unavailable");
    expect(api.logs.join("\n")).toMatch(/disk full \(ENOSPC\)/);
    expect(await api.deps.store.listVersions(HA_TINH, "syt")).toEqual([]);
    // The half-written temp file is gone too: nothing on disk but what was there before.
    expect(documentFiles(dataDir)).toEqual(before);

    disk.release();
    const retry = await submit(api, "syt", "syt-full");
    expect(retry.status).toBe(201);
    expect((await api.deps.store.listVersions(HA_TINH, "syt")).map((v) => v.version)).toEqual([1]);
  });
});
