#!/usr/bin/env node
/*
 * `npm run package` → dist/functions-app.zip, ready for zip deploy to an Azure Functions app (Node 20, v4 model):
 * host.json, a package.json whose main is the bundle, and index.js — functions/azure/index.ts bundled with esbuild
 * together with every library it uses. Nothing of the task pane or the tests, and no node_modules:
 *   - @azure/functions-core stays external: the Functions worker provides it at run time;
 *   - better-sqlite3 (a native module, built for one OS and CPU) is replaced by a stub that explains itself: in Azure
 *     the submissions live in Cosmos DB (COSMOS_ENDPOINT); SQLite is the store of `npm start` on one machine.
 *
 *   node scripts/package.js [--out FILE.zip]
 * Also usable as a module: buildPackage({ out }) → { out, bytes, entries, inputs, externals, warnings } (the test
 * and bench/ use it).
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");
const { zipSync, strToU8 } = require("fflate");

const root = path.resolve(__dirname, "..");
const DEFAULT_OUT = path.join(root, "dist", "functions-app.zip");
/** Provided by the Azure Functions Node worker, never installed. */
const EXTERNAL = ["@azure/functions-core"];

const sqliteStub = {
  name: "no-sqlite-in-azure",
  setup(build) {
    build.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: "better-sqlite3", namespace: "no-sqlite" }));
    build.onLoad({ filter: /.*/, namespace: "no-sqlite" }, () => ({
      loader: "js",
      contents: `module.exports = function Database() {
  throw new Error("SQLite is not part of the Azure package: set COSMOS_ENDPOINT (Cosmos DB) for the submissions store.");
};`,
    }));
  },
};

/** How the app is bundled for Node; the cold-start benchmark bundles its bare baseline the same way. */
const NODE_BUNDLE = { bundle: true, platform: "node", target: "node20", format: "cjs", minify: true, keepNames: true };

/** Builds the package; returns where it went, its size, its entries and the source files bundled into index.js. */
async function buildPackage({ out = DEFAULT_OUT } = {}) {
  const own = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const result = await esbuild.build({
    // The reader thread is its own entry: the pool starts it from reader-thread.js next to index.js.
    entryPoints: {
      index: path.join(root, "functions", "azure", "index.ts"),
      "reader-thread": path.join(root, "functions", "reader", "reader-thread.ts"),
    },
    outdir: "/",
    ...NODE_BUNDLE,
    legalComments: "none",
    external: EXTERNAL,
    plugins: [sqliteStub],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const output = (name) => {
    const file = result.outputFiles.find((f) => path.basename(f.path) === `${name}.js`);
    if (!file) throw new Error(`esbuild wrote no ${name}.js`);
    return file.contents;
  };
  const manifest = {
    name: own.name,
    version: own.version,
    private: true,
    description: own.description,
    main: "index.js",
    engines: own.engines,
    dependencies: {},
  };
  const files = {
    "host.json": new Uint8Array(fs.readFileSync(path.join(root, "host.json"))),
    "package.json": strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    "index.js": output("index"),
    "reader-thread.js": output("reader-thread"),
  };
  const zip = zipSync(files, { level: 9 });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip);
  const builtins = new Set(require("node:module").builtinModules.flatMap((m) => [m, `node:${m}`]));
  const externals = [
    ...new Set(
      Object.values(result.metafile.outputs)
        .flatMap((o) => o.imports)
        .filter((i) => i.external && !builtins.has(i.path))
        .map((i) => i.path),
    ),
  ];
  return { out, bytes: zip.length, entries: Object.keys(files), inputs: Object.keys(result.metafile.inputs), externals, warnings: result.warnings.length };
}

module.exports = { buildPackage, EXTERNAL, NODE_BUNDLE };

if (require.main === module) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 ? path.resolve(process.argv[i + 1] ?? "") : DEFAULT_OUT;
  buildPackage({ out }).then(
    (p) => console.log(`package: ${path.relative(process.cwd(), p.out)} (${(p.bytes / 2 ** 20).toFixed(1)} MiB: ${p.entries.join(", ")})`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
