import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sweepOrphans } from "../../../functions/blob/sweep";
import { compose } from "../../../functions/compose";
import { parseConfig } from "../../../functions/config";

const NOW = new Date("2026-01-10T00:00:00Z");
const HOUR = 3600_000;
const key = (c: string) => c.repeat(64);

/** A file of the disk blob store's layout, last modified `ageMs` before NOW. */
function put(dir: string, name: string, ageMs: number, folderKey = name.replace(/^\./, "")): string {
  const folder = join(dir, folderKey.slice(0, 2), folderKey.slice(2, 4));
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, "x");
  const t = new Date(NOW.getTime() - ageMs);
  utimesSync(path, t, t);
  return path;
}

describe("sweepOrphans", () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-sweep-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("removes old documents no record points at and old .tmp files, nothing else", async () => {
    const recorded = put(dir, key("a"), 5 * HOUR);
    const orphan = put(dir, key("b"), 5 * HOUR);
    const young = put(dir, key("c"), 0.5 * HOUR);
    const tmp = put(dir, `.${key("d")}.0a1b2c.tmp`, 5 * HOUR, key("d"));
    const youngTmp = put(dir, `.${key("e")}.0a1b2c.tmp`, 0.5 * HOUR, key("e"));
    const foreign = put(dir, "notes.txt", 5 * HOUR, key("f"));
    const removed = await sweepOrphans({ dir, referenced: new Set([key("a")]), graceMs: HOUR, now: NOW });
    expect(removed.sort()).toEqual([orphan, tmp].sort());
    for (const kept of [recorded, young, youngTmp, foreign]) {
      expect(readdirSync(join(kept, ".."))).toContain(kept.split(/[/\\]/).pop());
    }
  });
});

describe("compose sweeps the data folder at start", () => {
  it("removes an orphan left by a crash and keeps the documents records point at", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cchc-sweep-start-"));
    try {
      const config = parseConfig({ CCHC_DATA_DIR: dataDir, CCHC_DEV_AUTH: "1", ORPHAN_GRACE_SEC: "3600" });
      const documents = join(dataDir, "documents");
      const orphan = put(documents, key("b"), 2 * HOUR);
      const app = await compose(config, { now: () => NOW });
      await app.close();
      expect(readdirSync(join(orphan, ".."))).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
