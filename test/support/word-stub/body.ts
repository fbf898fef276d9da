import type * as W from "../../../addin/word/office";
import { StubCollection, StubObject, type StubContext } from "./context";
import { allControls, ContentControlProxy } from "./control";
import { ParagraphProxy } from "./paragraph";
import { RangeProxy, searchIn } from "./range";
import { allParagraphs, newParagraph, notify, visibleText, type ChangeKind, type SCell, type SControl, type SParagraph, type STable, type StubState } from "./state";
import { TableProxy } from "./table";
import type { SpanTarget } from "./text";

/** The main document body, or the body of one table cell. */
export type BodyTarget = { kind: "document" } | { kind: "cell"; cell: SCell };

function paragraphsOf(state: StubState, b: BodyTarget): SParagraph[] {
  return b.kind === "document" ? allParagraphs(state) : b.cell.paragraphs;
}

export class BodyProxy extends StubObject<BodyTarget> implements W.Body {
  protected readonly scalars = ["text"] as const;
  protected read(b: BodyTarget): unknown {
    return paragraphsOf(this.ctx.state, b).map((p) => visibleText(this.ctx.state, p)).join("\r");
  }
  get text(): string { return this.value("text"); }

  get paragraphs(): StubCollection<SParagraph, ParagraphProxy> {
    return new StubCollection(this.ctx, () => paragraphsOf(this.ctx.state, this.target()), (r) => new ParagraphProxy(this.ctx, r));
  }
  get tables(): StubCollection<STable, TableProxy> {
    const tables = (): STable[] => (this.target().kind === "document" ? this.ctx.state.blocks.filter((b): b is STable => b.kind === "t") : []);
    return new StubCollection(this.ctx, tables, (r) => new TableProxy(this.ctx, r));
  }
  get contentControls(): StubCollection<SControl, ContentControlProxy> {
    const controls = (): SControl[] => {
      const mine = new Set(paragraphsOf(this.ctx.state, this.target()));
      return allControls(this.ctx.state).filter((c) => allParagraphs(this.ctx.state).some((p) => p.control === c && mine.has(p)));
    };
    return new StubCollection(this.ctx, controls, (r) => new ContentControlProxy(this.ctx, r));
  }

  insertParagraph(text: string, where: W.StartEnd): ParagraphProxy {
    const made: { p?: SParagraph } = {};
    this.write((b) => {
      const state = this.ctx.state;
      const list = b.kind === "document" ? state.blocks : b.cell.paragraphs;
      const p = newParagraph(state, text);
      if (where === "Start") list.unshift(p);
      else list.push(p);
      notify(state, "ParagraphAdded");
      made.p = p;
    });
    return new ParagraphProxy(this.ctx, () => made.p ?? null);
  }

  search(text: string, options?: W.SearchOptions): StubCollection<SpanTarget, RangeProxy> {
    return new StubCollection(this.ctx, () => searchIn(this.ctx.state, paragraphsOf(this.ctx.state, this.target()), text, options), (r) => new RangeProxy(this.ctx, r));
  }
}

class EventHandlersStub implements W.EventHandlers {
  constructor(
    private readonly ctx: StubContext,
    private readonly kind: ChangeKind,
  ) {}
  add(handler: (args: { type: string }) => Promise<void>): W.EventHandlerResult {
    const listeners = this.ctx.state.listeners;
    // Registration takes effect at the next sync, like every other queued command.
    this.ctx.enqueue(() => {
      if (!listeners.has(this.kind)) listeners.set(this.kind, new Set());
      listeners.get(this.kind)?.add(handler);
    });
    return { remove: () => this.ctx.enqueue(() => listeners.get(this.kind)?.delete(handler)) };
  }
}

export class DocumentProxy extends StubObject<StubState> implements W.WordDocument {
  protected readonly scalars = [] as const;
  protected read(): unknown {
    return undefined;
  }
  get body(): BodyProxy {
    return new BodyProxy(this.ctx, () => ({ kind: "document" }));
  }
  get contentControls(): StubCollection<SControl, ContentControlProxy> {
    return this.body.contentControls;
  }
  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const state = this.ctx.state;
      const sel = state.selection;
      if (sel && allParagraphs(state).includes(sel.paragraph)) return { state, paragraphs: [sel.paragraph], start: sel.start, end: sel.end };
      const first = allParagraphs(state)[0];
      return { state, paragraphs: first ? [first] : [], start: 0, end: 0 };
    });
  }
  get onParagraphAdded(): W.EventHandlers {
    return new EventHandlersStub(this.ctx, "ParagraphAdded");
  }
  get onParagraphChanged(): W.EventHandlers {
    return new EventHandlersStub(this.ctx, "ParagraphChanged");
  }
  get onParagraphDeleted(): W.EventHandlers {
    return new EventHandlersStub(this.ctx, "ParagraphDeleted");
  }
}
