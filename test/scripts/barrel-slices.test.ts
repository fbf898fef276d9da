/**
 * The esbuild plugin that slices package indexes: with code splitting, what the entry imports from an index must not
 * bring the index's other files into the entry's chunks just because a lazy chunk uses them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";

const { barrelSlices } = require("../../scripts/barrel-slices") as { barrelSlices: Plugin };

const dir = mkdtempSync(join(tmpdir(), "cchc-barrel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(join(dir, rel, ".."), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

// A package shaped like Fluent's: an index of re-exports, one of them through a nested index and a star.
write("node_modules/@fluentui/fake/package.json", JSON.stringify({ name: "@fluentui/fake", module: "lib/index.js", sideEffects: false }));
write("node_modules/@fluentui/fake/lib/index.js", 'export { small } from "./small.js";\nexport * from "./big/index.js";\nexport { default as named } from "./named.js";\n');
write("node_modules/@fluentui/fake/lib/small.js", 'export function small() { return "small"; }\n');
write("node_modules/@fluentui/fake/lib/big/index.js", 'export { big } from "./big.js";\n');
write("node_modules/@fluentui/fake/lib/big/big.js", `export const big = ${JSON.stringify("x".repeat(2000))};\n`);
write("node_modules/@fluentui/fake/lib/named.js", 'export default function named() { return "named"; }\n');
write("later.js", 'import { big } from "@fluentui/fake";\nexport const later = () => big;\n');

/** Source files in the entry's output and the outputs it imports statically. */
function firstLoad(metafile: Metafile): string[] {
  const outputs = new Map(Object.entries(metafile.outputs));
  const seen = new Set<string>();
  const visit = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const i of outputs.get(p)?.imports ?? []) if (i.kind === "import-statement") visit(i.path);
  };
  visit([...outputs.keys()].find((p) => p.endsWith("entry.js"))!);
  return [...seen].flatMap((p) => Object.keys(outputs.get(p)?.inputs ?? {}));
}

async function bundle(entry: string, plugins: Plugin[]) {
  write("entry.js", entry);
  return build({ entryPoints: [join(dir, "entry.js")], absWorkingDir: dir, bundle: true, format: "esm", splitting: true, write: false, outdir: join(dir, "out"), metafile: true, plugins, logLevel: "silent" });
}

describe("barrelSlices", () => {
  const entry = 'import { small, named } from "@fluentui/fake";\nconsole.log(small(), named());\nimport("./later.js").then((m) => console.log(m.later()));\n';

  it("keeps what only a lazy chunk uses out of the entry's chunks, which esbuild alone does not", async () => {
    const plain = firstLoad((await bundle(entry, [])).metafile);
    expect(plain).toContain("node_modules/@fluentui/fake/lib/big/big.js");

    const sliced = firstLoad((await bundle(entry, [barrelSlices])).metafile);
    expect(sliced).toContain("node_modules/@fluentui/fake/lib/small.js");
    expect(sliced).toContain("node_modules/@fluentui/fake/lib/named.js");
    expect(sliced).not.toContain("node_modules/@fluentui/fake/lib/big/big.js");
  });

  it("leaves a namespace import on the whole index", async () => {
    const result = await bundle('import * as fake from "@fluentui/fake";\nconsole.log(fake.small());\n', [barrelSlices]);
    expect(Object.keys(result.metafile.inputs)).toContain("node_modules/@fluentui/fake/lib/index.js");
  });
});
