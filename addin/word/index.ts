/** The Word adapter: the only door from the pane to Office.js. */
export { detectCapabilities, type Capabilities } from "./requirements";
export { readDocument, type ReadResult } from "./readDocument";
export { inspectDocument, insertOutline, type DocumentState, type InsertWhere } from "./insertOutline";
export { insertSection } from "./insertSection";
export { removeSection, type RemoveSectionTarget } from "./removeSection";
export { selectFinding } from "./selectFinding";
export { selectOutline } from "./selectOutline";
export { getDocumentFile } from "./getDocumentFile";
export { onDocumentChanged, type Unsubscribe } from "./onDocumentChanged";
export { getAccessToken } from "./getAccessToken";
export { officeReady } from "./officeReady";
export type { LocationIndex } from "./locations";
export { watchBodyText, FINGERPRINT_INTERVAL_MS } from "./watchBodyText";
