/**
 * Namespace and relationship-type tables. OOXML exists in two dialects (Transitional and Strict) that use different
 * URIs for the same vocabulary; both are folded onto one short key so part readers never compare URIs themselves.
 */
export type NsKey = "w" | "r" | "mc" | "a" | "pr" | "ct" | "" | "?";

const NAMESPACES: ReadonlyMap<string, NsKey> = new Map<string, NsKey>([
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://purl.oclc.org/ooxml/wordprocessingml/main", "w"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", "r"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "a"],
  ["http://purl.oclc.org/ooxml/drawingml/main", "a"],
  ["http://schemas.openxmlformats.org/package/2006/relationships", "pr"],
  ["http://schemas.openxmlformats.org/package/2006/content-types", "ct"],
  ["", ""],
]);

export function nsKey(uri: string): NsKey {
  return NAMESPACES.get(uri) ?? "?";
}

const REL_TYPE_BASES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

/** "officeDocument", "styles", "numbering", "theme"… for either dialect; undefined for foreign types. */
export function relType(typeUri: string): string | undefined {
  for (const base of REL_TYPE_BASES) {
    if (typeUri.startsWith(base)) return typeUri.slice(base.length);
  }
  return undefined;
}

/** Content types of parts that are not Word bodies: a .pptx or .xlsx renamed to .docx is refused early. */
export const FOREIGN_MAIN_CONTENT_TYPE = /presentationml|spreadsheetml/;
