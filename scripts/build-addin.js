#!/usr/bin/env node
/*
 * Builds the Word add-in into dist/addin/: the task pane bundle (esbuild: React + Fluent UI + the shared rule engine),
 * taskpane.html loading office.js from Microsoft's CDN, config.json (API base URL, sign-in settings), icons and both
 * manifests for one https origin.
 *
 *   node scripts/build-addin.js                 dev: https://localhost:$ADDIN_PORT (3000), API http://127.0.0.1:$API_PORT (7071)
 *   node scripts/build-addin.js --production    ADDIN_BASE_URL and ADDIN_API_BASE required; minified
 *
 * Optional: ADDIN_CLIENT_ID, ADDIN_AUTHORITY, ADDIN_SCOPES (comma-separated) for Microsoft 365 sign-in (nested app
 * authentication); ADDIN_CAMPAIGN to preselect a campaign.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");
const { jsonManifest, xmlManifest, ICON_SIZES } = require("../manifest/generate");
const { png } = require("../manifest/icons");
const { deployment } = require("../manifest/gworkspace");
const { barrelSlices } = require("./barrel-slices");

const root = path.resolve(__dirname, "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function html(title, body, scripts, preload = []) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${[...preload.map((src) => `<link rel="modulepreload" href="${src}">`), ...scripts.map((s) => `<script${s.module ? ' type="module"' : ""} src="${s.src}"></script>`)].join("\n")}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * zod's `z` namespace carries every locale (about 250 KB minified) and a namespace used as a value cannot be
 * tree-shaken. The pane never shows zod's messages (errors become our own coded messages), so only English, zod's
 * default, is bundled.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: path.resolve(path.dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

/**
 * How the pane's script is bundled; the bundle-size benchmark (bench/addin.ts) builds its baseline with the same
 * settings. ES modules with code splitting: what is not needed for the first screen (Microsoft 365 sign-in, the rule
 * engine) is a chunk loaded on first use.
 */
function bundleOptions(production) {
  return {
    bundle: true,
    format: "esm",
    splitting: true,
    platform: "browser",
    target: ["es2020"],
    jsx: "automatic",
    minify: !!production,
    // Production ships no source map: megabytes of our readable source for anyone who opens the pane's URL.
    sourcemap: !production,
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    plugins: [zodEnglishOnly, barrelSlices],
    logLevel: "warning",
  };
}

/**
 * open.html, where the sheet's document links land: a few kilobytes of plain DOM (no React, no Fluent, no Office),
 * built on its own so the pane's bundle stays as it is. MSAL is a chunk it loads only for Microsoft 365 sign-in.
 */
async function buildOpenPage(outDir, production) {
  await esbuild.build({
    ...bundleOptions(production),
    absWorkingDir: root,
    entryPoints: { open: path.join(root, "addin", "open", "main.ts") },
    outdir: outDir,
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "linked",
  });
  fs.copyFileSync(path.join(root, "addin", "open", "open.css"), path.join(outDir, "open.css"));
  const page = html("Mở văn bản báo cáo — CCHC", '<main id="root"></main>', [{ src: "open.js", module: true }]);
  fs.writeFileSync(path.join(outDir, "open.html"), page.replace("</title>", '</title>\n<link rel="stylesheet" href="open.css">'));
}

/**
 * The chunks taskpane.js imports statically: listed in taskpane.html so the browser fetches them while office.js
 * loads, not after it has parsed taskpane.js (Office's WebView talks to a distant host).
 */
function firstLoadChunks(metafile, outDir) {
  const entry = Object.entries(metafile.outputs).find(([p]) => path.basename(p) === "taskpane.js");
  const chunks = (entry?.[1].imports ?? []).filter((i) => i.kind === "import-statement").map((i) => path.resolve(root, i.path));
  return chunks.map((c) => path.relative(outDir, c).split(path.sep).join("/"));
}

/**
 * @param {{ outDir?: string, baseUrl: string, apiBase: string, campaignId?: string, clientId?: string,
 *           authority?: string, scopes?: string[], production?: boolean }} o
 */
