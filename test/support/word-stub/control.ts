import type * as W from "../../../addin/word/office";
import { StubCollection, StubObject } from "./context";
import { ParagraphProxy } from "./paragraph";
import { RangeProxy } from "./range";
import { allParagraphs, deleteParagraph, officeError, type SControl, type SParagraph, type StubState } from "./state";
import { spanText, wholeSpan } from "./text";

export function newControl(state: StubState, paragraphs: SParagraph[]): SControl {
  if (paragraphs.some((p) => p.control)) throw officeError("InvalidArgument", "The stub does not nest content controls.");
  const control: SControl = { id: state.nextId++, tag: "", title: "", placeholderText: "", appearance: "BoundingBox" };
  for (const p of paragraphs) p.control = control;
  return control;
}

export function controlParagraphs(state: StubState, control: SControl): SParagraph[] {
  return allParagraphs(state).filter((p) => p.control === control);
}

/** Content controls in document order. */
export function allControls(state: StubState): SControl[] {
  const seen = new Set<SControl>();
  for (const p of allParagraphs(state)) if (p.control) seen.add(p.control);
  return [...seen];
}

export class ContentControlProxy extends StubObject<SControl> implements W.ContentControl {
  protected readonly scalars = ["id", "tag", "title", "placeholderText", "appearance", "text"] as const;

  protected read(c: SControl, name: string): unknown {
    if (name === "text") return spanText(wholeSpan(this.ctx.state, controlParagraphs(this.ctx.state, c)));
    return c[name as keyof SControl];
  }

  get id(): number { return this.value("id"); }
  get tag(): string { return this.value("tag"); }
  set tag(v: string) { this.write((c) => { c.tag = v; }); }
  get title(): string { return this.value("title"); }
  set title(v: string) { this.write((c) => { c.title = v; }); }
  get placeholderText(): string { return this.value("placeholderText"); }
  set placeholderText(v: string) { this.write((c) => { c.placeholderText = v; }); }
  get appearance(): string { return this.value("appearance"); }
  set appearance(v: string) { this.write((c) => { c.appearance = v; }); }
  get text(): string { return this.value("text"); }

  get paragraphs(): StubCollection<SParagraph, ParagraphProxy> {
    return new StubCollection(this.ctx, () => controlParagraphs(this.ctx.state, this.target()), (r) => new ParagraphProxy(this.ctx, r));
  }
  getRange(where: W.RangeLocation = "Whole"): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const span = wholeSpan(this.ctx.state, controlParagraphs(this.ctx.state, this.target()));
      if (where === "Start") return { ...span, paragraphs: span.paragraphs.slice(0, 1), end: 0 };
      return span;
    });
  }
  select(mode: W.SelectionMode = "Select"): void {
    this.getRange("Whole").select(mode);
  }
  delete(keepContent: boolean): void {
    this.write((c) => {
      for (const p of controlParagraphs(this.ctx.state, c)) {
        if (keepContent) delete p.control;
        else deleteParagraph(this.ctx.state, p);
      }
    });
  }
}
