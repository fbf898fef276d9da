/*
 * The Google Workspace add-on's deployment descriptor (for `gcloud workspace-add-ons deployments create/replace
 * --deployment-file=…`), generated for one https endpoint base like the Office manifests are for one origin.
 * Used by scripts/build-addin.js (dist/gworkspace/deployment.json) and checked by test/manifest/gworkspace.test.ts
 * against shared/gworkspace/deployment.ts.
 */
"use strict";

const NAME = "Báo cáo CCHC";

/** Each scope and why the add-on needs it (the README lists the same). */
const SCOPES = [
  // The user's ID token (authorizationEventObject.userIdToken) with a verified e-mail: mapped to a unit by CCHC_ACCOUNTS_FILE.
  "openid",
  "https://www.googleapis.com/auth/userinfo.email",
  // "Chèn đề cương" and "Kiểm tra": documents.batchUpdate / documents.get on the open document only.
  "https://www.googleapis.com/auth/documents.currentonly",
  // "Nộp báo cáo": Drive files.export as .docx of the file the user granted (requestFileScopeForActiveDocument).
  "https://www.googleapis.com/auth/drive.file",
];

/** Validates and normalises the endpoint base: https only, no path, no trailing slash. */
function baseOf(url) {
  const u = new URL(url);
  if (u.protocol !== "https:") throw new Error(`add-on endpoint base must be https: ${url}`);
  return u.origin;
}

/**
 * `baseUrl`: where Google posts events (GOOGLE_ADDON_AUDIENCE); `logoUrl`: a public https image (the add-in's icon).
 */
function deployment({ baseUrl, logoUrl }) {
  const b = baseOf(baseUrl);
  const fn = (path) => ({ runFunction: `${b}/api/gworkspace/${path}` });
  return {
    oauthScopes: SCOPES,
    addOns: {
      common: {
        name: NAME,
        logoUrl,
        homepageTrigger: fn("docs/homepage"),
        layoutProperties: { primaryColor: "#1F4E79" },
        openLinkUrlPrefixes: [`${b}/`, "https://docs.google.com/"],
      },
      docs: { homepageTrigger: fn("docs/homepage"), onFileScopeGrantedTrigger: fn("docs/file-scope") },
      sheets: { homepageTrigger: fn("sheets/homepage") },
    },
  };
}

module.exports = { deployment, SCOPES };
