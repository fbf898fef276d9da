import { HttpRequest, HttpResponse, InvocationContext } from "@azure/functions";
import { file, json, respond } from "../../../functions/app/respond";
import { routesByPath, ROUTES } from "../../../functions/app/routes";
import { serve } from "../../../functions/app/serve";
import { logOf, toRequest, toResponseInit } from "../../../functions/azure/web";
import { composedApp } from "../../support/composed-app";
import { DOCX_MEDIA_TYPE } from "../../../shared/api/submissions";

const app = composedApp("cchc-azure-web-");

describe("Azure HttpRequest → web Request", () => {
  const path = "campaigns/{campaignId}/units/{unitId}/submissions";
  const routes = routesByPath(ROUTES).get(path) ?? [];
  const params = { campaignId: "ha-tinh-2024-h1", unitId: "snv" };
  const ctx = new InvocationContext({ functionName: "test", logHandler: () => undefined });
  const post = (headers: Record<string, string>) =>
    new HttpRequest({ method: "POST", url: "http://localhost/api/x?a=1", headers, params, body: { bytes: new Uint8Array(10) } });
  const run = async (req: HttpRequest) => toResponseInit(await serve(routes, { req: toRequest(req), params: req.params, log: logOf(ctx) }, app().deps));

  it("keeps method, URL and headers, and leaves the body unread until a handler reads it", async () => {
    const req = post({ "content-type": "text/plain", "x-a": "b" });
    const web = toRequest(req);
    expect([web.method, web.url, web.headers.get("x-a")]).toEqual(["POST", "http://localhost/api/x?a=1", "b"]);
    expect(req.bodyUsed).toBe(false);
    expect((await web.arrayBuffer()).byteLength).toBe(10);
    expect(req.bodyUsed).toBe(true);
    expect(toRequest(new HttpRequest({ method: "GET", url: "http://localhost/api/health" })).body).toBeNull();
  });

  it("refusals from the headers (token, declared length) never touch the host's body; an admitted call reads it", async () => {
    const token = (await app().deps.devIssuer!.issue({ unitId: "snv" }, new Date())).token;
    const anonymous = post({ "content-length": "10", "content-type": DOCX_MEDIA_TYPE });
    expect((await run(anonymous)).status).toBe(401);
    expect(anonymous.bodyUsed).toBe(false);
    const huge = post({ authorization: `Bearer ${token}`, "content-length": String(app().deps.maxUploadBytes + 1) });
    expect((await run(huge)).status).toBe(413);
    expect(huge.bodyUsed).toBe(false);
    const admitted = post({ authorization: `Bearer ${token}`, "content-length": "10", "content-type": DOCX_MEDIA_TYPE });
    expect((await run(admitted)).status).toBe(400);
    expect(admitted.bodyUsed).toBe(true);
    expect(app().deps.limits.uploads.inUse()).toBe(0);
  });
});

describe("web Response → Azure HttpResponseInit", () => {
  /** What the library sends for an init: its own HttpResponse over it. */
  const sent = async (res: Response) => {
    const out = new HttpResponse(toResponseInit(res));
    return { status: out.status, headers: Object.fromEntries(out.headers), body: new Uint8Array(await out.arrayBuffer()) };
  };
  const expected = async (res: Response) => ({
    status: res.status,
    headers: Object.fromEntries(res.headers),
    body: new Uint8Array(await res.clone().arrayBuffer()),
  });

  it("carries status, every header and the body bytes as the handler made them", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("streamed "));
        c.enqueue(new TextEncoder().encode("body"));
        c.close();
      },
    });
    for (const res of [
      json(201, { a: "ạ" }, { Location: "/x", "Idempotency-Key": "k" }),
      file(new Uint8Array([0, 255, 7]), DOCX_MEDIA_TYPE, "a.docx", { ETag: '"e"' }),
      respond(304, undefined, { ETag: 'W/"x"', Vary: "Accept-Encoding" }),
      new Response(stream, { status: 202, headers: { "X-Kind": "stream" } }),
    ]) {
      const want = await expected(res);
      expect(await sent(res)).toEqual(want);
    }
  });
});
