/**
 * A non-validating XML 1.0 tokenizer for package parts, fed decoded text chunk by chunk. It checks what a conforming
 * parser checks for well-formedness (names, quoting, matching end tags, one root, references, characters) and
 * nothing of DTDs: a DOCTYPE is refused outright (docx.doctype), so no entity other than the five predefined ones
 * can exist. Anything malformed is docx.corrupt; nesting deeper than `maxDepth` is docx.xmlTooDeep.
 *
 * Cost: every search is an indexOf from a position that only moves forward, and a token longer than a chunk is
 * joined once its terminator has arrived, so the work is linear in the part whatever the input (no re-scanning of a
 * growing carry). What is held between chunks is one incomplete token; text is passed on as soon as it is whole.
 */
import { CodedError } from "../../../shared/errors/codes";
import { ownCopy } from "./own-copy";
import { SpellingTable } from "./spellings";
import { DISALLOWED_CHAR, MAX_REFERENCE, decodeReferences, isNameChar, isNameStart, isSpace } from "./xml-chars";

/** The attributes of the start tag being reported, as written (qualified names); valid during the callback only. */
export class Attributes {
  count = 0;
  readonly names: string[] = [];
  /**
   * Values are sliced out of the part's text only when asked for: most attributes (rsids, widths of unread
   * properties) never are. A value that needed decoding or normalising is kept as decoded.
   */
  private readonly decoded: (string | undefined)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private text = "";

  value(i: number): string {
    let v = this.decoded[i];
    if (v === undefined) {
      v = valueAt(this.text, this.starts[i]!, this.ends[i]!);
      this.decoded[i] = v;
    }
    return v;
  }

  get(qname: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === qname) return this.value(i);
    return undefined;
  }

  /** The tokenizer's side: the next attribute, its value either decoded or text[start, end) of `text`. */
  add(name: string, text: string, start: number, end: number, decoded: string | undefined): void {
    const n = this.count;
    this.names[n] = name;
    this.text = text;
    this.starts[n] = start;
    this.ends[n] = end;
    this.decoded[n] = decoded;
    this.count = n + 1;
  }
}

export interface XmlSink {
  /** A self-closing tag is reported as start then end. */
  start(qname: string, attributes: Attributes): void;
  end(qname: string): void;
  /** Character data of the root element (CDATA included), references resolved, line ends normalised to "\n". */
  text(text: string): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const BRACKET = 93;

const XML_DECLARATION =
  /^\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*$/;

function fail(message: string): never {
  throw new CodedError("docx.corrupt", `malformed XML: ${message}`);
}

export class XmlTokenizer {
  private buf = "";
  private pos = 0;
  /** What the incomplete token at `pos` waits for ("<", "-->"…), and the chunks that came without it. */
  private awaited: string | undefined;
  private waiting: string[] = [];
  private text = "";
  private readonly open: string[] = [];
  private sawRoot = false;
  private started = false;
  /** A chunk ended with "\r": whether it is followed by "\n" is known with the next chunk. */
  private carriageReturn = false;
  /** Next "&", "]]>", tab, line feed and "<" at or after the last position asked about (forward-only searches). */
  private nextAmp = -1;
  private nextCdataEnd = -1;
  private nextTab = -1;
  private nextLf = -1;
  private nextLt = -1;
  private readonly attributes = new Attributes();

  constructor(
    private readonly sink: XmlSink,
    private readonly maxDepth: number,
  ) {}

  write(chunk: string): void {
    if (this.carriageReturn) chunk = `\r${chunk}`;
    this.carriageReturn = chunk.charCodeAt(chunk.length - 1) === 13;
    if (this.carriageReturn) chunk = chunk.slice(0, -1);
    if (chunk.length === 0) return;
    // End-of-line handling (XML 1.0 §2.11) before anything else, as the specification has it.
    if (chunk.indexOf("\r") >= 0) chunk = chunk.replace(/\r\n?/g, "\n");
    if (DISALLOWED_CHAR.test(chunk)) fail("character not allowed in XML");
    const awaited = this.awaited;
    if (awaited !== undefined) {
      // A token longer than a chunk: its pieces are joined once its terminator has arrived, never re-scanned.
      const seen = this.waiting.length > 0 ? this.waiting[this.waiting.length - 1]! : this.buf;
      const overlap = seen.slice(Math.max(0, seen.length - awaited.length + 1));
      this.waiting.push(chunk);
      if ((overlap + chunk.slice(0, awaited.length - 1)).indexOf(awaited) < 0 && chunk.indexOf(awaited) < 0) return;
      chunk = this.waiting.join("");
      this.waiting = [];
    }
    const rest = this.buf.slice(this.pos);
    const cut = rest.length > 0 && (awaited === undefined || awaited === "<") ? chunk.indexOf("<") : -1;
    if (cut >= 0) this.finishPending(rest, chunk, cut);
    else this.scan(rest.length > 0 ? rest + chunk : chunk, 0);
  }

