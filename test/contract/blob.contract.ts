/**
 * One contract for every DocumentBlobStore adapter (disk, Azure Blob): content addressing, idempotent puts, refusal
 * of anything that is not a sha256 key, persistence across a reopen. The .docx is a filled report from our writer.
 */
import { createHash, randomBytes } from "node:crypto";
import type { DocumentBlobStore } from "../../functions/blob/port";
import { makeFilledReportDocx } from "../fixtures/reports";

export interface BlobFixture {
  /** Opens a store over the fixture's backing data; calling it again after close() reopens the same data. */
  open(): Promise<DocumentBlobStore>;
  dispose(): Promise<void>;
}

const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Byte equality without jest's element-by-element diff, which takes seconds on megabytes. */
function expectSameBytes(actual: Uint8Array | undefined, expected: Uint8Array): void {
  expect(actual).toBeDefined();
  expect(actual?.byteLength).toBe(expected.byteLength);
  expect(Buffer.from(actual ?? []).equals(Buffer.from(expected))).toBe(true);
}

export function runBlobContract(name: string, makeBlob: () => Promise<BlobFixture>): void {
  describe(`DocumentBlobStore contract: ${name}`, () => {
    let fixture: BlobFixture;
    let blobs: DocumentBlobStore;

    beforeEach(async () => {
      fixture = await makeBlob();
      blobs = await fixture.open();
    });
    afterEach(async () => {
      await blobs.close();
      await fixture.dispose();
    });

    it("stores a real .docx under its sha256 and returns the same bytes", async () => {
      const bytes = makeFilledReportDocx("snv");
      const key = await blobs.put(bytes);
      expect(key).toBe(sha(bytes));
      expect(await blobs.has(key)).toBe(true);
      expectSameBytes(await blobs.get(key), bytes);
    });

    it("treats storing the same bytes again, also concurrently, as a no-op", async () => {
      const bytes = randomBytes(64 * 1024);
      const keys = await Promise.all(Array.from({ length: 10 }, () => blobs.put(bytes)));
      expect(new Set(keys)).toEqual(new Set([sha(bytes)]));
      expect(await blobs.put(bytes)).toBe(sha(bytes));
      expectSameBytes(await blobs.get(sha(bytes)), bytes);
    });

    it("keeps different documents apart, including an empty one and a large one", async () => {
      const large = randomBytes(3 * 1024 * 1024);
      const empty = new Uint8Array(0);
      const [k1, k2] = await Promise.all([blobs.put(large), blobs.put(empty)]);
      expect(k1).not.toBe(k2);
      expectSameBytes(await blobs.get(k1 ?? ""), large);
      expectSameBytes(await blobs.get(k2 ?? ""), empty);
    });

    it("answers undefined / false for a key it does not hold", async () => {
      const missing = sha(randomBytes(16));
      expect(await blobs.get(missing)).toBeUndefined();
      expect(await blobs.has(missing)).toBe(false);
    });

    it("accepts the key in upper case as the same document", async () => {
      const bytes = randomBytes(100);
      const key = await blobs.put(bytes);
      expect(await blobs.has(key.toUpperCase())).toBe(true);
    });

    it.each(["../../etc/passwd", "", "abc", "g".repeat(64), `${"a".repeat(63)}/`, `${"a".repeat(64)}\u0000`, "a".repeat(65)])(
      "refuses %j as a key",
      async (bad) => {
        await expect(blobs.get(bad)).rejects.toThrow(RangeError);
        await expect(blobs.has(bad)).rejects.toThrow(RangeError);
      },
    );

    it("keeps documents across close and reopen", async () => {
      const bytes = randomBytes(1000);
      const key = await blobs.put(bytes);
      await blobs.close();
      blobs = await fixture.open();
      expectSameBytes(await blobs.get(key), bytes);
    });
  });
}
