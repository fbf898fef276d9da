import type * as W from "../../../addin/word/office";
import { StubCollection, StubObject } from "./context";
import { ContentControlProxy, newControl } from "./control";
import { FontProxy, ParagraphProxy } from "./paragraph";
import { allParagraphs, insertNextTo, officeError, visibleText, type SParagraph, type StubState } from "./state";
import { insertTextAt, replaceText, spanText, type SpanTarget } from "./text";

export function searchIn(state: StubState, paragraphs: SParagraph[], text: string, options?: W.SearchOptions): SpanTarget[] {
  if (text.length > 255) throw officeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
  const fold = (s: string) => (options?.matchCase ? s : s.toLowerCase());
  const needle = fold(text);
  const hits: SpanTarget[] = [];
  for (const p of paragraphs) {
    const hay = fold(visibleText(state, p));
    for (let at = hay.indexOf(needle); needle && at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      hits.push({ state, paragraphs: [p], start: at, end: at + needle.length });
    }
  }
  return hits;
}

export class RangeProxy extends StubObject<SpanTarget> implements W.Range {
  protected readonly scalars = ["text", "isEmpty"] as const;
  private fontMemo: FontProxy | undefined;

  protected read(t: SpanTarget, name: string): unknown {
    return name === "text" ? spanText(t) : spanText(t) === "";
  }
  protected override nav(name: string): StubObject<unknown> | undefined {
    return name === "font" ? (this.font as unknown as StubObject<unknown>) : undefined;
  }

  get text(): string { return this.value("text"); }
  get font(): FontProxy {
    return (this.fontMemo ??= new FontProxy(this.ctx, () => this.target()));
  }
  get paragraphs(): StubCollection<SParagraph, ParagraphProxy> {
    return new StubCollection(this.ctx, () => this.target().paragraphs, (r) => new ParagraphProxy(this.ctx, r));
  }

  select(mode: W.SelectionMode = "Select"): void {
    this.write((t) => {
      const first = t.paragraphs[0];
      if (!first) return;
      const end = t.paragraphs.length === 1 ? t.end : visibleText(t.state, first).length;
      t.state.selection = { paragraph: first, start: mode === "End" ? end : t.start, end: mode === "Start" ? t.start : end };
    });
  }

  insertParagraph(text: string, where: W.BeforeAfter): ParagraphProxy {
    const made: { p?: SParagraph } = {};
    this.write((t) => {
      const anchor = where === "Before" ? t.paragraphs[0] : t.paragraphs[t.paragraphs.length - 1];
      if (!anchor) throw officeError("ItemNotFound", "The range has no paragraph.");
      made.p = insertNextTo(t.state, anchor, text, where);
    });
    return new ParagraphProxy(this.ctx, () => made.p ?? null);
  }

  insertText(text: string, where: "Replace" | W.StartEnd | W.BeforeAfter): RangeProxy {
    const made: { span?: SpanTarget } = {};
    this.write((t) => {
      const first = t.paragraphs[0];
      const last = t.paragraphs[t.paragraphs.length - 1];
      if (!first || !last) throw officeError("ItemNotFound", "The range is empty.");
      if (where === "Replace") {
        if (t.paragraphs.length > 1) throw officeError("NotImplemented", "The stub replaces text within one paragraph only.");
        made.span = replaceText(t.state, first, t.start, t.end, text);
      } else if (where === "Start" || where === "Before") made.span = insertTextAt(t.state, first, t.start, text);
      else made.span = insertTextAt(t.state, last, t.end, text);
    });
    return new RangeProxy(this.ctx, () => made.span ?? null);
  }

  insertContentControl(): ContentControlProxy {
    const made: { c?: ReturnType<typeof newControl> } = {};
    this.write((t) => { made.c = newControl(t.state, t.paragraphs); });
    return new ContentControlProxy(this.ctx, () => made.c ?? null);
  }

  expandTo(other: W.Range): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const a = this.target();
      const b = (other as RangeProxy).resolve();
      if (!b) throw officeError("ItemNotFound", "The range to expand to doesn't exist.");
      const all = allParagraphs(a.state);
      const from = all.indexOf(a.paragraphs[0] as SParagraph);
      const to = all.indexOf(b.paragraphs[b.paragraphs.length - 1] as SParagraph);
      if (from < 0 || to < from) throw officeError("InvalidArgument", "The ranges are not in order.");
      return { state: a.state, paragraphs: all.slice(from, to + 1), start: a.start, end: b.end };
    });
  }

  search(text: string, options?: W.SearchOptions): StubCollection<SpanTarget, RangeProxy> {
    return new StubCollection(this.ctx, () => searchIn(this.target().state, this.target().paragraphs, text, options), (r) => new RangeProxy(this.ctx, r));
  }
}
