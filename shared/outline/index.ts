export { buildOutline } from "./build";
export { exampleContent } from "./example";
export { sectionBlocks, sectionTag, headingText } from "./sections";
export { numberLine, dateLine } from "./header";
export { recipientLines } from "./footer";
export { A4_PAGE, FONT, SIZE } from "./format";
export type * from "./types";
export { signerTitleFor, unitKind, type UnitKind } from "./unit-kind";
