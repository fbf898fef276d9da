import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { staticFiles } from "../../dev/static-files";

describe("the pane server's headers", () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-pane-"));
  let server: Server;
  let base: string;
  beforeAll(async () => {
    writeFileSync(join(dir, "taskpane.html"), "<!doctype html><title>x</title>");
    server = createServer(staticFiles(dir));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets only Office hosts frame the pane (Content-Security-Policy frame-ancestors)", async () => {
    const res = await fetch(`${base}/taskpane.html`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1]?.split(" ") ?? [];
    expect(ancestors).toContain("https://*.officeapps.live.com");
    expect(ancestors).toContain("'self'");
    expect(ancestors).not.toContain("*");
    for (const source of ancestors.filter((a) => a !== "'self'")) {
      expect(source).toMatch(/^https:\/\/\*\.(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft|sharepoint\.com)$/);
    }
  });
});
