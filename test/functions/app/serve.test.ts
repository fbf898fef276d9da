import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";
import type { Log, Route } from "../../../functions/app/route";
import { activeRoutes, ROUTES, routesByPath } from "../../../functions/app/routes";
import { serve } from "../../../functions/app/serve";
import { composedApp } from "../../support/composed-app";

/** Handlers called without any server: a web Request, the path parameters and a log, as every host hands them over. */
const quiet: Log = { warn: () => undefined, error: () => undefined };
const call = (method: string, path: string, init: { headers?: Record<string, string>; params?: Record<string, string>; log?: Log } = {}) => ({
  req: new Request(`http://localhost/api/${path}`, { method, ...(init.headers ? { headers: init.headers } : {}) }),
  params: init.params ?? {},
  log: init.log ?? quiet,
});

const app = composedApp("cchc-serve-");

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
    const res = await serve(routesFor("campaigns/{campaignId}"), call("GET", "campaigns/ha-tinh-2024-h1", { params: { campaignId: "ha-tinh-2024-h1" } }), app().deps);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.json()).toMatchObject({ id: "ha-tinh-2024-h1", outline: { sections: expect.any(Array) } });
  });

  it("verifies the token before a protected handler runs", async () => {
    const res = await serve(routesFor("campaigns/{campaignId}/status"), call("GET", "x", { params: { campaignId: "ha-tinh-2024-h1" } }), app().deps);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "auth.missingToken" } });
  });

  it("answers 405 with Allow for a method the path does not have", async () => {
    const res = await serve(routesFor("health"), call("DELETE", "health"), app().deps);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });

  it("turns an unexpected exception into 500 http.internal without leaking it, and logs it", async () => {
    const logged: string[] = [];
    const boom: Route = { name: "boom", method: "GET", route: "boom", auth: "none", handler: async () => { throw new Error("secret detail"); } };
    const log: Log = { warn: () => undefined, error: (m) => logged.push(m) };
    const res = await serve([boom], call("GET", "boom", { log }), app().deps);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret detail");
    expect(String(logged)).toContain("secret detail");
  });

  it("refuses before the body is read: no token, a declared length over the cap, a spent upload budget", async () => {
    // Azure hands over a request whose body is still the host's stream; none of these refusals may touch it.
    const path = "campaigns/{campaignId}/units/{unitId}/submissions";
    const params = { campaignId: "ha-tinh-2024-h1", unitId: "snv" };
    const token = (await app().deps.devIssuer!.issue({ unitId: "snv" }, new Date())).token;
    const post = (headers: Record<string, string>) => ({
      req: new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": "text/plain", ...headers }, body: "0123456789" }),
      params,
      log: quiet,
    });

    const anonymous = post({ "content-length": "10" });
    expect((await serve(routesFor(path), anonymous, app().deps)).status).toBe(401);
    expect(anonymous.req.bodyUsed).toBe(false);

    const huge = post({ authorization: `Bearer ${token}`, "content-length": String(app().deps.maxUploadBytes + 1) });
    expect((await serve(routesFor(path), huge, app().deps)).status).toBe(413);
    expect(huge.req.bodyUsed).toBe(false);

    const release = app().deps.limits.uploads.reserve(app().deps.maxUploadBytes * 4);
    try {
      const busy = post({ authorization: `Bearer ${token}`, "content-length": "10" });
      const res = await serve(routesFor(path), busy, app().deps);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: { code: "server.busy" } });
      expect(busy.req.bodyUsed).toBe(false);
    } finally {
      release?.();
    }

    // The control: an admitted request reaches the handler, which reads the body (ten bytes that are no .docx).
    const admitted = post({ authorization: `Bearer ${token}`, "content-length": "10", "content-type": DOCX_MEDIA_TYPE });
    expect((await serve(routesFor(path), admitted, app().deps)).status).toBe(400);
    expect(admitted.req.bodyUsed).toBe(true);
    expect(app().deps.limits.uploads.inUse()).toBe(0);
  });
});
