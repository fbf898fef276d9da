#!/usr/bin/env node
/*
 * Validates a unified manifest (manifest.json) offline with @microsoft/app-manifest against the schema that ships
 * with the package (no schema download):  node manifest/validate.js dist/addin/manifest.json
 * Prints one line per failure and exits 1, or prints "ok". A separate process because the library loads ES modules,
 * which Node's require handles but jest's CommonJS runtime does not.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

async function validate(manifest) {
  const version = String(manifest.manifestVersion);
  const schemaFile = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

module.exports = { validate };

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node manifest/validate.js manifest.json");
    process.exit(2);
  }
  validate(JSON.parse(fs.readFileSync(file, "utf8"))).then(
    (failures) => {
      for (const f of failures) console.log(f);
      if (failures.length === 0) console.log("ok");
      process.exit(failures.length === 0 ? 0 : 1);
    },
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
