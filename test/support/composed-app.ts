/**
 * The app composed on its embedded defaults (SQLite and documents in a temp folder of its own) with development
 * sign-in, for the tests of one file; closed and its folder removed after them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compose, type Composed } from "../../functions/compose";
import { parseConfig } from "../../functions/config";

export function composedApp(prefix: string): () => Composed {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  let app: Composed | undefined;
  beforeAll(async () => {
    app = await compose(parseConfig({ CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1" }));
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!app) throw new Error("the app is composed in beforeAll");
    return app;
  };
}
