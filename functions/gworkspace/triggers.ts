/** Every add-on endpoint path and the trigger that answers it: the route table and the preview both read this. */
import { docsSubmit } from "./docs/submit";
import { docsAddSection, docsCheck, docsFileScope, docsHome, docsInsert } from "./docs/triggers";
import { sheetsHome, sheetsOpen, sheetsRemind, sheetsReview, sheetsSummary, sheetsSync, sheetsUnit } from "./sheets/triggers";
import { ADDON_PATHS, type AddonPath, type Trigger } from "./trigger";

export const ADDON_TRIGGERS: ReadonlyMap<AddonPath, Trigger> = new Map<AddonPath, Trigger>([
  [ADDON_PATHS.docsHome, docsHome],
  [ADDON_PATHS.docsFileScope, docsFileScope],
  [ADDON_PATHS.docsInsert, docsInsert],
  [ADDON_PATHS.docsCheck, docsCheck],
  [ADDON_PATHS.docsSubmit, docsSubmit],
  [ADDON_PATHS.docsAddSection, docsAddSection],
  [ADDON_PATHS.sheetsHome, sheetsHome],
  [ADDON_PATHS.sheetsUnit, sheetsUnit],
  [ADDON_PATHS.sheetsReview, sheetsReview],
  [ADDON_PATHS.sheetsRemind, sheetsRemind],
  [ADDON_PATHS.sheetsSync, sheetsSync],
  [ADDON_PATHS.sheetsSummary, sheetsSummary],
  [ADDON_PATHS.sheetsOpen, sheetsOpen],
]);
