/** Styles part reader: style definitions (paragraph and character) and document defaults, as declared. */
import { applyParaProp, applyRunProp, onOff, type ParaProps, type RunProps } from "./props";
import { parsePart, type PartSource } from "../stages/part";

export interface Style {
  id: string;
  /** Display name; for built-in styles Word always writes the English name ("heading 1"), whatever the UI language. */
  name?: string;
  type: string;
  basedOn?: string;
  run: RunProps;
  para: ParaProps;
}

export interface StyleSheet {
  styles: Map<string, Style>;
  defaultParagraphStyleId?: string;
  docRun: RunProps;
  docPara: ParaProps;
}

export function emptyStyleSheet(): StyleSheet {
  return { styles: new Map(), docRun: {}, docPara: {} };
}

export async function readStyles(src: PartSource, partName: string): Promise<StyleSheet> {
  const sheet = emptyStyleSheet();
  const path: string[] = [];
  let style: Style | undefined;
  let runTarget: RunProps | undefined;
  let paraTarget: ParaProps | undefined;
  await parsePart(src, partName, {
    open(el) {
      const parent = path[path.length - 1];
      path.push(el.ns === "w" ? el.local : "");
      if (el.ns !== "w") return;
      if (runTarget) return applyRunProp(runTarget, el);
      if (paraTarget) return applyParaProp(paraTarget, el);
      switch (el.local) {
        case "style": {
          src.budget.take();
          style = { id: el.attr("styleId") ?? "", type: el.attr("type") ?? "paragraph", run: {}, para: {} };
          const isDefault = el.attr("default");
          if (style.type === "paragraph" && isDefault !== undefined && onOff(isDefault)) {
            sheet.defaultParagraphStyleId ??= style.id;
          }
          break;
        }
        case "name":
          if (style && parent === "style") style.name = el.attr("val");
          break;
        case "basedOn":
          if (style && parent === "style") style.basedOn = el.attr("val");
          break;
        case "rPr":
          if (style && parent === "style") runTarget = style.run;
          else if (parent === "rPrDefault") runTarget = sheet.docRun;
          break;
        case "pPr":
          if (style && parent === "style") paraTarget = style.para;
          else if (parent === "pPrDefault") paraTarget = sheet.docPara;
          break;
      }
    },
    close(el) {
      path.pop();
      if (el.ns !== "w") return;
      if (el.local === "rPr") runTarget = undefined;
      else if (el.local === "pPr") paraTarget = undefined;
      else if (el.local === "style" && style) {
        if (!sheet.styles.has(style.id)) sheet.styles.set(style.id, style);
        style = undefined;
      }
    },
    text() {},
  });
  return sheet;
}
