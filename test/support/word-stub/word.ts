import type * as W from "../../../addin/word/office";
import { StubContext, StubObject } from "./context";
import { DocumentProxy } from "./body";
import { officeError, type StubState } from "./state";

class RequestContextStub extends StubContext {
  get document(): DocumentProxy {
    return new DocumentProxy(this, () => this.state);
  }
}

/**
 * Word.run: a fresh request context per batch, or with a previously created object the context that object belongs
 * to; then a final sync of whatever the batch left queued.
 */
export function createWord(state: StubState): W.WordNamespace {
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    if (typeof a !== "function" && !(a instanceof StubObject)) throw officeError("InvalidArgument", "Word.run needs a batch, or an API object and a batch.");
    const context = a instanceof StubObject ? a.ctx : new RequestContextStub(state);
    const batch = (typeof a === "function" ? a : b) as (c: W.RequestContext) => Promise<T>;
    const result = await batch(context as unknown as W.RequestContext);
    if (context.pending) await context.sync();
    return result;
  }
  return { run } as W.WordNamespace;
}
