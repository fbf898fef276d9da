import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { json, respond } from "../../functions/app/respond";
import type { PublicCall, Route } from "../../functions/app/route";
import { compose, type Composed } from "../../functions/compose";
import { parseConfig } from "../../functions/config";
import { startLocalHost, type LocalHost } from "../../dev/host";

/** The local host's translation alone: node:http → web Request for the handler, its web Response → node:http. */
let app: Composed;
let host: LocalHost;
const seen: { method: string; url: string; header: string | null; params: Record<string, string>; body: string }[] = [];
const dir = mkdtempSync(join(tmpdir(), "cchc-host-"));

const record = async ({ req, params }: PublicCall) => {
  seen.push({ method: req.method, url: req.url, header: req.headers.get("x-a"), params: { ...params }, body: await req.text() });
};
const routes: Route[] = [
  {
    name: "echo",
    method: "POST",
    route: "echo/{id}",
    auth: "none",
    handler: async (call) => {
      await record(call);
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode("streamed "));
          c.enqueue(new TextEncoder().encode("answer"));
          c.close();
        },
      });
      return new Response(stream, { status: 202, headers: { "X-Kind": "stream", Vary: "Accept" } });
    },
  },
  { name: "json", method: "GET", route: "json/{id}", auth: "none", handler: async ({ params }) => json(200, { id: params["id"] }, { ETag: '"e"' }) },
  { name: "same", method: "GET", route: "same", auth: "none", handler: async () => respond(304, undefined, { ETag: '"e"' }) },
];

beforeAll(async () => {
  app = await compose(parseConfig({ CCHC_DATA_DIR: dir, CCHC_DEV_AUTH: "1" }));
  host = await startLocalHost({ deps: app.deps, routes, port: 0, log: () => undefined });
});
afterAll(async () => {
  await host.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

it("hands the handler a web Request with method, URL, headers, decoded path parameters and the body", async () => {
  const res = await fetch(`${host.url}/api/echo/a%20b?q=1`, { method: "POST", headers: { "x-a": "b", "content-type": "text/plain" }, body: "hello" });
  expect(seen).toEqual([{ method: "POST", url: `${host.url}/api/echo/a%20b?q=1`, header: "b", params: { id: "a b" }, body: "hello" }]);
  // A Response whose body is a stream is read through it; its status and headers go out as they were, plus ours.
  expect(res.status).toBe(202);
  expect(await res.text()).toBe("streamed answer");
  expect(res.headers.get("x-kind")).toBe("stream");
  expect(res.headers.get("vary")).toBe("Accept, Origin");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
});

it("writes a helper's answer with its bytes, headers and length; a 304 without a body or length", async () => {
  const res = await fetch(`${host.url}/api/json/x1`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(res.headers.get("etag")).toBe('"e"');
  expect(res.headers.get("content-length")).toBe(String('{"id":"x1"}'.length));
  expect(await res.json()).toEqual({ id: "x1" });
  const same = await fetch(`${host.url}/api/same`);
  expect(same.status).toBe(304);
  expect(same.headers.get("content-length")).toBeNull();
  expect(same.headers.get("etag")).toBe('"e"');
});
