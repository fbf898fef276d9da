/**
 * Run and paragraph properties as they appear in w:rPr / w:pPr, shared by the styles, numbering and document readers.
 * Values stay "as declared" (undefined = not set here) so the style chain can be merged nearest-first.
 */
import type { Paragraph } from "../../../shared/model/document";
import type { XmlElement } from "../stages/xml";

export type Alignment = NonNullable<Paragraph["alignment"]>;

/** Font slots hold a typeface name or a theme token ("+mj-lt", "+mn-ea"…) resolved later against the theme part. */
export interface RunProps {
  styleId?: string;
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface ParaProps {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  /** Raw w:outlineLvl, 0..9 (9 = body text). */
  outlineLvl?: number;
  jc?: Alignment;
}

const RUN_PROP_KEYS = ["ascii", "hAnsi", "eastAsia", "cs", "sizePt", "bold", "italic", "underline"] as const;

/** Fills the properties `target` does not set from `source` (nearest definition wins). */
export function inheritRun(target: RunProps, source: RunProps): void {
  for (const key of RUN_PROP_KEYS) {
    if (target[key] === undefined && source[key] !== undefined) (target as Record<string, unknown>)[key] = source[key];
  }
}

/** Applies one child element of w:rPr. Unknown properties are ignored. */
export function applyRunProp(props: RunProps, el: XmlElement): void {
  if (el.ns !== "w") return;
  switch (el.local) {
    case "rStyle":
      props.styleId = el.attr("val");
      break;
    case "rFonts":
      props.ascii = fontSlot(el, "ascii", "asciiTheme") ?? props.ascii;
      props.hAnsi = fontSlot(el, "hAnsi", "hAnsiTheme") ?? props.hAnsi;
      props.eastAsia = fontSlot(el, "eastAsia", "eastAsiaTheme") ?? props.eastAsia;
      props.cs = fontSlot(el, "cs", "cstheme") ?? props.cs;
      break;
    case "sz": {
      const pt = halfPointsToPt(el.attr("val"));
      if (pt !== undefined) props.sizePt = pt;
      break;
    }
    case "b":
      props.bold = onOff(el.attr("val"));
      break;
    case "i":
      props.italic = onOff(el.attr("val"));
      break;
    case "u":
      props.underline = el.attr("val") !== "none";
      break;
  }
}

/** Applies one element found under w:pPr (w:numPr's children included). */
export function applyParaProp(props: ParaProps, el: XmlElement): void {
  if (el.ns !== "w") return;
  switch (el.local) {
    case "pStyle":
      props.styleId = el.attr("val");
      break;
    case "numId":
      props.numId = el.attr("val");
      break;
    case "ilvl":
      props.ilvl = intAttr(el, "val");
      break;
    case "outlineLvl":
      props.outlineLvl = intAttr(el, "val");
      break;
    case "jc":
      props.jc = alignment(el.attr("val")) ?? props.jc;
      break;
  }
}

/** ST_OnOff: absent means on; Transitional writes 1/0 or true/false, older files on/off. */
export function onOff(val: string | undefined): boolean {
  return val === undefined || !(val === "0" || val === "false" || val === "off");
}

export function intAttr(el: XmlElement, local: string): number | undefined {
  const val = el.attr(local);
  if (val === undefined) return undefined;
  const n = Number.parseInt(val, 10);
  return Number.isFinite(n) ? n : undefined;
}

const TWIPS_PER_UNIT: Record<string, number> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

function isDigits(s: string): boolean {
  if (s.length === 0 || s.length > 9) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** ST_TwipsMeasure / ST_SignedTwipsMeasure: twips, or (Strict) a universal measure such as "2cm". */
export function twips(val: string | undefined): number | undefined {
  if (val === undefined) return undefined;
  // Nearly every value is plain digits ("26" on each run's size): read without a regex match per run.
  if (isDigits(val)) return Number(val);
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(val);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] ? Math.round(n * (TWIPS_PER_UNIT[m[2]] ?? 1)) : Math.round(n);
}

function halfPointsToPt(val: string | undefined): number | undefined {
  const t = twips(val);
  if (t === undefined || t <= 0) return undefined;
  // A bare number is half-points; a universal measure came back as twips (20 per point).
  return val !== undefined && /[a-z]/.test(val) ? t / 20 : t / 2;
}

function fontSlot(el: XmlElement, name: string, theme: string): string | undefined {
  const themeVal = el.attr(theme);
  if (themeVal !== undefined) {
    const m = /^(major|minor)(EastAsia|Bidi|Ascii|HAnsi)$/.exec(themeVal);
    if (m) return `+${m[1] === "major" ? "mj" : "mn"}-${m[2] === "EastAsia" ? "ea" : m[2] === "Bidi" ? "cs" : "lt"}`;
  }
  return el.attr(name);
}

function alignment(val: string | undefined): Alignment | undefined {
  switch (val) {
    case "left":
    case "start":
      return "left";
    case "right":
    case "end":
      return "right";
    case "center":
      return "center";
    case "both":
    case "distribute":
    case "mediumKashida":
    case "highKashida":
    case "lowKashida":
    case "thaiDistribute":
      return "justify";
    default:
      return undefined;
  }
}
