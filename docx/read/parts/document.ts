/**
 * Main document part reader: a SAX state machine from w:body to blocks. Unknown elements are walked through (their
 * w:r/w:p descendants still count: hyperlinks, smart tags, w:ins, content controls, field results), so new markup
 * degrades to "text without extras" rather than to a crash or lost text.
 */
import type { Block, PageSetup } from "../../../shared/model/document";
import { CodedError } from "../../../shared/errors/codes";
import { BlockTree } from "../model/block-tree";
import { FieldState } from "./fields";
import { ParagraphBuilder, type ParagraphContext } from "../model/paragraph-builder";
import { parsePart, type PartSource } from "../stages/part";
import { applyParaProp, applyRunProp, type ParaProps, type RunProps } from "./props";
import { SectionBuilder } from "./section";
import type { XmlElement, XmlHandler } from "../stages/xml";

export interface DocumentBody {
  blocks: Block[];
  page?: PageSetup;
}

/** Run-content elements and the text they stand for; w:t is handled through text events. */
const RUN_TEXT: Record<string, string> = { tab: "\t", ptab: "\t", br: "\n", cr: "\n", noBreakHyphen: "-" };

export async function readDocument(src: PartSource, partName: string, ctx: ParagraphContext): Promise<DocumentBody> {
  const reader = new DocumentReader(ctx);
  await parsePart(src, partName, reader);
  return { blocks: reader.tree.blocks, page: reader.bodyPage ?? reader.firstPage };
}

class DocumentReader implements XmlHandler {
  readonly tree: BlockTree;
  bodyPage: PageSetup | undefined;
  firstPage: PageSetup | undefined;
  private readonly path: string[] = [];
  /** Tags of open content controls (undefined until, or unless, w:tag is read). */
  private readonly sdts: (string | undefined)[] = [];
  private readonly fields = new FieldState();
  /** Where the children of an open w:pPr / w:rPr / w:sectPr / w:sdtPr go; at most one is set at a time. */
  private paraProps: ParaProps | undefined;
  private runProps: RunProps | undefined;
  private section: { builder: SectionBuilder; body: boolean } | undefined;
  private inSdtPr = false;
  private inText = false;

  constructor(private readonly ctx: ParagraphContext) {
    this.tree = new BlockTree(ctx.budget);
  }

  open(el: XmlElement): void {
    const parent = this.path[this.path.length - 1];
    if (parent === undefined && !(el.ns === "w" && el.local === "document")) {
      throw new CodedError("docx.notWordDocument", `root element ${el.local}`);
    }
    this.path.push(el.ns === "w" ? el.local : "");
    if (el.ns !== "w") return;
    if (this.section) return this.section.builder.apply(el);
    if (this.paraProps) {
      if (el.local === "sectPr") this.section = { builder: new SectionBuilder(), body: false };
      else applyParaProp(this.paraProps, el);
      return;
    }
    if (this.runProps) return applyRunProp(this.runProps, el);
    if (this.inSdtPr) {
      if (el.local === "tag") this.setTag(el.attr("val"));
      return;
    }
    this.openContent(el, parent);
  }

  close(el: XmlElement): void {
    this.path.pop();
    if (el.ns !== "w") return;
    if (this.section) {
      if (el.local === "sectPr") this.closeSection();
      return;
    }
    switch (el.local) {
      case "pPr":
        this.paraProps = undefined;
        break;
      case "rPr":
        this.runProps = undefined;
        break;
      case "sdtPr":
        this.inSdtPr = false;
        break;
      case "t":
        this.inText = false;
        break;
      case "r": {
        const para = this.tree.paragraph();
        if (para) para.run = undefined;
        break;
      }
      case "p":
        this.inText = false;
        this.tree.closeParagraph();
        break;
      case "tc":
        this.tree.closeCell();
        break;
      case "tbl":
        this.tree.closeTable();
        break;
      case "sdt":
        this.sdts.pop();
        break;
    }
  }

  text(text: string): void {
    if (this.inText && !this.fields.hidden) this.tree.paragraph()?.append(text);
  }

  private openContent(el: XmlElement, parent: string | undefined): void {
    const para = this.tree.paragraph();
    const replacement = RUN_TEXT[el.local];
    if (replacement !== undefined) {
      if (parent === "r" && !this.fields.hidden) para?.append(replacement);
      return;
    }
    switch (el.local) {
      case "body":
        this.tree.openBody();
        break;
      case "p":
        this.tree.openParagraph(new ParagraphBuilder(this.ctx, this.openTags(), this.sdts.length));
        break;
      case "pPr":
        if (parent === "p" && para) this.paraProps = para.props;
        break;
      case "r":
        para?.startRun();
        break;
      case "rPr":
        if (parent === "r" && para?.run) this.runProps = para.run.direct;
        break;
      case "t":
        this.inText = parent === "r";
        break;
      case "fldChar":
        this.fields.fieldChar(el.attr("fldCharType"));
        break;
      case "tbl":
        this.tree.openTable(this.openTags());
        break;
      case "tr":
        this.tree.openRow();
        break;
      case "tc":
        this.tree.openCell();
        break;
      case "sdt":
        this.sdts.push(undefined);
        break;
      case "sdtPr":
        this.inSdtPr = true;
        break;
      case "sectPr":
        if (parent === "body") this.section = { builder: new SectionBuilder(), body: true };
        break;
    }
  }

  private setTag(tag: string | undefined): void {
    const index = this.sdts.length - 1;
    if (index < 0 || tag === undefined || tag === "") return;
    this.sdts[index] = tag;
    // A content control opened inside the paragraph (run level) still belongs to that paragraph.
    const para = this.tree.paragraph();
    if (para && index >= para.sdtBase) para.tags.push(tag);
  }

  private openTags(): string[] {
    return this.sdts.filter((tag): tag is string => tag !== undefined);
  }

  private closeSection(): void {
    const section = this.section;
    this.section = undefined;
    const page = section?.builder.build();
    if (!section || !page) return;
    if (section.body) this.bodyPage = page;
    else this.firstPage ??= page;
  }
}
