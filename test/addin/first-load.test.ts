/**
 * Issue 14: what the pane's first screen loads (taskpane.js and its static imports). zod, the Fluent components of
 * the dialogs, the unit picker and the contest form, the rule engine, the notices and findings, English and the error
 * catalogue are chunks loaded later; a static import creeping back (often through a barrel file) would silently put
 * them back into the first load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Metafile } from "esbuild";

const { buildAddin } = require("../../scripts/build-addin") as {
  buildAddin(o: { outDir: string; baseUrl: string; apiBase: string; production?: boolean }): Promise<{ metafile: Metafile }>;
};

const ROOT = resolve(__dirname, "..", "..");

/** Every source file bundled into taskpane.js or a chunk it imports statically. */
function firstLoadInputs(metafile: Metafile): string[] {
  const outputs = new Map(Object.entries(metafile.outputs).map(([p, o]) => [resolve(ROOT, p), o]));
  const entry = [...outputs.keys()].find((p) => p.endsWith("/taskpane.js"));
  const seen = new Set<string>();
  const visit = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const i of outputs.get(p)?.imports ?? []) if (i.kind === "import-statement") visit(resolve(ROOT, i.path));
  };
  if (entry) visit(entry);
  return [...seen].flatMap((p) => Object.keys(outputs.get(p)?.inputs ?? {}));
}

describe("the pane's first load", () => {
  const outDir = mkdtempSync(join(tmpdir(), "cchc-addin-first-"));
  let inputs: string[] = [];
  beforeAll(async () => {
    const { metafile } = await buildAddin({ outDir, baseUrl: "https://cchc.example", apiBase: "https://api.cchc.example", production: true });
    inputs = firstLoadInputs(metafile);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("carries neither zod, nor the dialogs, unit picker and contest form, nor the rule engine", () => {
    expect(inputs).toContain("addin/panes/App.tsx");
    const late = inputs.filter((i) => /node_modules\/zod\/|react-(dialog|combobox|popover|textarea)\/|shared\/rules\/|addin\/word\/(insertOutline|insertSection|removeSection)\.ts/.test(i));
    expect(late).toEqual([]);
  });

  it("draws its first screen without the Fluent components of later states, Griffel's runtime, tabster, English or the error catalogue", () => {
    expect(inputs).toContain("addin/i18n/vi.ts");
    const late = inputs.filter((i) =>
      /node_modules\/(tabster|stylis|rtl-css-js)\/|@griffel\/core\/src\/makeStyles|react-(message-bar|badge|select|field|spinner|progress|text)\/|shared\/errors\/messages|addin\/i18n\/en\.ts/.test(i),
    );
    expect(late).toEqual([]);
  });
});
