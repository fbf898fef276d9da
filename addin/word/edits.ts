/** The Word adapter's edits and selections (see ./index): loaded with the clerk's first click on one of them. */
export { inspectDocument, insertOutline } from "./insertOutline";
export { insertSection } from "./insertSection";
export { removeSection } from "./removeSection";
export { selectFinding } from "./selectFinding";
export { selectOutline } from "./selectOutline";
