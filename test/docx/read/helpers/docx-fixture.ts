/**
 * Builds small .docx packages in memory for reader tests: XML strings zipped with fflate, so every fixture is
 * visible in the test that uses it. Defaults give a minimal valid Transitional package; any part can be replaced.
 */
import { zipSync, strToU8 } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export interface FixtureOptions {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:styles (w:docDefaults, w:style…). */
  styles?: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  theme?: string;
  /** Where the main part lives; found through _rels/.rels, so it need not be word/document.xml. */
  mainPath?: string;
  /** Namespace URI for the w: prefix (Strict OOXML uses another one). */
  wNs?: string;
  /** Extra or replacement entries, by path. */
  files?: Record<string, string | Uint8Array>;
}

export function documentXml(body: string, wNs = W_NS): string {
  return `${XML_DECL}<w:document xmlns:w="${wNs}" xmlns:r="${R_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
}

export function relsXml(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${r.id}" Type="${REL_TYPES}/${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ""}/>`,
  );
  return `${XML_DECL}<Relationships xmlns="${PKG_RELS_NS}">${items.join("")}</Relationships>`;
}

export function docxFixture(options: FixtureOptions): Uint8Array {
  const wNs = options.wNs ?? W_NS;
  const main = options.mainPath ?? "word/document.xml";
  const dir = main.slice(0, main.lastIndexOf("/") + 1);
  const file = main.slice(main.lastIndexOf("/") + 1);
  const partRels: { id: string; type: string; target: string }[] = [];
  const files: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    "_rels/.rels": relsXml([{ id: "rId1", type: "officeDocument", target: main }]),
    [main]: documentXml(options.body, wNs),
  };
  if (options.styles !== undefined) {
    files[`${dir}styles.xml`] = `${XML_DECL}<w:styles xmlns:w="${wNs}">${options.styles}</w:styles>`;
    partRels.push({ id: "rIdS", type: "styles", target: "styles.xml" });
  }
  if (options.numbering !== undefined) {
    files[`${dir}numbering.xml`] = `${XML_DECL}<w:numbering xmlns:w="${wNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${options.numbering}</w:numbering>`;
    partRels.push({ id: "rIdN", type: "numbering", target: "numbering.xml" });
  }
  if (options.theme !== undefined) {
    files[`${dir}theme/theme1.xml`] = options.theme;
    partRels.push({ id: "rIdT", type: "theme", target: "theme/theme1.xml" });
  }
  if (partRels.length > 0) files[`${dir}_rels/${file}.rels`] = relsXml(partRels);
  return zipFiles({ ...files, ...options.files });
}

export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(entries);
}

interface ParaOptions {
  style?: string;
  numId?: number;
  ilvl?: number;
  jc?: string;
  outline?: number;
  runProps?: string;
}

/** A paragraph with one run; `props` is raw w:pPr content appended after the options. */
export function para(text: string, o: ParaOptions = {}): string {
  const ppr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : "",
    o.numId !== undefined ? `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>` : "",
    o.outline !== undefined ? `<w:outlineLvl w:val="${o.outline}"/>` : "",
    o.jc ? `<w:jc w:val="${o.jc}"/>` : "",
  ].join("");
  const rpr = o.runProps ? `<w:rPr>${o.runProps}</w:rPr>` : "";
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}<w:r>${rpr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function style(type: "paragraph" | "character" | "numbering", id: string, name: string, inner = "", extra = ""): string {
  return `<w:style w:type="${type}" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${inner}</w:style>`;
}
