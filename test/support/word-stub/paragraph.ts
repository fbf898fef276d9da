import type * as W from "../../../addin/word/office";
import { StubCollection, StubObject, type StubContext } from "./context";
import { ContentControlProxy, newControl } from "./control";
import { RangeProxy, searchIn } from "./range";
import { deleteParagraph, insertNextTo, officeError, placeOf, visibleText, type SFont, type SParagraph, type StubState } from "./state";
import { TableCellProxy, TableProxy, insertTableNextTo } from "./table";
import { insertTextAt, replaceText, setSpanFont, spanFont, wholeSpan, type SpanTarget } from "./text";

const BUILT_IN_NAMES: Record<string, string> = { Normal: "Normal", Title: "Title", ListParagraph: "List Paragraph", TableGrid: "Table Grid" };
for (let i = 1; i <= 9; i++) BUILT_IN_NAMES[`Heading${i}`] = `Heading ${i}`;
/** What applying a built-in style does to the text before any direct formatting (Word's default theme). */
const STYLE_FONTS: Record<string, Partial<SFont>> = {
  Heading1: { name: "Calibri Light", size: 16, color: "#2F5496", bold: false },
  Title: { name: "Calibri Light", size: 28, color: "#000000" },
};

export class FontProxy extends StubObject<SpanTarget> implements W.Font {
  protected readonly scalars = ["name", "size", "bold", "italic", "underline", "color"] as const;
  protected read(t: SpanTarget, name: string): unknown {
    return spanFont(t)[name as keyof SFont];
  }
  private setter(patch: Partial<SFont>): void {
    this.write((t) => setSpanFont(t, patch));
  }
  get name(): string { return this.value("name"); }
  set name(v: string) { this.setter({ name: v }); }
  get size(): number { return this.value("size"); }
  set size(v: number) { this.setter({ size: v }); }
  get bold(): boolean { return this.value("bold"); }
  set bold(v: boolean) { this.setter({ bold: v }); }
  get italic(): boolean { return this.value("italic"); }
  set italic(v: boolean) { this.setter({ italic: v }); }
  get underline(): string { return this.value("underline"); }
  set underline(v: string) { this.setter({ underline: v }); }
  get color(): string { return this.value("color"); }
  set color(v: string) { this.setter({ color: v }); }
}

export class ListItemProxy extends StubObject<{ listString: string; level: number }> implements W.ListItem {
  protected readonly scalars = ["listString", "level"] as const;
  protected read(t: { listString: string; level: number }, name: string): unknown {
    return name === "listString" ? t.listString : t.level;
  }
  get listString(): string { return this.value("listString"); }
  get level(): number { return this.value("level"); }
}

export class ParagraphProxy extends StubObject<SParagraph> implements W.Paragraph {
  protected readonly scalars = [
    "text", "style", "styleBuiltIn", "outlineLevel", "isListItem", "tableNestingLevel", "alignment",
    "firstLineIndent", "spaceBefore", "spaceAfter", "lineSpacing",
  ] as const;
  private readonly state: StubState;
  private memo: Partial<{ font: FontProxy; list: ListItemProxy; control: ContentControlProxy; cell: TableCellProxy; table: TableProxy }> = {};

  constructor(ctx: StubContext, resolver: () => SParagraph | null) {
    super(ctx, resolver);
    this.state = ctx.state;
  }

  protected read(p: SParagraph, name: string): unknown {
    switch (name) {
      case "text": return visibleText(this.state, p);
      case "style": return p.customStyle ?? BUILT_IN_NAMES[p.styleBuiltIn] ?? p.styleBuiltIn;
      case "outlineLevel": return /^Heading(\d)$/.exec(p.styleBuiltIn) ? Number(p.styleBuiltIn.slice(7)) : p.outlineLevel;
      case "isListItem": return p.list !== undefined;
      case "tableNestingLevel": return placeOf(this.state, p).cell ? 1 : 0;
      default: return p[name as keyof SParagraph];
    }
  }

  protected override nav(name: string): StubObject<unknown> | undefined {
    return name === "font" ? (this.font as unknown as StubObject<unknown>) : undefined;
  }

