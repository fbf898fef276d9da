/**
 * Files of the disk blob store that nothing counts: a document written before a crash stopped its record, and the
 * `.tmp` of a write cut short. Removed at start, and only once older than the grace period, so a document another
 * process is writing or about to record right now is never touched. Best effort: what cannot be removed stays.
 */
import { readdir, stat, unlink } from "node:fs/promises";
import { join } from "node:path";

const KEY = /^[0-9a-f]{64}$/;
const TEMP = /^\.[0-9a-f]{64}\.[0-9a-f]+\.tmp$/;
const FOLDER = /^[0-9a-f]{2}$/;

export interface SweepOptions {
  dir: string;
  /** Hashes some record points at. */
  referenced: ReadonlySet<string>;
  graceMs: number;
  now: Date;
}

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** The paths removed. */
export async function sweepOrphans(o: SweepOptions): Promise<string[]> {
  const removed: string[] = [];
  const cutoff = o.now.getTime() - o.graceMs;
  for (const a of (await entries(o.dir)).filter((n) => FOLDER.test(n))) {
    for (const b of (await entries(join(o.dir, a))).filter((n) => FOLDER.test(n))) {
      const folder = join(o.dir, a, b);
      for (const name of await entries(folder)) {
        const orphan = TEMP.test(name) || (KEY.test(name) && name.startsWith(a + b) && !o.referenced.has(name));
        if (!orphan) continue;
        const path = join(folder, name);
        try {
          if ((await stat(path)).mtimeMs > cutoff) continue;
          await unlink(path);
          removed.push(path);
        } catch {
          // Gone already, or not ours to remove: the next start tries again.
        }
      }
    }
  }
  return removed;
}