  /**
   * A token cut by the chunk's end (a tag, a reference) is finished on the chunk's head alone, up to its first "<",
   * and the chunk itself is then scanned in place: joining the rest to the whole chunk made a string that was copied
   * flat on its first read, a copy of the whole part chunk by chunk. The tokens are the same either way: nothing
   * before that "<" can reach past it. Should the head not be used up to it (a comment opened in it), the rest is
   * joined as before.
   */
  private finishPending(rest: string, chunk: string, cut: number): void {
    const head = rest + chunk.slice(0, cut + 1);
    this.scan(head, 0);
    if (this.pos === head.length - 1) this.scan(chunk, cut);
    else this.scan(head.slice(this.pos) + chunk.slice(cut + 1), 0);
  }

  private scan(buf: string, pos: number): void {
    this.buf = buf;
    this.pos = pos;
    this.nextAmp = this.nextCdataEnd = this.nextTab = this.nextLf = this.nextLt = -1;
    this.run(false);
  }

  end(): void {
    if (this.carriageReturn) {
      this.carriageReturn = false;
      this.write("\n");
    }
    if (this.waiting.length > 0) {
      this.buf = this.buf.slice(this.pos) + this.waiting.join("");
      this.pos = 0;
      this.waiting = [];
    }
    this.run(true);
    if (!this.sawRoot) fail("no root element");
    if (this.open.length > 0) fail(`unclosed element ${this.open[this.open.length - 1]}`);
  }

  private run(final: boolean): void {
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    this.awaited = undefined;
    while (pos < len) {
      let next: number;
      if (buf.charCodeAt(pos) !== LT) {
        next = this.textRun(pos, final);
      } else {
        if (this.text.length > 0) {
          this.sink.text(this.text);
          this.text = "";
        }
        const kind = buf.charCodeAt(pos + 1);
        if (kind === BANG) next = this.declaration(pos, final);
        else if (kind === QUESTION) next = this.instruction(pos, final);
        else next = this.tag(pos, kind === SLASH, final);
      }
      if (next < 0) break;
      this.started = true;
      pos = next;
    }
    this.pos = pos;
  }

  /** Character data up to the next "<"; returns where it stopped, or -1 when nothing could be taken yet. */
  private textRun(pos: number, final: boolean): number {
    const buf = this.buf;
    // After a tag, the next "<" is already known (the tag's own limit).
    let end = this.nextLt >= pos ? this.nextLt : buf.indexOf("<", pos);
    if (end < 0) {
      end = final ? buf.length : this.wholeTextEnd(pos);
      if (end <= pos) return -1;
    }
    if (this.open.length === 0) {
      for (let i = pos; i < end; i++) if (!isSpace(buf.charCodeAt(i))) fail("text outside the root element");
      return end;
    }
    if (this.nextCdataEnd < pos) this.nextCdataEnd = indexOrEnd(buf, "]]>", pos);
    if (this.nextCdataEnd + 3 <= end) fail('"]]>" in character data');
    if (this.nextAmp < pos) this.nextAmp = indexOrEnd(buf, "&", pos);
    const piece = this.nextAmp < end ? decodeReferences(buf, pos, end, this.nextAmp) : buf.slice(pos, end);
    if (piece === undefined) fail("bad reference");
    this.text = this.text.length > 0 ? this.text + piece : piece;
    return end;
  }

  /** How much of a text run cut by the chunk's end can be taken: not a reference or a "]]" the next chunk finishes. */
  private wholeTextEnd(pos: number): number {
    const buf = this.buf;
    let end = buf.length;
    const amp = buf.lastIndexOf("&");
    if (amp >= pos && buf.indexOf(";", amp) < 0) {
      if (end - amp > MAX_REFERENCE) fail("unterminated reference");
      end = amp;
    }
    for (let k = 0; k < 2 && end > pos && end === buf.length - k && buf.charCodeAt(end - 1) === BRACKET; k++) end--;
    return end;
  }

