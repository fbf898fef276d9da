"use strict";
/*
 * esbuild plugin: imports from Fluent's and Griffel's package indexes ("barrels") go straight to the files that define
 * the imported names.
 *
 * Why: with code splitting, esbuild puts a file in the chunks of every entry point that can reach it through import
 * statements, used or not, while the file's code is kept if any chunk uses it. The first screen's Button reaches
 * `@fluentui/react-tabster`'s index, which imports all of tabster; the dialogs loaded later use tabster; so all of
 * tabster (46 KB) landed in the first load, and likewise Griffel's makeStyles runtime and more. A slice per importer
 * (`export { x } from "<the file defining x>"`) keeps each entry point's reach to what it imports.
 *
 * A name the slice cannot trace (a default or namespace import, a binding the index computes) is imported from the
 * index itself, as without the plugin; a slice that misses a name fails the build loudly ("No matching export").
 */
const fs = require("node:fs");
const path = require("node:path");

/** Packages whose index is an ESM barrel of re-exports. */
const BARRELS = /^(@fluentui\/(?!react-icons)[^/]+|@griffel\/(core|react)|tabster|keyborg)$/;
const NS = "barrel-slice";

const stripComments = (src) => src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** `a, b as c, type D` → [["a","a"],["b","c"]] (imported name, local/exported name). */
function pairs(list) {
  return list
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith("type "))
    .map((p) => {
      const [from, as] = p.split(/\s+as\s+/);
      return [from.trim(), (as ?? from).trim()];
    });
}

const parsed = new Map();
/** What a module file exports: re-exports by name, star re-exports, and names it defines itself. */
function exportsOf(file) {
  let e = parsed.get(file);
  if (e) return e;
  const src = stripComments(fs.readFileSync(file, "utf8"));
  const imported = new Map();
  for (const m of src.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g))
    for (const [orig, local] of pairs(m[1])) imported.set(local, { from: m[2], orig });
  e = { named: new Map(), stars: [], local: new Set() };
  for (const m of src.matchAll(/\bexport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g))
    for (const [orig, name] of pairs(m[1])) e.named.set(name, { from: m[2], orig });
  for (const m of src.matchAll(/\bexport\s*\*\s*from\s*["']([^"']+)["']/g)) e.stars.push(m[1]);
  for (const m of src.matchAll(/\bexport\s*\{([^}]*)\}(?!\s*from\b)/g))
    for (const [orig, name] of pairs(m[1])) {
      if (imported.has(orig)) e.named.set(name, imported.get(orig));
      else e.local.add(name);
    }
  for (const m of src.matchAll(/\bexport\s+(?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+)/g)) e.local.add(m[1]);
  parsed.set(file, e);
  return e;
}

function resolveRelative(dir, spec) {
  const p = path.resolve(dir, spec);
  for (const c of [p, `${p}.js`, path.join(p, "index.js")]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return undefined;
}

/** Where `name` exported by `file` is defined: a file and its name there, or a bare specifier to slice again. */
function locate(file, name, depth = 0) {
  if (depth > 20) return undefined;
  const e = exportsOf(file);
  if (e.local.has(name)) return { file, name };
  const hit = e.named.get(name);
  if (hit) {
    if (!hit.from.startsWith(".")) return { spec: hit.from, name: hit.orig, dir: path.dirname(file) };
    const next = resolveRelative(path.dirname(file), hit.from);
    return next ? (locate(next, hit.orig, depth + 1) ?? { file: next, name: hit.orig }) : undefined;
  }
  for (const star of e.stars) {
    if (!star.startsWith(".")) continue;
    const next = resolveRelative(path.dirname(file), star);
    const found = next && locate(next, name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The names `importerSource` imports or re-exports from `spec`, or undefined if it also needs the whole module. */
function namesImported(importerSource, spec) {
  const src = stripComments(importerSource);
  const q = spec.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const names = new Set();
  for (const m of src.matchAll(new RegExp(`\\b(import|export)\\s+([^;]*?)\\s*from\\s*["']${q}["']`, "g"))) {
    const clause = m[2].trim();
    if (clause.startsWith("type ")) continue;
    const braces = /^\{([^}]*)\}$/.exec(clause);
    if (!braces) return undefined;
    for (const [orig] of pairs(braces[1])) names.add(orig);
  }
  return names.size ? [...names].sort() : undefined;
}

const barrelSlices = {
  name: "barrel-slices",
  setup(build) {
    const sources = new Map();
    build.onResolve({ filter: /^[@a-z]/ }, async (args) => {
      if (!BARRELS.test(args.path) || args.pluginData?.sliced || args.kind !== "import-statement") return undefined;
      // An importer that is not a file (esbuild's stdin) keeps the whole index.
      const importerSource = args.namespace === NS ? sources.get(args.importer) : fs.existsSync(args.importer) ? fs.readFileSync(args.importer, "utf8") : undefined;
      const names = importerSource && namesImported(importerSource, args.path);
      if (!names) return undefined;
      const barrel = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { sliced: true } });
      if (barrel.errors.length || !barrel.path.endsWith(".js")) return undefined;
      const id = `${barrel.path}#${names.join(",")}`;
      if (!sources.has(id)) {
        const lines = names.map((name) => {
          const at = locate(barrel.path, name);
          if (!at) return `export { ${name} } from ${JSON.stringify(barrel.path)};`;
          const from = at.file ?? at.spec;
          return `export { ${at.name === name ? name : `${at.name} as ${name}`} } from ${JSON.stringify(from)};`;
        });
        sources.set(id, lines.join("\n"));
      }
      return { path: id, namespace: NS, pluginData: { dir: path.dirname(barrel.path) } };
    });
    build.onLoad({ filter: /.*/, namespace: NS }, (args) => ({ contents: sources.get(args.path), resolveDir: args.pluginData?.dir ?? path.dirname(args.path.split("#")[0]), loader: "js" }));
  },
};

module.exports = { barrelSlices };
