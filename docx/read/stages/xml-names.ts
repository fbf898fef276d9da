/**
 * Namespace resolution for the XML stage: prefixes are resolved from the xmlns declarations in scope (a part may
 * bind WordprocessingML to any prefix), and each qualified name is resolved once per scope and cached, since a
 * document repeats a few dozen names millions of times.
 */
import { nsKey, type NsKey } from "./ns";
import type { Attributes } from "./xml-tokenizer";

export interface QName {
  ns: NsKey;
  local: string;
}

interface Scope {
  depth: number;
  prefixes: Map<string, string>;
  elements: Map<string, QName>;
  attributes: Map<string, QName>;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
/** Real parts use a few hundred distinct names; a part inventing millions must not grow the cache with them. */
const MAX_CACHED = 4096;

export class NameResolver {
  private readonly scopes: Scope[] = [
    { depth: 0, prefixes: new Map([["xml", XML_NS]]), elements: new Map(), attributes: new Map() },
  ];

  /** Call for every start tag, before resolving its names: opens a scope if the tag declares namespaces. */
  enter(depth: number, attrs: Attributes): void {
    let prefixes: Map<string, string> | undefined;
    for (let i = 0; i < attrs.count; i++) {
      const name = attrs.names[i]!;
      if (name.charCodeAt(0) !== 120 || !(name === "xmlns" || name.startsWith("xmlns:"))) continue;
      prefixes ??= new Map(this.current().prefixes);
      prefixes.set(name === "xmlns" ? "" : name.slice(6), attrs.value(i));
    }
    if (prefixes) this.scopes.push({ depth, prefixes, elements: new Map(), attributes: new Map() });
  }

  /** Call for every end tag, after resolving its name. */
  leave(depth: number): void {
    if (this.scopes.length > 1 && this.current().depth === depth) this.scopes.pop();
  }

  element(qname: string): QName {
    const scope = this.current();
    let name = scope.elements.get(qname);
    if (!name) {
      name = this.resolve(scope, qname, true);
      if (scope.elements.size < MAX_CACHED) scope.elements.set(qname, name);
    }
    return name;
  }

  attribute(qname: string): QName {
    const scope = this.current();
    let name = scope.attributes.get(qname);
    if (!name) {
      name = this.resolve(scope, qname, false);
      if (scope.attributes.size < MAX_CACHED) scope.attributes.set(qname, name);
    }
    return name;
  }

  private current(): Scope {
    return this.scopes[this.scopes.length - 1] as Scope;
  }

  /** Unprefixed elements take the default namespace; unprefixed attributes have none. Unbound prefixes map to "?". */
  private resolve(scope: Scope, qname: string, isElement: boolean): QName {
    const colon = qname.indexOf(":");
    if (colon < 0) return { ns: isElement ? nsKey(scope.prefixes.get("") ?? "") : "", local: internalized(qname) };
    const uri = scope.prefixes.get(qname.slice(0, colon));
    return { ns: uri === undefined ? "?" : nsKey(uri), local: internalized(qname.slice(colon + 1)) };
  }
}

/**
 * The engine's own copy of a name, the one string literals and property keys use. Part readers compare `local` with
 * literals ("p", "rPr") a million times a part: V8 compiles that to a pointer test, and a name sliced from the
 * part's text made it throw that code away ("wrong instance type") and run slowly until compiled again. Resolved
 * names are cached per scope, so this runs a few hundred times per part. XML names never look like array indices.
 */
function internalized(name: string): string {
  for (const key in { [name]: 0 }) return key;
  return name;
}
