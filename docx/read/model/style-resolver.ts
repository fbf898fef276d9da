/**
 * Effective formatting: run properties ⊕ character style chain ⊕ paragraph style chain ⊕ document defaults, nearest
 * definition first. Style chains are resolved once per style id and cached, so a run costs a few field copies.
 * Toggle properties (bold, italic) take the nearest explicit value; Word's XOR of toggles across style levels is
 * not modelled because real templates do not stack bold styles.
 */
import type { Alignment, ParaProps, RunProps } from "../parts/props";
import { inheritRun } from "../parts/props";
import type { Style, StyleSheet } from "../parts/styles";
import type { ThemeFonts } from "../parts/theme";

export interface RunFormat {
  font?: string;
  sizePt?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface ParagraphStyleInfo {
  styleName?: string;
  /** From a built-in "heading N" style on the chain, judged by name (never by the localized style id). */
  headingLevel?: number;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  jc?: Alignment;
  /** Run properties of the chain with the document defaults already folded in. */
  run: RunProps;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;
/** basedOn chains in real documents are a handful deep; the cap only stops cycles and hostile chains. */
const MAX_CHAIN = 32;

export class StyleResolver {
  private readonly paragraphs = new Map<string, ParagraphStyleInfo>();
  private readonly characters = new Map<string, RunProps>();

  constructor(
    private readonly sheet: StyleSheet,
    private readonly theme: ThemeFonts,
  ) {}

  /** The paragraph style in force: the named one if it exists (as Word does), else the default paragraph style. */
  paragraph(styleId: string | undefined): ParagraphStyleInfo {
    const known = styleId !== undefined && this.sheet.styles.has(styleId);
    const id = known ? styleId : (this.sheet.defaultParagraphStyleId ?? "");
    let info = this.paragraphs.get(id);
    if (!info) {
      info = this.resolveParagraph(this.chain(id));
      this.paragraphs.set(id, info);
    }
    return info;
  }

  runFormat(para: ParagraphStyleInfo, direct: RunProps): RunFormat {
    const props: RunProps = { ...direct };
    if (direct.styleId !== undefined) inheritRun(props, this.character(direct.styleId));
    inheritRun(props, para.run);
    return {
      font: this.font(props.ascii ?? props.hAnsi ?? props.eastAsia ?? props.cs),
      sizePt: props.sizePt,
      bold: props.bold ?? false,
      italic: props.italic ?? false,
      underline: props.underline ?? false,
    };
  }

  private character(id: string): RunProps {
    let props = this.characters.get(id);
    if (!props) {
      props = {};
      for (const style of this.chain(id)) inheritRun(props, style.run);
      this.characters.set(id, props);
    }
    return props;
  }

  private resolveParagraph(chain: readonly Style[]): ParagraphStyleInfo {
    const run: RunProps = {};
    const para: ParaProps = {};
    let headingLevel: number | undefined;
    for (const style of chain) {
      inheritRun(run, style.run);
      para.outlineLvl ??= style.para.outlineLvl;
      para.numId ??= style.para.numId;
      para.ilvl ??= style.para.ilvl;
      para.jc ??= style.para.jc;
      const heading = style.name === undefined ? null : HEADING_NAME.exec(style.name.trim());
      if (heading && headingLevel === undefined) headingLevel = Number(heading[1]);
    }
    inheritRun(run, this.sheet.docRun);
    return {
      styleName: chain[0]?.name ?? chain[0]?.id,
      headingLevel,
      outlineLvl: para.outlineLvl ?? this.sheet.docPara.outlineLvl,
      numId: para.numId,
      ilvl: para.ilvl,
      jc: para.jc ?? this.sheet.docPara.jc,
      run,
    };
  }

  private chain(id: string): Style[] {
    const chain: Style[] = [];
    const seen = new Set<string>();
    let style = this.sheet.styles.get(id);
    while (style && !seen.has(style.id) && chain.length < MAX_CHAIN) {
      seen.add(style.id);
      chain.push(style);
      style = style.basedOn === undefined ? undefined : this.sheet.styles.get(style.basedOn);
    }
    return chain;
  }

  private font(slot: string | undefined): string | undefined {
    if (slot === undefined || !slot.startsWith("+")) return slot;
    // East Asian / complex-script theme slots are often empty in Latin themes: fall back to the Latin face.
    return this.theme.get(slot) ?? this.theme.get(`${slot.slice(0, 4)}lt`);
  }
}
