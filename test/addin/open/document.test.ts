import { fetchDocument, submissionIdFrom } from "../../../addin/open/document";

describe("open.html: reading the link", () => {
  it("accepts only a submission id, never a path or anything else", () => {
    expect(submissionIdFrom("?submission=ha-tinh-2024-h1.stp.v3")).toBe("ha-tinh-2024-h1.stp.v3");
    for (const bad of ["", "?submission=", "?submission=../../etc/passwd", "?submission=a.b.v0", "?submission=a.b", "?id=a.b.v1"]) {
      expect(submissionIdFrom(bad)).toBeUndefined();
    }
  });
});

describe("open.html: downloading", () => {
  const calls: { url: string; auth: string | null }[] = [];
  const answering = (res: Response) =>
    (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), auth: new Headers(init?.headers).get("authorization") });
      return res;
    }) as typeof fetch;
  beforeEach(() => (calls.length = 0));

  it("sends the token to the API only and names the file as the API does", async () => {
    const res = new Response(new Uint8Array([80, 75, 3, 4]), { headers: { "content-disposition": 'attachment; filename="stp-v3.docx"' } });
    const got = await fetchDocument("https://api.example", "c.stp.v3", "T", answering(res));
    expect(calls).toEqual([{ url: "https://api.example/api/submissions/c.stp.v3/document", auth: "Bearer T" }]);
    expect(got.ok && got.filename).toBe("stp-v3.docx");
    expect(got.ok && (await got.blob.arrayBuffer()).byteLength).toBe(4);
  });

  it("explains a refusal in Vietnamese and English, by status", async () => {
    const forbidden = await fetchDocument("https://api.example", "c.stp.v3", "T", answering(new Response("{}", { status: 403 })));
    expect(forbidden).toMatchObject({ ok: false, status: 403, vi: expect.stringContaining("không được mở văn bản này"), en: expect.stringContaining("may not open") });
    const gone = await fetchDocument("https://api.example", "c.stp.v3", "T", answering(new Response("{}", { status: 404 })));
    expect(gone).toMatchObject({ ok: false, status: 404 });
    const offline = await fetchDocument("https://api.example", "c.stp.v3", "T", (() => Promise.reject(new TypeError("failed"))) as typeof fetch);
    expect(offline).toMatchObject({ ok: false, status: 0 });
  });

  it("never takes a file name with a path from the answer", async () => {
    const res = new Response("x", { headers: { "content-disposition": 'attachment; filename="../../x.docx"' } });
    const got = await fetchDocument("https://api.example", "c.stp.v3", "T", answering(res));
    expect(got.ok && got.filename).toBe("c.stp.v3.docx");
  });
});
