import { createApi } from "../../../addin/api/client";

type Call = { url: string; init?: RequestInit };

function fakeFetch(respond: (c: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const f = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return respond({ url, init });
  };
  return { f, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const receipt = {
  submissionId: "s1",
  campaignId: "c",
  unitId: "u",
  version: 1,
  receivedAt: "2024-06-20T01:00:00.000Z",
  dueAt: "2024-06-30T16:59:59.999Z",
  onTime: true,
  sha256: "a".repeat(64),
  sizeBytes: 10,
  findings: [],
};

describe("createApi", () => {
  it("posts the .docx with the bearer token and the idempotency key", async () => {
    const { f, calls } = fakeFetch(() => json(201, receipt));
    const api = createApi("http://api.test", f);
    await expect(api.submit({ campaignId: "c 1", unitId: "u", bytes: new Uint8Array([1]), idempotencyKey: "k", token: "t" })).resolves.toMatchObject({ version: 1 });
    expect(calls[0]?.url).toBe("http://api.test/api/campaigns/c%201/units/u/submissions");
    expect(calls[0]?.init?.headers).toMatchObject({
      authorization: "Bearer t",
      "idempotency-key": "k",
      "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
  });

  it("says when the server replayed an earlier receipt (the same document sent again)", async () => {
    const replay = fakeFetch(() => new Response(JSON.stringify(receipt), { status: 201, headers: { "content-type": "application/json", "Idempotent-Replayed": "true" } }));
    const args = { campaignId: "c", unitId: "u", bytes: new Uint8Array([1]), idempotencyKey: "k", token: "t" };
    await expect(createApi("http://api.test", replay.f).submit(args)).resolves.toMatchObject({ version: 1, replayed: true });
    const fresh = fakeFetch(() => json(201, receipt));
    await expect(createApi("http://api.test", fresh.f).submit(args)).resolves.toMatchObject({ version: 1, replayed: false });
  });

  it("sends multipart/form-data with the document and the reasons when something is contested", async () => {
    const contested = [{ code: "results.count", reason: "Số liệu ở bảng Phụ lục 1 kèm theo" }];
    const { f, calls } = fakeFetch(() => json(201, { ...receipt, contested }));
    const api = createApi("http://api.test", f);
    const r = await api.submit({ campaignId: "c", unitId: "u", bytes: new Uint8Array([80, 75]), idempotencyKey: "k", token: "t", contested });
    expect(r.contested).toEqual(contested);
    const init = calls[0]?.init;
    expect(init?.headers).toEqual({ authorization: "Bearer t", "idempotency-key": "k" });
    const form = init?.body as FormData;
    expect(JSON.parse(form.get("contested") as string)).toEqual(contested);
    const doc = form.get("document") as Blob;
    expect(doc.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(new Uint8Array(await doc.arrayBuffer())).toEqual(new Uint8Array([80, 75]));
  });

  it("hands back the server's findings on 422 report.invalid", async () => {
    const finding = { code: "section.placeholder", severity: "error", message: "m", messageEn: "e", section: "II" };
    const { f } = fakeFetch(() => json(422, { error: { code: "report.invalid", message: "vi", messageEn: "en", findings: [finding] } }));
    await expect(createApi("http://api.test", f).submit({ campaignId: "c", unitId: "u", bytes: new Uint8Array(), idempotencyKey: "k", token: "t" })).rejects.toEqual({
      code: "report.invalid",
      message: "vi",
      messageEn: "en",
      status: 422,
      findings: [finding],
    });
  });

  it("reports a network failure as api.unreachable and a malformed answer as api.badResponse", async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError("Failed to fetch")));
    await expect(createApi("http://api.test", down.f).health()).rejects.toMatchObject({ code: "api.unreachable" });
    const odd = fakeFetch(() => json(200, { status: "fine" }));
    // The browser's CORS refusal also rejects, but a no-cors probe of the same server gets an (opaque) answer.
    const refused = fakeFetch(({ init }) =>
      init?.mode === "no-cors" ? new Response(null, { status: 200 }) : Promise.reject(new TypeError("Failed to fetch")),
    );
    await expect(createApi("http://api.test", refused.f).campaigns()).rejects.toEqual({ code: "api.originRefused" });
    // A lost answer on a working connection: the server still answers this origin, so it is the network.
    let lost = 0;
    const flaky = fakeFetch(({ url }) =>
      url.endsWith("/campaigns") && lost++ === 0 ? Promise.reject(new TypeError("Failed to fetch")) : json(200, { status: "ok" }),
    );
    await expect(createApi("http://api.test", flaky.f).campaigns()).rejects.toMatchObject({ code: "api.unreachable" });
    await expect(createApi("http://api.test", odd.f).health()).rejects.toMatchObject({ code: "api.badResponse" });
    const html = fakeFetch(() => new Response("<html>", { status: 502 }));
    await expect(createApi("http://api.test", html.f).campaigns()).rejects.toMatchObject({ code: "api.badResponse", status: 502 });
  });
});
