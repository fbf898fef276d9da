#!/usr/bin/env node
/* Dependency direction lint (style.md 1, 9, 10): run by `npm test`. Fails with one line per violation. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { builtinModules } = require("node:module");

const root = path.resolve(__dirname, "..");
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const importRe = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g;

function files(dir) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

function imports(file) {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const out = [];
  for (const m of text.matchAll(importRe)) out.push(m[1] || m[2] || m[3]);
  return out;
}

function resolvesInto(file, spec, top) {
  if (!spec.startsWith(".")) return false;
  const target = path.relative(root, path.resolve(root, path.dirname(file), spec));
  return target === top || target.startsWith(top + path.sep);
}

const problems = [];
const sharedForbidden = /^(@azure\/|@googleapis\/|google-auth-library|better-sqlite3|yauzl|saxes|exceljs|react|@fluentui\/|office)/;
for (const f of files("shared")) {
  for (const spec of imports(f)) {
    if (builtins.has(spec)) problems.push(`${f}: shared/ must not import the Node module "${spec}"`);
    else if (sharedForbidden.test(spec)) problems.push(`${f}: shared/ must stay pure; it imports "${spec}"`);
    else if (["functions", "addin", "cli"].some((t) => resolvesInto(f, spec, t))) problems.push(`${f}: shared/ must not import "${spec}"`);
  }
}
for (const f of files("functions")) {
  for (const spec of imports(f)) if (resolvesInto(f, spec, "addin")) problems.push(`${f}: functions/ must not import addin/ ("${spec}")`);
}
// dev/ (the local host of npm start and the tests) stands on functions/; the deployed app never reaches into it.
for (const f of files("functions")) {
  for (const spec of imports(f)) if (resolvesInto(f, spec, "dev")) problems.push(`${f}: functions/ must not import dev/ ("${spec}")`);
}
// docx/ is a Node library for the CLI and the functions alike: it stands on shared/ only.
for (const f of files("docx")) {
  for (const spec of imports(f)) {
    if (["functions", "addin", "cli"].some((t) => resolvesInto(f, spec, t))) problems.push(`${f}: docx/ may import shared/ only ("${spec}")`);
  }
}
for (const f of files("addin")) {
  for (const spec of imports(f)) {
    if (resolvesInto(f, spec, "functions")) problems.push(`${f}: addin/ must not import functions/ ("${spec}")`);
  }
}
// Office.js lives behind the Word adapter: no other pane file touches the Word or Office globals.
for (const f of files("addin").filter((f) => !f.startsWith(path.join("addin", "word") + path.sep))) {
  const text = fs.readFileSync(path.join(root, f), "utf8");
  if (/\b(Word|Office)\.[A-Za-z]/.test(text)) problems.push(`${f}: Office.js calls belong in addin/word/ only`);
}
// Each parser library is imported in exactly one file, so limits and hardening live in one place.
for (const lib of ["yauzl"]) {
  const users = ["docx", "functions", "shared", "cli"].flatMap(files).filter((f) => imports(f).includes(lib));
  if (users.length > 1) problems.push(`"${lib}" must be imported by one file only, found: ${users.join(", ")}`);
}
// Handlers speak web Request/Response; the Azure Functions library is the Azure adapter's business alone.
const azureAdapter = path.join("functions", "azure") + path.sep;
for (const f of [...files("functions"), ...files("dev")].filter((f) => !f.startsWith(azureAdapter))) {
  if (imports(f).includes("@azure/functions")) problems.push(`${f}: only functions/azure/ may import "@azure/functions"`);
}
// XML is read by the reader's own tokenizer (docx/read/stages/xml-tokenizer.ts); saxes is a dev dependency the tests
// use to check what the writer produces, so product code must not reach for it (the deploy package omits it).
for (const f of ["docx", "functions", "shared", "cli"].flatMap(files)) {
  if (imports(f).includes("saxes")) problems.push(`${f}: saxes is a dev dependency (tests only); XML is read by docx/read/stages/xml.ts`);
}
// The HTTP layer (functions/app) sits on top: the adapters and services below it never reach back into it, so the
// sheet sync, the reminders and the summary run the same from a timer as from a request.
const httpLayer = path.join("functions", "app");
const entries = ["app", "azure", "gworkspace"].map((d) => path.join("functions", d) + path.sep);
for (const f of files("functions").filter((f) => !entries.some((e) => f.startsWith(e)) && f !== path.join("functions", "compose.ts"))) {
  for (const spec of imports(f)) if (resolvesInto(f, spec, httpLayer)) problems.push(`${f}: only the entries may import the HTTP layer ("${spec}")`);
}

if (problems.length) {
  for (const p of problems) console.error(`check-deps: ${p}`);
  process.exit(1);
}
console.log("check-deps: dependency directions ok");
