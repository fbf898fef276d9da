/**
 * Issue 10 §4 and §9: what a production build of the pane ships. No source maps (our readable source for anyone who
 * opens the pane's URL), and the bundle is built as production, so addin/config.ts ignores `?api=`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { buildAddin, bundleOptions } = require("../../scripts/build-addin") as {
  buildAddin(o: { outDir: string; baseUrl: string; apiBase: string; production?: boolean }): Promise<{ outDir: string }>;
  bundleOptions(production: boolean): { define: Record<string, string> };
};

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" });
}

describe("production build of the pane", () => {
  const outDir = mkdtempSync(join(tmpdir(), "cchc-addin-prod-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("ships no source map, even into a folder a development build left maps in", async () => {
    writeFileSync(join(outDir, "taskpane.js.map"), "{}");
    await buildAddin({ outDir, baseUrl: "https://cchc.example", apiBase: "https://api.cchc.example", production: true });
    const built = files(outDir);
    expect(built).toContain("taskpane.js");
    expect(built.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(readFileSync(join(outDir, "taskpane.js"), "utf8")).not.toMatch(/sourceMappingURL/);
  });

  it("is built as production, the switch addin/config.ts reads to refuse ?api=", () => {
    expect(bundleOptions(true).define["process.env.NODE_ENV"]).toBe('"production"');
    expect(bundleOptions(false).define["process.env.NODE_ENV"]).toBe('"development"');
  });
});
