import { officeGlobals } from "./office";

/** Resolves once office.js has initialised (Office.onReady); false when the page runs outside Office. */
export async function officeReady(): Promise<boolean> {
  const office = officeGlobals().Office;
  if (!office) return false;
  const info = await office.onReady();
  return info.host !== null;
}
