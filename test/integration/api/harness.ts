/**
 * Starts the real local host on a free port with a temporary data folder and development sign-in, composed by the
 * real composition root (SQLite + disk). Overrides are a clock and store wrappers, nothing else.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activeRoutes } from "../../../functions/app/routes";
import type { Deps } from "../../../functions/app/deps";
import { compose, type ComposeOverrides } from "../../../functions/compose";
import { parseConfig } from "../../../functions/config";
import { startLocalHost } from "../../../dev/host";
import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";

export interface Api {
  url: string;
  dataDir: string;
  deps: Deps;
  /** Logged lines (warnings and errors of invocations), for assertions on what clients are not told. */
  logs: string[];
  token(who: { unitId: string } | { role: "secretariat" }, extra?: Record<string, unknown>): Promise<string>;
  /** Stops the host and closes the store; keeps the data folder unless `remove`. */
  stop(remove?: boolean): Promise<void>;
}

export interface StartOptions extends ComposeOverrides {
  dataDir?: string;
  env?: Record<string, string>;
}

export async function startApi(opts: StartOptions = {}): Promise<Api> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "cchc-api-"));
  const config = parseConfig({ CCHC_DATA_DIR: dataDir, CCHC_DEV_AUTH: "1", CCHC_DEMO_CAMPAIGN: "1", ...opts.env });
  const app = await compose(config, opts);
  const logs: string[] = [];
  const host = await startLocalHost({
    deps: app.deps,
    routes: activeRoutes(app.deps.devIssuer !== undefined),
    port: 0,
    log: (level, message) => logs.push(`${level} ${message}`),
  });
  return {
    url: `${host.url}/api`,
    dataDir,
    deps: app.deps,
    logs,
    async token(who, extra = {}) {
      const res = await fetch(`${host.url}/api/dev/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...who, ...extra }),
      });
      if (res.status !== 200) throw new Error(`dev token: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async stop(remove = true) {
      await host.close();
      await app.close();
      if (remove) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const HA_TINH = "ha-tinh-2024-h1";

export function submitInit(token: string | null, body: Uint8Array, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: {
      "Content-Type": DOCX_MEDIA_TYPE,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    // A copy typed on a plain ArrayBuffer, which is what fetch's BodyInit accepts.
    body: new Uint8Array(body),
  };
}

export const auth = (token: string): RequestInit => ({ headers: { Authorization: `Bearer ${token}` } });
