import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
// The live module object (a namespace import would be a copy under the test transform, and a spy on it inert).
import { promises as fsPromises } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDiskBlobStore } from "../../functions/blob/disk";
import { sha256Hex } from "../../functions/blob/key";
import { BlobUnavailableError } from "../../functions/blob/port";
import { runBlobContract } from "./blob.contract";

const tempDir = (): string => mkdtempSync(join(tmpdir(), "cchc-blobs-"));

/** Every file under `dir`, relative, so a test can assert that nothing partial was left behind. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

runBlobContract("disk", async () => {
  const dir = tempDir();
  return {
    open: () => openDiskBlobStore({ dir: join(dir, "documents") }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe("disk blob store faults", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses with BlobUnavailableError when its folder cannot be written, leaving no file", async () => {
    const bytes = Buffer.from("tài liệu");
    const key = sha256Hex(bytes);
    const blobs = await openDiskBlobStore({ dir });
    // A plain file where the document's fan-out folder must go: the write cannot happen, whoever the user is.
    writeFileSync(join(dir, key.slice(0, 2)), "");
    await expect(blobs.put(bytes)).rejects.toBeInstanceOf(BlobUnavailableError);
    expect(filesUnder(dir)).toEqual([join(dir, key.slice(0, 2))]);
  });

  it("reports a full disk clearly and removes the partial temp file", async () => {
    const bytes = Buffer.from("nội dung báo cáo");
    const blobs = await openDiskBlobStore({ dir });
    jest.spyOn(fsPromises, "rename").mockRejectedValueOnce(Object.assign(new Error("no space left"), { code: "ENOSPC" }));
    const err: unknown = await blobs.put(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobUnavailableError);
    expect((err as Error).message).toMatch(/disk full \(ENOSPC\)/);
    expect(filesUnder(dir)).toEqual([]);
    expect(await blobs.has(sha256Hex(bytes))).toBe(false);
  });

  it("refuses to open on a path that is a file", async () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    await expect(openDiskBlobStore({ dir: join(file, "documents") })).rejects.toBeInstanceOf(BlobUnavailableError);
  });

  it("detects a stored document whose bytes were altered on disk", async () => {
    const blobs = await openDiskBlobStore({ dir });
    const key = await blobs.put(Buffer.from("bản gốc"));
    const path = join(dir, key.slice(0, 2), key.slice(2, 4), key);
    writeFileSync(path, "bản đã bị sửa");
    await expect(blobs.get(key)).rejects.toBeInstanceOf(BlobUnavailableError);
  });

  it("writes documents into the fan-out folders and nowhere else", async () => {
    const blobs = await openDiskBlobStore({ dir });
    const key = await blobs.put(Buffer.from("x"));
    mkdirSync(join(dir, "unrelated"));
    expect(existsSync(join(dir, key.slice(0, 2), key.slice(2, 4), key))).toBe(true);
    expect(filesUnder(dir)).toHaveLength(1);
  });
});
