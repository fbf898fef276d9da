import { officeError, type StubState } from "./state";

/**
 * The request-context machinery of Office.js, in miniature: methods and property writes are queued and run in order
 * by sync(); a property can be read only after load() and a sync, otherwise PropertyNotLoaded is thrown exactly as
 * the real host does. The state is touched only inside sync().
 */
export class StubContext {
  private queue: Array<() => void> = [];
  constructor(readonly state: StubState) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    this.state.syncCount++;
    for (const op of ops) op();
  }
}

export function propertyNotLoaded(name: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parsePaths(props?: string | string[]): string[] | undefined {
  const list = (Array.isArray(props) ? props : (props ?? "").split(","))
    .map((s) => s.trim().replace(/^items\//, ""))
    .filter(Boolean);
  return list.length ? list : undefined;
}

export abstract class StubObject<T> {
  private bound: { value: T | null } | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly ctx: StubContext,
    private readonly resolver: () => T | null,
  ) {}

  /** Scalar properties load() may fetch; load() without names fetches them all. */
  protected abstract readonly scalars: readonly string[];
  protected abstract read(target: T, name: string): unknown;
  /** Navigation properties ("font" in "font/name"); memoised by each class like Office.js does. */
  protected nav(_name: string): StubObject<unknown> | undefined {
    return undefined;
  }

  /** Binds the proxy to its object the first time a queued operation needs it. */
  resolve(): T | null {
    if (!this.bound) this.bound = { value: this.resolver() };
    return this.bound.value;
  }

  protected target(): T {
    const t = this.resolve();
    if (t === null) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    return t;
  }

  load(props?: string | string[]): this {
    const paths = parsePaths(props);
    this.ctx.enqueue(() => this.snapshot(paths));
    return this;
  }

  snapshot(paths: string[] | undefined): void {
    const t = this.resolve();
    this.loaded.set("isNullObject", t === null);
    if (t === null) return;
    for (const path of paths ?? this.scalars) {
      const [head = "", ...rest] = path.split("/");
      const child = this.nav(head);
      if (child) child.snapshot(rest.length ? [rest.join("/")] : undefined);
      else if (this.scalars.includes(head)) this.loaded.set(head, this.read(t, head));
      else throw officeError("InvalidArgument", `The property '${head}' does not exist on this object.`);
    }
  }

  protected value<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected write(apply: (target: T) => void): void {
    this.ctx.enqueue(() => apply(this.target()));
  }

  get isNullObject(): boolean {
    return this.value<boolean>("isNullObject");
  }
}

export class StubCollection<T, I extends StubObject<T>> {
  private loadedItems: I[] | undefined;

  constructor(
    readonly ctx: StubContext,
    private readonly list: () => T[],
    private readonly make: (resolver: () => T | null) => I,
  ) {}

  load(props?: string | string[]): this {
    const paths = parsePaths(props);
    this.ctx.enqueue(() => {
      this.loadedItems = this.list().map((t) => {
        const item = this.make(() => t);
        item.snapshot(paths);
        return item;
      });
    });
    return this;
  }

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  get isNullObject(): boolean {
    return false;
  }

  getFirst(): I {
    return this.make(() => {
      const first = this.list()[0];
      if (first === undefined) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
      return first;
    });
  }

  getFirstOrNullObject(): I {
    return this.make(() => this.list()[0] ?? null);
  }
}
