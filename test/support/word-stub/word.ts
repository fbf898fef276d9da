import type * as W from "../../../addin/word/office";
import { StubContext } from "./context";
import { DocumentProxy } from "./body";
import type { StubState } from "./state";

class RequestContextStub extends StubContext {
  get document(): DocumentProxy {
    return new DocumentProxy(this, () => this.state);
  }
}

/** Word.run: a fresh request context per batch, and a final sync of whatever the batch left queued. */
export function createWord(state: StubState): W.WordNamespace {
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const context = typeof a === "function" ? new RequestContextStub(state) : (a as RequestContextStub);
    const batch = (typeof a === "function" ? a : b) as (c: W.RequestContext) => Promise<T>;
    const result = await batch(context as unknown as W.RequestContext);
    if (context.pending) await context.sync();
    return result;
  }
  return { run } as W.WordNamespace;
}
