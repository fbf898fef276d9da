/**
 * XML stage: the only module that feeds part text to the tokenizer (xml-tokenizer.ts). It turns a stream of part
 * bytes into open/close/text callbacks with namespaces already resolved (xml-names.ts) and folded to short keys, so
 * part readers match by namespace URI, never by prefix.
 * Word never writes a DOCTYPE, so any DOCTYPE is refused (no entity expansion can happen); depth is capped.
 */
import { CodedError } from "../../../shared/errors/codes";
import type { NsKey } from "./ns";
import { NameResolver } from "./xml-names";
import { Attributes, XmlTokenizer } from "./xml-tokenizer";

export interface XmlElement {
  readonly ns: NsKey;
  readonly local: string;
  /** Attribute value by local name; `ns` defaults to "w" because WordprocessingML qualifies its attributes. */
  attr(local: string, ns?: NsKey): string | undefined;
}

export interface XmlHandler {
  /** The element object is reused between calls: read what you need, do not keep it. */
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  text(text: string): void;
}

class Element implements XmlElement {
  ns: NsKey = "";
  local = "";
  private attrs: Attributes = NO_ATTRIBUTES;

  constructor(private readonly names: NameResolver) {}

  set(qname: string, attrs: Attributes): this {
    const name = this.names.element(qname);
    this.ns = name.ns;
    this.local = name.local;
    this.attrs = attrs;
    return this;
  }

  attr(local: string, ns: NsKey = "w"): string | undefined {
    const attrs = this.attrs;
    for (let i = 0; i < attrs.count; i++) {
      const name = this.names.attribute(attrs.names[i]!);
      if (name.local === local && name.ns === ns) return attrs.value(i);
    }
    return undefined;
  }
}

const NO_ATTRIBUTES = new Attributes();

export async function parseXml(
  source: AsyncIterable<Uint8Array>,
  handler: XmlHandler,
  maxDepth: number,
): Promise<void> {
  const names = new NameResolver();
  const element = new Element(names);
  let depth = 0;
  const tokenizer = new XmlTokenizer(
    {
      start(qname, attrs) {
        names.enter(++depth, attrs);
        handler.open(element.set(qname, attrs));
      },
      end(qname) {
        handler.close(element.set(qname, NO_ATTRIBUTES));
        names.leave(depth--);
      },
      text: (text) => handler.text(text),
    },
    maxDepth,
  );

  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of source) {
      // The decoder keeps split multi-byte sequences between chunks and drops a leading BOM.
      decoder ??= new TextDecoder(detectEncoding(chunk));
      tokenizer.write(decoder.decode(chunk, { stream: true }));
    }
    if (decoder) tokenizer.write(decoder.decode());
    tokenizer.end();
  } catch (err) {
    if (err instanceof CodedError) throw err;
    throw new CodedError("docx.corrupt", err instanceof Error ? err.message : String(err));
  }
}

/** XML parts are UTF-8 unless they start with a UTF-16 BOM (or a UTF-16 "<"), which some generators write. */
function detectEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x3c && head[1] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c) return "utf-16be";
  return "utf-8";
}
