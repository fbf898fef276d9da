/**
 * The Word adapter: the only door from the pane to Office.js. What edits or selects (./edits) is a separate door
 * the pane opens on the clerk's first click, so the first screen does not carry it.
 */
export type { DocumentState, InsertWhere } from "./insertOutline";
export type { RemoveSectionTarget } from "./removeSection";
export { detectCapabilities, type Capabilities } from "./requirements";
export { readDocument, type ReadResult } from "./readDocument";
export { getDocumentFile } from "./getDocumentFile";
export { onDocumentChanged, type Unsubscribe } from "./onDocumentChanged";
export { getAccessToken } from "./getAccessToken";
export { officeReady } from "./officeReady";
export type { LocationIndex } from "./locations";
export { watchBodyText, FINGERPRINT_INTERVAL_MS } from "./watchBodyText";