async function buildAddin(o) {
  const outDir = o.outDir ?? path.join(root, "dist", "addin");
  fs.rmSync(path.join(outDir, "chunks"), { recursive: true, force: true });
  // A production build into a folder a development build used must not leave the old maps behind.
  if (fs.existsSync(outDir)) for (const f of fs.readdirSync(outDir)) if (f.endsWith(".map")) fs.rmSync(path.join(outDir, f));
  fs.mkdirSync(path.join(outDir, "assets"), { recursive: true });
  const { metafile } = await esbuild.build({
    ...bundleOptions(o.production),
    absWorkingDir: root,
    entryPoints: { taskpane: path.join(root, "addin", "main.tsx") },
    outdir: outDir,
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "linked",
    metafile: true,
  });
  fs.writeFileSync(
    path.join(outDir, "taskpane.html"),
    html("Báo cáo CCHC", '<div id="root"></div>', [{ src: OFFICE_JS }, { src: "taskpane.js", module: true }], firstLoadChunks(metafile, outDir)),
  );
  await buildOpenPage(outDir, o.production);
  fs.writeFileSync(
    path.join(outDir, "support.html"),
    html("Báo cáo CCHC — hỗ trợ", "<h1>Báo cáo CCHC</h1><p>Mở Word, thẻ Home (Trang đầu), nút “Báo cáo CCHC”. Liên hệ Sở Nội vụ khi cần hỗ trợ.</p>", []),
  );
  const config = { apiBase: o.apiBase };
  if (o.campaignId) config.campaignId = o.campaignId;
  if (o.clientId) config.auth = { clientId: o.clientId, ...(o.authority ? { authority: o.authority } : {}), scopes: o.scopes ?? [`api://${new URL(o.baseUrl).host}/${o.clientId}/access_as_user`] };
  fs.writeFileSync(path.join(outDir, "config.json"), JSON.stringify(config, null, 2));
  for (const size of ICON_SIZES) fs.writeFileSync(path.join(outDir, "assets", `icon-${size}.png`), png(size));
  fs.writeFileSync(path.join(outDir, "assets", "color.png"), png(192));
  fs.writeFileSync(path.join(outDir, "assets", "outline.png"), png(32, { outline: true }));
  const ids = { baseUrl: o.baseUrl, ...(o.clientId ? { clientId: o.clientId } : {}) };
  fs.writeFileSync(path.join(outDir, "manifest.xml"), xmlManifest(ids));
  fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(jsonManifest(ids), null, 2));
  return { outDir, metafile };
}

/**
 * The Google Workspace add-on's deployment descriptor beside the Office manifests: for GOOGLE_ADDON_AUDIENCE when
 * set (production requires it only if given), else for the local API origin, to be replaced by a public https tunnel.
 */
function writeGworkspaceDeployment(o, env = process.env) {
  const dir = path.join(root, "dist", "gworkspace");
  fs.mkdirSync(dir, { recursive: true });
  const base = env.GOOGLE_ADDON_AUDIENCE || `https://localhost:${env.API_PORT || 7071}`;
  const file = env.GOOGLE_ADDON_AUDIENCE && o.production ? "deployment.json" : "deployment.dev.json";
  const logoUrl = `${new URL(o.baseUrl).origin}/assets/icon-128.png`;
  fs.writeFileSync(path.join(dir, file), JSON.stringify(deployment({ baseUrl: base, logoUrl }), null, 2));
}

function optionsFromEnv(production, env = process.env) {
  const need = (name) => {
    if (!env[name]) throw new Error(`${name} is required for a production build of the add-in`);
    return env[name];
  };
  const scopes = env.ADDIN_SCOPES ? env.ADDIN_SCOPES.split(",").map((s) => s.trim()).filter(Boolean) : undefined;
  return {
    production,
    baseUrl: production ? need("ADDIN_BASE_URL") : `https://localhost:${env.ADDIN_PORT || 3000}`,
    apiBase: production ? need("ADDIN_API_BASE") : env.ADDIN_API_BASE || `http://127.0.0.1:${env.API_PORT || 7071}`,
    ...(env.ADDIN_CAMPAIGN ? { campaignId: env.ADDIN_CAMPAIGN } : {}),
    ...(env.ADDIN_CLIENT_ID ? { clientId: env.ADDIN_CLIENT_ID } : {}),
    ...(env.ADDIN_AUTHORITY ? { authority: env.ADDIN_AUTHORITY } : {}),
    ...(scopes ? { scopes } : {}),
  };
}

module.exports = { buildAddin, bundleOptions, optionsFromEnv };

if (require.main === module) {
  const production = process.argv.includes("--production");
  Promise.resolve()
    .then(async () => {
      const o = optionsFromEnv(production);
      const built = await buildAddin(o);
      writeGworkspaceDeployment(o);
      return built;
    })
    .then(({ outDir }) => console.log(`add-in built in ${path.relative(root, outDir)} (${production ? "production" : "development"})`))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
