import type { OutlineDoc } from "../../shared/outline/types";
import { PLACEHOLDER_STYLE_ID, runProps } from "./runs";
import { escapeAttr, escapeText, R_NS, W_NS, XML_DECL } from "./xml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";

export const CONTENT_TYPES =
  XML_DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  "</Types>";

export const PACKAGE_RELS =
  XML_DECL +
  `<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  "</Relationships>";

export const DOCUMENT_RELS =
  XML_DECL +
  `<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="${OFFICE_REL}/settings" Target="settings.xml"/>` +
  "</Relationships>";

/** The document's relationships with one external hyperlink relationship per linked address, in order. */
export function documentRelsXml(links: ReadonlyMap<string, string>): string {
  const extra = [...links]
    .map(([url, id]) => `<Relationship Id="${id}" Type="${OFFICE_REL}/hyperlink" Target="${escapeAttr(url)}" TargetMode="External"/>`)
    .join("");
  return DOCUMENT_RELS.replace("</Relationships>", `${extra}</Relationships>`);
}

export const SETTINGS =
  XML_DECL +
  `<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  "</w:settings>";

/**
 * docDefaults and the three built-in styles the skeleton uses. Style names are the built-in English names
 * ("heading 1"), which Word localizes on display; readers judge headings by that name or by outlineLvl.
 */
export function stylesXml(doc: OutlineDoc): string {
  const base = { font: doc.font.name, sizePt: doc.font.sizePt };
  const bold = { ...base, bold: true };
  return (
    XML_DECL +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault>${runProps(base).replace("</w:rPr>", '<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr>')}</w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `${runProps(base)}</w:style>` +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>' +
    `${runProps(bold)}</w:style>` +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>' +
    '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr>' +
    `${runProps(bold)}</w:style>` +
    `<w:style w:type="character" w:styleId="${PLACEHOLDER_STYLE_ID}"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/>` +
    '<w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    "</w:styles>"
  );
}

export function coreXml(doc: OutlineDoc): string {
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeText(doc.meta.title)}</dc:title><dc:creator>${escapeText(doc.meta.author)}</dc:creator>` +
    '<dc:language>vi-VN</dc:language></cp:coreProperties>'
  );
}

/** w:sectPr children in schema order: pgSz, pgMar, cols, docGrid. */
export function sectPrXml(doc: OutlineDoc): string {
  const { widthTwips: w, heightTwips: h, margins: m } = doc.page;
  return (
    `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="567" w:footer="567" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

export const DOCUMENT_OPEN = XML_DECL + `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>`;
export const DOCUMENT_CLOSE = "</w:body></w:document>";