  get text(): string { return this.value("text"); }
  get style(): string { return this.value("style"); }
  set style(v: string) {
    this.write((p) => {
      const builtIn = Object.entries(BUILT_IN_NAMES).find(([, n]) => n.toLowerCase() === v.toLowerCase());
      if (builtIn) this.applyBuiltIn(p, builtIn[0]);
      else Object.assign(p, { customStyle: v, styleBuiltIn: "Other" });
    });
  }
  get styleBuiltIn(): string { return this.value("styleBuiltIn"); }
  set styleBuiltIn(v: string) {
    this.write((p) => {
      if (!(v in BUILT_IN_NAMES)) throw officeError("InvalidArgument", `Unknown built-in style '${v}'.`);
      this.applyBuiltIn(p, v);
    });
  }
  private applyBuiltIn(p: SParagraph, v: string): void {
    delete p.customStyle;
    p.styleBuiltIn = v;
    const f = STYLE_FONTS[v];
    if (f) setSpanFont(wholeSpan(this.state, [p]), f);
  }
  get outlineLevel(): number { return this.value("outlineLevel"); }
  set outlineLevel(v: number) { this.write((p) => { p.outlineLevel = v; }); }
  get isListItem(): boolean { return this.value("isListItem"); }
  get tableNestingLevel(): number { return this.value("tableNestingLevel"); }
  get alignment(): W.WordAlignment { return this.value("alignment"); }
  set alignment(v: W.WordAlignment) { this.write((p) => { p.alignment = v; }); }
  get firstLineIndent(): number { return this.value("firstLineIndent"); }
  set firstLineIndent(v: number) { this.write((p) => { p.firstLineIndent = v; }); }
  get spaceBefore(): number { return this.value("spaceBefore"); }
  set spaceBefore(v: number) { this.write((p) => { p.spaceBefore = v; }); }
  get spaceAfter(): number { return this.value("spaceAfter"); }
  set spaceAfter(v: number) { this.write((p) => { p.spaceAfter = v; }); }
  get lineSpacing(): number { return this.value("lineSpacing"); }
  set lineSpacing(v: number) { this.write((p) => { p.lineSpacing = v; }); }

  get font(): FontProxy {
    return (this.memo.font ??= new FontProxy(this.ctx, () => wholeSpan(this.state, [this.target()])));
  }
  get listItemOrNullObject(): ListItemProxy {
    return (this.memo.list ??= new ListItemProxy(this.ctx, () => this.target().list ?? null));
  }
  get parentContentControlOrNullObject(): ContentControlProxy {
    return (this.memo.control ??= new ContentControlProxy(this.ctx, () => this.target().control ?? null));
  }
  get parentTableCellOrNullObject(): TableCellProxy {
    return (this.memo.cell ??= new TableCellProxy(this.ctx, () => placeOf(this.state, this.target()).cell ?? null));
  }
  get parentTableOrNullObject(): TableProxy {
    return (this.memo.table ??= new TableProxy(this.ctx, () => placeOf(this.state, this.target()).cell?.table ?? null));
  }

  insertParagraph(text: string, where: W.BeforeAfter): ParagraphProxy {
    const made: { p?: SParagraph } = {};
    this.ctx.enqueue(() => { made.p = insertNextTo(this.state, this.target(), text, where); });
    return new ParagraphProxy(this.ctx, () => made.p ?? null);
  }
  insertTable(rowCount: number, columnCount: number, where: W.BeforeAfter, values?: string[][]): TableProxy {
    const made: { t?: ReturnType<typeof insertTableNextTo> } = {};
    this.ctx.enqueue(() => { made.t = insertTableNextTo(this.state, this.target(), rowCount, columnCount, where, values); });
    return new TableProxy(this.ctx, () => made.t ?? null);
  }
  insertText(text: string, where: "Replace" | W.StartEnd): RangeProxy {
    const made: { span?: SpanTarget } = {};
    this.ctx.enqueue(() => {
      const p = this.target();
      const len = visibleText(this.state, p).length;
      made.span = where === "Start" ? insertTextAt(this.state, p, 0, text) : where === "End" ? insertTextAt(this.state, p, len, text) : replaceText(this.state, p, 0, len, text);
    });
    return new RangeProxy(this.ctx, () => made.span ?? null);
  }
  insertContentControl(): ContentControlProxy {
    const made: { c?: ReturnType<typeof newControl> } = {};
    this.ctx.enqueue(() => { made.c = newControl(this.state, [this.target()]); });
    return new ContentControlProxy(this.ctx, () => made.c ?? null);
  }
  getRange(where: W.RangeLocation = "Whole"): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const span = wholeSpan(this.state, [this.target()]);
      if (where === "Start") return { ...span, end: 0 };
      if (where === "End") return { ...span, start: span.end };
      return span;
    });
  }
  search(text: string, options?: W.SearchOptions): StubCollection<SpanTarget, RangeProxy> {
    return new StubCollection(this.ctx, () => searchIn(this.state, [this.target()], text, options), (r) => new RangeProxy(this.ctx, r));
  }
  select(mode: W.SelectionMode = "Select"): void {
    this.getRange("Whole").select(mode);
  }
  delete(): void {
    this.write((p) => deleteParagraph(this.state, p));
  }
}
