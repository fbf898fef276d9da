/** Theme part reader: the major/minor font scheme that theme font references in w:rFonts point to. */
import { parsePart, type PartSource } from "../stages/part";

/** Theme token ("+mj-lt", "+mn-ea"…) → typeface. */
export type ThemeFonts = ReadonlyMap<string, string>;

/** Office 2013+ defaults, used when a document references theme fonts but ships no theme part. */
export const DEFAULT_THEME_FONTS: ThemeFonts = new Map([
  ["+mj-lt", "Calibri Light"],
  ["+mn-lt", "Calibri"],
]);

const SCRIPTS: Record<string, string> = { latin: "lt", ea: "ea", cs: "cs" };

export async function readTheme(src: PartSource, partName: string): Promise<ThemeFonts> {
  const fonts = new Map(DEFAULT_THEME_FONTS);
  let group: string | undefined;
  await parsePart(src, partName, {
    open(el) {
      if (el.ns !== "a") return;
      if (el.local === "majorFont") group = "+mj-";
      else if (el.local === "minorFont") group = "+mn-";
      else if (group) {
        const script = SCRIPTS[el.local];
        const typeface = el.attr("typeface", "");
        if (script && typeface) fonts.set(group + script, typeface);
      }
    },
    close(el) {
      if (el.ns === "a" && (el.local === "majorFont" || el.local === "minorFont")) group = undefined;
    },
    text() {},
  });
  return fonts;
}
