/** The add-on's rows of the one route table (functions/app/routes.ts appends them). */
import type { Route } from "../app/route";
import { addonHandler } from "./gate";
import { download } from "./links";
import { preview } from "./preview";
import { ADDON_TRIGGERS } from "./triggers";

const routeName = (path: string) => path.replace(/\//g, "-");

/**
 * auth "none" for the table: these routes are verified by the add-on gate (gate.ts) — Google's system ID token and
 * the user's ID token — not by the API's bearer verifier; the download by its signed link (links.ts). The preview
 * exists only with development sign-in.
 */
export const GWORKSPACE_ROUTES: Route[] = [
  ...[...ADDON_TRIGGERS].map(([path, trigger]): Route => ({
    name: routeName(path),
    method: "POST",
    route: path,
    auth: "none",
    handler: addonHandler(path, trigger),
  })),
  { name: "gworkspace-download", method: "GET", route: "gworkspace/download", auth: "none", handler: download },
  { name: "gworkspace-preview", method: "GET", route: "gworkspace/preview", auth: "dev", handler: preview },
];
