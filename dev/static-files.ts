import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * Who may frame the pane: Office on the web (Word on the web runs in officeapps.live.com; the Microsoft 365 shells on
 * office.com, microsoft365.com, cloud.microsoft; documents opened from OneDrive/SharePoint on sharepoint.com) and the
 * pane's own origin (its dialogs). Desktop Word loads the pane as a top-level web view, which frame-ancestors does not
 * restrict. Anyone else framing it (clickjacking the "Nộp báo cáo" button) is refused by the browser.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
];
const CSP = `frame-ancestors ${FRAME_ANCESTORS.join(" ")}; object-src 'none'; base-uri 'self'`;

/**
 * A request handler for the built task pane (dist/addin): GET/HEAD of files under `dir` only, "/" → taskpane.html,
 * no directory listings, nothing outside `dir` (paths are resolved and checked, symlinks are not followed out).
 */
export function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = fs.realpathSync(dir);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? "/", "http://pane").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, `.${rel === "/" ? "/taskpane.html" : rel}`);
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    if (!real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(real)] ?? "application/octet-stream",
      // The pane is rebuilt often during development; Office caches aggressively otherwise.
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      "content-security-policy": CSP,
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(real).pipe(res);
  };
}
