import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpRequest, HttpResponse, InvocationContext, type HttpFunctionOptions, type TimerFunctionOptions } from "@azure/functions";
import { ROUTES } from "../../../functions/app/routes";
import { compose } from "../../../functions/compose";
import { parseConfig } from "../../../functions/config";

const registered: { name: string; options: HttpFunctionOptions }[] = [];
const timers: { name: string; options: TimerFunctionOptions }[] = [];
jest.mock("@azure/functions", () => {
  const actual: typeof import("@azure/functions") = jest.requireActual("@azure/functions");
  return {
    ...actual,
    app: {
      ...actual.app,
      http: (name: string, options: HttpFunctionOptions) => registered.push({ name, options }),
      timer: (name: string, options: TimerFunctionOptions) => timers.push({ name, options }),
    },
  };
});

describe("Azure Functions entry", () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-azure-"));
  const saved = { ...process.env };
  afterAll(async () => {
    process.env = saved;
    // The entry composes the app in the background; a request waits for it, so the data folder is complete before
    // it is removed (otherwise the store creates it again afterwards and it is left behind).
    const health = registered.find((r) => r.options.route === "health");
    await health?.options.handler({} as HttpRequest, { error: () => undefined } as unknown as InvocationContext);
    rmSync(dir, { recursive: true, force: true });
  });

  it("registers every route of the table, one anonymous function per path with OPTIONS for CORS", () => {
    process.env = {
      ...saved,
      CCHC_DATA_DIR: dir,
      CCHC_DEV_AUTH: "",
      AUTH_ISSUER: "https://login.example.test/t/v2.0",
      AUTH_AUDIENCE: "api://cchc",
      AUTH_JWKS_URI: "https://login.example.test/t/keys",
    };
    jest.isolateModules(() => {
      require("../../../functions/azure/index");
    });
    const served = registered.flatMap((r) => (r.options.methods ?? []).map((m) => `${m} ${r.options.route}`));
    const expected = ROUTES.filter((r) => r.auth !== "dev").map((r) => `${r.method} ${r.route}`);
    expect(served.filter((s) => !s.startsWith("OPTIONS")).sort()).toEqual(expected.sort());
    for (const r of registered) {
      expect(r.options.authLevel).toBe("anonymous");
      expect(r.options.methods).toContain("OPTIONS");
    }
    expect(new Set(registered.map((r) => r.options.route)).size).toBe(registered.length);
    // The sheet sync every 10 seconds, the reminder policy every 5 minutes (NCRONTAB with seconds).
    expect(timers.map((t) => [t.name, t.options.schedule])).toEqual([
      ["sheet-sync", "*/10 * * * * *"],
      ["reminders", "0 */5 * * * *"],
    ]);
  });

  it("answers through the web adapters: a registered function returns what the handler's Response said", async () => {
    const health = registered.find((r) => r.options.route === "health");
    const req = new HttpRequest({ method: "GET", url: "http://localhost/api/health", headers: { origin: "https://elsewhere.test" } });
    const res = new HttpResponse(await health!.options.handler(req, new InvocationContext({ functionName: "health" })));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("vary")).toBe("Origin");
    expect(await res.json()).toMatchObject({ status: "ok", devAuth: false });
  });

  it("never serves development sign-in, on any plan: CCHC_DEV_AUTH=1 stops the entry before anything is registered", () => {
    // Linux Consumption and Flex Consumption set CONTAINER_NAME / WEBSITE_SITE_NAME but not WEBSITE_INSTANCE_ID.
    for (const plan of [{ CONTAINER_NAME: "cchc" }, { WEBSITE_SITE_NAME: "cchc" }, {}]) {
      registered.length = 0;
      process.env = { ...saved, CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1", WEBSITE_INSTANCE_ID: "", ...plan };
      let thrown: unknown;
      jest.isolateModules(() => {
        try {
          require("../../../functions/azure/index");
        } catch (err) {
          thrown = err;
        }
      });
      expect(thrown).toMatchObject({ code: "config.invalid", message: expect.stringContaining("CCHC_DEV_AUTH") });
      expect(registered).toEqual([]);
    }
  });

  it("does not trust the development issuer even when handed a development configuration", async () => {
    const local = parseConfig({ CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1" });
    await expect(compose({ ...local, entry: "azure" })).rejects.toMatchObject({ code: "config.invalid" });
  });
});
