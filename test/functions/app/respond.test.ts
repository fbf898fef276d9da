import { bodyBytes, file, json, respond } from "../../../functions/app/respond";
import { withHeaders } from "../../../functions/app/serve";

describe("answers built by the respond helpers", () => {
  it("read like any web Response through every body member, and hand the hosts their bytes", async () => {
    const res = json(201, { a: "ạ" }, { Location: "/x" });
    expect(res).toBeInstanceOf(Response);
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("location")).toBe("/x");
    expect(new TextDecoder().decode(bodyBytes(res))).toBe('{"a":"ạ"}');
    expect(res.bodyUsed).toBe(false);
    expect(await res.clone().json()).toEqual({ a: "ạ" });
    expect(await res.clone().text()).toBe('{"a":"ạ"}');
    expect(new Uint8Array(await res.clone().arrayBuffer())).toEqual(new TextEncoder().encode('{"a":"ạ"}'));
    const plain = new Response('{"a":"ạ"}', { headers: { "Content-Type": "application/json; charset=utf-8" } });
    expect((await res.clone().blob()).type).toBe((await plain.blob()).type);
    // Re-wrapping through the body stream, as a proxy or a library would, gives the same bytes.
    expect(await new Response(res.body, res).text()).toBe('{"a":"ạ"}');
    expect(res.bodyUsed).toBe(true);
    expect(() => res.clone()).toThrow(TypeError);
  });

  it("builds downloads and empty answers; other Responses have no bytes to hand over", async () => {
    const doc = file(new Uint8Array([1, 2, 3]), "application/octet-stream", "a.bin");
    expect(doc.headers.get("content-disposition")).toBe('attachment; filename="a.bin"');
    expect(new Uint8Array(await doc.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    const notModified = respond(304, undefined, { ETag: 'W/"x"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    expect(bodyBytes(notModified)).toBeUndefined();
    expect(bodyBytes(new Response("x"))).toBeUndefined();
  });

  it("withHeaders adds nosniff and CORS, adds to Vary, and copies an answer whose headers are immutable", async () => {
    const res = withHeaders(json(200, {}, { Vary: "Accept-Encoding" }), { Vary: "Origin", "Access-Control-Allow-Origin": "https://a" });
    expect(res.headers.get("vary")).toBe("Accept-Encoding, Origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("access-control-allow-origin")).toBe("https://a");
    const frozen = withHeaders(Response.redirect("https://example.test/", 302), { Vary: "Origin" });
    expect(frozen.status).toBe(302);
    expect(frozen.headers.get("location")).toBe("https://example.test/");
    expect(frozen.headers.get("vary")).toBe("Origin");
  });
});
