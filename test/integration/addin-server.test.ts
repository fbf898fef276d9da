import fs from "node:fs";
import { request } from "node:https";
import os from "node:os";
import path from "node:path";
import { startAddinServer, type AddinServer } from "../../dev/addin-server";

let dir: string;
let certDir: string;
let server: AddinServer;
const lines: string[] = [];

beforeAll(async () => {
  // Tests never touch the machine's trust store.
  process.env.ADDIN_INSTALL_CA = "0";
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-pane-"));
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-certs-"));
  fs.writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><div id=root></div>");
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "assets", "icon-16.png"), Buffer.from([0x89, 0x50]));
  fs.writeFileSync(path.join(os.tmpdir(), "cchc-secret.txt"), "secret");
  server = await startAddinServer({ port: 0, dir, certDir, log: (l) => lines.push(l) });
}, 60_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(certDir, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), "cchc-secret.txt"), { force: true });
});

function get(pathname: string): Promise<{ status: number; type: string; body: string }> {
  const ca = fs.readFileSync(path.join(certDir, "ca.crt"));
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${pathname}`, { ca }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("startAddinServer", () => {
  it("serves the pane over https with a localhost certificate signed by the development CA", async () => {
    expect(server.url).toMatch(/^https:\/\/localhost:\d+$/);
    const page = await get("/taskpane.html");
    expect(page).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
    expect(await get("/")).toMatchObject({ status: 200 });
    expect(await get("/assets/icon-16.png")).toMatchObject({ status: 200, type: "image/png" });
    // Not installed here: the server says so, with the command that fixes it.
    expect(lines.join("\n")).toMatch(/office-addin-dev-certs install/);
  });

  it("serves nothing outside its folder", async () => {
    expect((await get("/../cchc-secret.txt")).status).toBe(404);
    expect((await get("/%2e%2e/cchc-secret.txt")).status).toBe(404);
    expect((await get("/assets")).status).toBe(404);
    expect((await get("/missing.js")).status).toBe(404);
  });

  it("reuses a valid certificate on the next start", async () => {
    const before = fs.readFileSync(path.join(certDir, "localhost.crt"), "utf8");
    const again = await startAddinServer({ port: 0, dir, certDir, log: () => undefined });
    await again.close();
    expect(fs.readFileSync(path.join(certDir, "localhost.crt"), "utf8")).toBe(before);
  });
});