  /** Where the terminator of the token at `from` starts; -1: not in the buffer yet (the token then waits for it). */
  private find(terminator: string, from: number, final: boolean): number {
    const at = this.buf.indexOf(terminator, from);
    if (at >= 0) return at;
    if (final) fail("unexpected end of the part");
    this.awaited = terminator;
    return -1;
  }

  /** Comments, CDATA sections, DOCTYPE. */
  private declaration(pos: number, final: boolean): number {
    const buf = this.buf;
    if (buf.startsWith("<!--", pos)) {
      const end = this.find("-->", pos + 4, final);
      if (end < 0) return -1;
      if (buf.indexOf("--", pos + 4) < end) fail('"--" inside a comment');
      return end + 3;
    }
    if (buf.startsWith("<![CDATA[", pos)) {
      if (this.open.length === 0) fail("CDATA outside the root element");
      const end = this.find("]]>", pos + 9, final);
      if (end < 0) return -1;
      if (end > pos + 9) this.sink.text(buf.slice(pos + 9, end));
      return end + 3;
    }
    if (buf.startsWith("<!DOCTYPE", pos)) {
      if (this.sawRoot) fail("DOCTYPE after the root element");
      throw new CodedError("docx.doctype");
    }
    if (!final && buf.length - pos < 9) return -1;
    return fail("unknown declaration");
  }

  /** Processing instructions, the XML declaration among them (only as the very first thing of the part). */
  private instruction(pos: number, final: boolean): number {
    const end = this.find("?>", pos + 2, final);
    if (end < 0) return -1;
    const buf = this.buf;
    const targetEnd = this.nameEnd(pos + 2, end);
    const target = buf.slice(pos + 2, targetEnd);
    if (targetEnd < end && !isSpace(buf.charCodeAt(targetEnd))) fail("bad processing instruction");
    if (target.toLowerCase() === "xml") {
      if (target !== "xml" || this.started) fail("XML declaration not at the start");
      if (!XML_DECLARATION.test(buf.slice(targetEnd, end))) fail("bad XML declaration");
    }
    return end + 2;
  }

  /** Start and end tags. Neither may contain "<", so a tag is whole once the next "<" (or the part's end) is here. */
  private tag(pos: number, closing: boolean, final: boolean): number {
    const buf = this.buf;
    let limit = buf.indexOf("<", pos + 1);
    this.nextLt = limit;
    if (limit < 0) {
      if (!final) {
        this.awaited = "<";
        return -1;
      }
      limit = buf.length;
    }
    return closing ? this.endTag(pos + 2, limit) : this.startTag(pos + 1, limit);
  }

  private startTag(at: number, limit: number): number {
    const buf = this.buf;
    if (this.open.length === 0 && this.sawRoot) fail("a second root element");
    let i = this.nameEnd(at, limit);
    const qname = nameAt(buf, at, i);
    const attrs = this.attributes;
    attrs.count = 0;
    for (;;) {
      const spaced = isSpace(buf.charCodeAt(i));
      while (i < limit && isSpace(buf.charCodeAt(i))) i++;
      if (i >= limit) fail(`unterminated tag ${qname}`);
      const c = buf.charCodeAt(i);
      if (c === GT) return this.opened(qname, false, i + 1);
      if (c === SLASH) {
        if (i + 1 >= limit || buf.charCodeAt(i + 1) !== GT) fail(`bad tag ${qname}`);
        return this.opened(qname, true, i + 2);
      }
      if (!spaced) fail(`no space before an attribute of ${qname}`);
      const nameEnd = this.nameEnd(i, limit);
      const name = nameAt(buf, i, nameEnd);
      i = skipSpaces(buf, nameEnd, limit);
      if (buf.charCodeAt(i) !== EQUALS || i >= limit) fail(`attribute ${name} without a value`);
      i = skipSpaces(buf, i + 1, limit);
      const quote = buf.charCodeAt(i);
      if ((quote !== DQUOTE && quote !== SQUOTE) || i >= limit) fail(`unquoted attribute ${name}`);
      const close = buf.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
      if (close < 0 || close >= limit) fail(`unterminated attribute ${name}`);
      this.addAttribute(name, i + 1, close);
      i = close + 1;
    }
  }

