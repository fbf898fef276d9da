import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HttpRequest, InvocationContext } from "@azure/functions";
import type { Route } from "../../../functions/app/route";
import { activeRoutes, ROUTES, routesByPath } from "../../../functions/app/routes";
import { serve } from "../../../functions/app/serve";
import { compose, type Composed } from "../../../functions/compose";
import { parseConfig } from "../../../functions/config";

/** Handlers called without any server: the same HttpRequest objects the Functions runtime builds. */
const ctx = () => new InvocationContext({ functionName: "test", logHandler: () => {} });
const req = (method: string, path: string, init: { headers?: Record<string, string>; params?: Record<string, string> } = {}) =>
  new HttpRequest({ method, url: `http://localhost/api/${path}`, ...init });

let app: Composed;
const dir = mkdtempSync(join(tmpdir(), "cchc-serve-"));
beforeAll(async () => {
  app = await compose(parseConfig({ CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1" }));
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("route table", () => {
  it("has unique Azure-valid names and one route per method and path", () => {
    const names = ROUTES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
    const keys = ROUTES.map((r) => `${r.method} ${r.route}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("drops the development routes unless development sign-in is on", () => {
    expect(activeRoutes(false).some((r) => r.route.startsWith("dev/"))).toBe(false);
    expect(activeRoutes(true).filter((r) => r.route.startsWith("dev/")).length).toBe(2);
  });
});

describe("serve() without a server", () => {
  const byPath = routesByPath(ROUTES);
  const routesFor = (path: string) => byPath.get(path) ?? [];

  it("runs a public handler", async () => {
    const res = await serve(routesFor("campaigns/{campaignId}"), req("GET", "campaigns/ha-tinh-2024-h1", { params: { campaignId: "ha-tinh-2024-h1" } }), ctx(), app.deps);
    expect(res.status).toBe(200);
    expect(res.jsonBody).toMatchObject({ id: "ha-tinh-2024-h1", outline: { sections: expect.any(Array) } });
  });

  it("verifies the token before a protected handler runs", async () => {
    const res = await serve(routesFor("campaigns/{campaignId}/status"), req("GET", "x", { params: { campaignId: "ha-tinh-2024-h1" } }), ctx(), app.deps);
    expect(res.status).toBe(401);
    expect(res.jsonBody).toMatchObject({ error: { code: "auth.missingToken" } });
  });

  it("answers 405 with Allow for a method the path does not have", async () => {
    const res = await serve(routesFor("health"), req("DELETE", "health"), ctx(), app.deps);
    expect(res.status).toBe(405);
    expect(res.headers).toMatchObject({ allow: "GET" });
  });

  it("turns an unexpected exception into 500 http.internal without leaking it, and logs it", async () => {
    const logged: unknown[] = [];
    const boom: Route = { name: "boom", method: "GET", route: "boom", auth: "none", handler: async () => { throw new Error("secret detail"); } };
    const c = new InvocationContext({ functionName: "boom", logHandler: (_level, ...args) => logged.push(...args) });
    const res = await serve([boom], req("GET", "boom"), c, app.deps);
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.jsonBody)).not.toContain("secret detail");
    expect(String(logged)).toContain("secret detail");
  });

  it("refuses before the body is read: no token, a declared length over the cap, a spent upload budget", async () => {
    // Azure hands over a request whose body is read by arrayBuffer(); none of these refusals may get that far.
    const path = "campaigns/{campaignId}/units/{unitId}/submissions";
    const params = { campaignId: "ha-tinh-2024-h1", unitId: "snv" };
    const token = (await app.deps.devIssuer!.issue({ unitId: "snv" }, new Date())).token;
    const post = (headers: Record<string, string>) => {
      const r = new HttpRequest({ method: "POST", url: "http://localhost/api/x", headers, params, body: { bytes: new Uint8Array(10) } });
      const read = jest.spyOn(r, "arrayBuffer");
      return { r, read };
    };

    const anonymous = post({ "content-length": "10" });
    expect((await serve(routesFor(path), anonymous.r, ctx(), app.deps)).status).toBe(401);
    expect(anonymous.read).not.toHaveBeenCalled();

    const huge = post({ authorization: `Bearer ${token}`, "content-length": String(app.deps.maxUploadBytes + 1) });
    expect((await serve(routesFor(path), huge.r, ctx(), app.deps)).status).toBe(413);
    expect(huge.read).not.toHaveBeenCalled();

    const release = app.deps.limits.uploads.reserve(app.deps.maxUploadBytes * 4);
    try {
      const busy = post({ authorization: `Bearer ${token}`, "content-length": "10" });
      const res = await serve(routesFor(path), busy.r, ctx(), app.deps);
      expect(res.status).toBe(503);
      expect(res.jsonBody).toMatchObject({ error: { code: "server.busy" } });
      expect(busy.read).not.toHaveBeenCalled();
    } finally {
      release?.();
    }
    expect(app.deps.limits.uploads.inUse()).toBe(0);
  });
});
