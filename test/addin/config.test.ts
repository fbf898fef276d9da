import { loadConfig } from "../../addin/config";

describe("loadConfig", () => {
  it("defaults to the local backend when there is no config.json", async () => {
    await expect(loadConfig("", () => Promise.reject(new Error("404")))).resolves.toEqual({ apiBase: "http://127.0.0.1:7071" });
  });

  it("reads config.json and lets query parameters override it", async () => {
    const file = { apiBase: "https://api.cchc.example/", auth: { clientId: "id", scopes: ["api://x/access_as_user"] } };
    const config = await loadConfig("?api=http://127.0.0.1:9999&campaign=demo-2026", () => Promise.resolve(file));
    expect(config).toEqual({ apiBase: "http://127.0.0.1:9999", campaignId: "demo-2026", auth: file.auth });
    expect((await loadConfig("", () => Promise.resolve(file))).apiBase).toBe("https://api.cchc.example");
  });

  it("ignores ?api= in a production build: only config.json names the server", async () => {
    const file = { apiBase: "https://api.cchc.example" };
    const config = await loadConfig("?api=https://evil.example&campaign=demo-2026", () => Promise.resolve(file), false);
    expect(config).toEqual({ apiBase: "https://api.cchc.example", campaignId: "demo-2026" });
  });

  it("ignores a malformed config rather than failing to start", async () => {
    await expect(loadConfig("", () => Promise.resolve({ apiBase: "not a url" }))).resolves.toEqual({ apiBase: "http://127.0.0.1:7071" });
  });
});