  /** The value of an attribute when it is not the text as written (references, tabs, line feeds), else undefined. */
  private attributeValue(start: number, end: number): string | undefined {
    const buf = this.buf;
    if (this.nextAmp < start) this.nextAmp = indexOrEnd(buf, "&", start);
    // Attribute-value normalisation: literal tabs and line feeds read as spaces (not those written as references).
    if (this.nextTab < start) this.nextTab = indexOrEnd(buf, "\t", start);
    if (this.nextLf < start) this.nextLf = indexOrEnd(buf, "\n", start);
    const spaced = this.nextTab < end || this.nextLf < end;
    if (!spaced && this.nextAmp >= end) return undefined;
    let value = buf.slice(start, end);
    if (spaced) value = value.replace(/[\t\n]/g, " ");
    if (this.nextAmp >= end) return value;
    const decoded = decodeReferences(value, 0, value.length, value.indexOf("&"));
    return decoded ?? fail("bad reference in an attribute");
  }

  private addAttribute(name: string, start: number, end: number): void {
    const attrs = this.attributes;
    const n = attrs.count;
    if (n < 64) {
      for (let k = 0; k < n; k++) if (attrs.names[k] === name) fail(`duplicate attribute ${name}`);
    } else if (attrs.names.lastIndexOf(name, n - 1) >= 0) {
      fail(`duplicate attribute ${name}`);
    }
    attrs.add(name, this.buf, start, end, this.attributeValue(start, end));
  }

  private opened(qname: string, selfClosing: boolean, next: number): number {
    if (this.open.length >= this.maxDepth) throw new CodedError("docx.xmlTooDeep", `deeper than ${this.maxDepth}`);
    this.sawRoot = true;
    this.sink.start(qname, this.attributes);
    if (selfClosing) this.sink.end(qname);
    else this.open.push(qname);
    return next;
  }

  private endTag(at: number, limit: number): number {
    const buf = this.buf;
    const end = this.nameEnd(at, limit);
    const i = skipSpaces(buf, end, limit);
    if (i >= limit || buf.charCodeAt(i) !== GT) fail(`bad end tag ${buf.slice(at, end)}`);
    const expected = this.open.pop();
    // Compared in place and the start tag's string handed on: an end tag's name is never sliced out of the buffer
    // (a copy per element of the part, most of the tokenizer's garbage).
    if (expected === undefined || end - at !== expected.length || !buf.startsWith(expected, at)) {
      fail(`end tag ${buf.slice(at, end)} does not match ${expected ?? "(none)"}`);
    }
    this.sink.end(expected);
    return i + 1;
  }

  /** End of the XML Name starting at `at` (which must start one). */
  private nameEnd(at: number, limit: number): number {
    const buf = this.buf;
    let i = at;
    while (i < limit) {
      const c = buf.charCodeAt(i);
      if (i === at ? isNameStart(c) : isNameChar(c)) {
        i++;
      } else if (c >= 0xd800 && c <= 0xdb7f && i + 1 < limit) {
        // U+10000–U+EFFFF, written as a surrogate pair, are name characters too.
        const low = buf.charCodeAt(i + 1);
        if (low < 0xdc00 || low > 0xdfff) break;
        i += 2;
      } else {
        break;
      }
    }
    if (i === at) fail("name expected");
    return i;
  }
}

/**
 * V8 copies a substring of up to 12 units and keeps a longer one as a view of its whole parent (the chunk of the
 * part). Names that short are kept as cut; values kept by the model must be copies of their own (ownCopy), or a font
 * name would keep its chunk alive. A name or value longer than the tables take is cut (and copied) each time.
 */
const SHORT = 12;
const names = new SpellingTable(1024, (cut) => cut);
const values = new SpellingTable(512, ownCopy);
const MAX_KEPT_VALUE = 64;

function nameAt(buf: string, at: number, end: number): string {
  return end - at > SHORT ? buf.slice(at, end) : names.get(buf, at, end);
}

function valueAt(buf: string, start: number, end: number): string {
  const length = end - start;
  if (length <= SHORT) return buf.slice(start, end);
  return length > MAX_KEPT_VALUE ? ownCopy(buf.slice(start, end)) : values.get(buf, start, end);
}

function skipSpaces(s: string, i: number, limit: number): number {
  while (i < limit && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** indexOf that reports "nowhere" as the end of the string, so a forward-only cursor never searches again. */
function indexOrEnd(s: string, what: string, from: number): number {
  const at = s.indexOf(what, from);
  return at < 0 ? s.length : at;
}
