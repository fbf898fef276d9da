import type { OutlineParagraph, OutlineRun } from "../../shared/outline/types";
import { escapeAttr, escapeText } from "./xml";

const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;
const STYLE_IDS = { Normal: "Normal", "heading 1": "Heading1", Title: "Title" } as const;

const halfPoints = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);

/** Word's built-in character style for placeholder text (grey); Word removes it when the clerk types over it. */
export const PLACEHOLDER_STYLE_ID = "PlaceholderText";

/** w:rPr children in schema order: rStyle, rFonts, b, bCs, i, iCs, sz, szCs, u. */
export function runProps(r: Omit<OutlineRun, "text">, placeholder = false): string {
  const f = escapeAttr(r.font);
  let x = placeholder ? `<w:rStyle w:val="${PLACEHOLDER_STYLE_ID}"/>` : "";
  x += `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
  if (r.bold) x += "<w:b/><w:bCs/>";
  if (r.italic) x += "<w:i/><w:iCs/>";
  x += `<w:sz w:val="${halfPoints(r.sizePt)}"/><w:szCs w:val="${halfPoints(r.sizePt)}"/>`;
  if (r.underline) x += '<w:u w:val="single"/>';
  return `<w:rPr>${x}</w:rPr>`;
}

/** Text with tabs and line breaks as their own run content elements. */
function runContent(text: string): string {
  return text
    .split(/(\t|\r?\n)/)
    .filter((part) => part !== "")
    .map((part) => {
      if (part === "\t") return "<w:tab/>";
      if (part === "\n" || part === "\r\n") return "<w:br/>";
      return `<w:t xml:space="preserve">${escapeText(part)}</w:t>`;
    })
    .join("");
}

/** The relationship id of an external link (writeDocx numbers them and writes the relationships). */
export type LinkIds = (url: string) => string;

function runXml(r: OutlineRun, placeholder: boolean, links?: LinkIds): string {
  const xml = `<w:r>${runProps(r, placeholder)}${runContent(r.text)}</w:r>`;
  return r.link && links ? `<w:hyperlink r:id="${links(r.link)}" w:history="1">${xml}</w:hyperlink>` : xml;
}

/** w:pPr children in schema order: pStyle, keepNext, spacing, ind, jc, then the paragraph mark's rPr. */
export function paragraphXml(p: OutlineParagraph, placeholder = false, links?: LinkIds): string {
  let pPr = `<w:pStyle w:val="${STYLE_IDS[p.style]}"/>`;
  if (p.keepWithNext) pPr += "<w:keepNext/>";
  const spacing: string[] = [];
  if (p.spaceBeforePt !== undefined) spacing.push(`w:before="${twips(p.spaceBeforePt)}"`);
  if (p.spaceAfterPt !== undefined) spacing.push(`w:after="${twips(p.spaceAfterPt)}"`);
  if (p.lineSpacing !== undefined) spacing.push(`w:line="${Math.round(p.lineSpacing * 240)}" w:lineRule="auto"`);
  if (spacing.length > 0) pPr += `<w:spacing ${spacing.join(" ")}/>`;
  if (p.firstLineIndentPt !== undefined) pPr += `<w:ind w:firstLine="${twips(p.firstLineIndentPt)}"/>`;
  pPr += `<w:jc w:val="${JC[p.alignment]}"/>`;
  // The paragraph mark takes the first run's formatting so an empty paragraph keeps the right font and size.
  const first = p.runs[0];
  if (first) pPr += runProps(first);
  return `<w:p><w:pPr>${pPr}</w:pPr>${p.runs.map((r) => runXml(r, placeholder, links)).join("")}</w:p>`;
}

export { twips };
