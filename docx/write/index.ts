import { strToU8, zipSync } from "fflate";
import type { OutlineDoc } from "../../shared/outline/types";
import { blocksXml } from "./blocks";
import type { LinkIds } from "./runs";
import {
  CONTENT_TYPES,
  coreXml,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  documentRelsXml,
  PACKAGE_RELS,
  SETTINGS,
  sectPrXml,
  stylesXml,
} from "./parts";

/** Fixed timestamp in the zip entries: the same outline always gives the same bytes. */
const ZIP_MTIME = new Date(Date.UTC(2024, 0, 1));

function documentXml(doc: OutlineDoc, links: LinkIds): string {
  const last = doc.blocks[doc.blocks.length - 1];
  // Word always keeps a paragraph after a final table; without it some versions add one and mark the file dirty.
  const tail = last && last.kind !== "paragraph" ? "<w:p/>" : "";
  return DOCUMENT_OPEN + blocksXml(doc.blocks, links) + tail + sectPrXml(doc) + DOCUMENT_CLOSE;
}

/** A minimal, valid WordprocessingML package for the outline. */
export function writeDocx(doc: OutlineDoc): Uint8Array {
  // External links get relationship ids after the fixed ones (rId1 styles, rId2 settings), one per address.
  const linkIds = new Map<string, string>();
  const links: LinkIds = (url) => {
    let id = linkIds.get(url);
    if (id === undefined) linkIds.set(url, (id = `rIdL${linkIds.size + 1}`));
    return id;
  };
  const document = documentXml(doc, links);
  return zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(PACKAGE_RELS),
      "word/document.xml": strToU8(document),
      "word/_rels/document.xml.rels": strToU8(documentRelsXml(linkIds)),
      "word/styles.xml": strToU8(stylesXml(doc)),
      "word/settings.xml": strToU8(SETTINGS),
      "docProps/core.xml": strToU8(coreXml(doc)),
    },
    { level: 6, mtime: ZIP_MTIME },
  );
}
