/**
 * The XML tokenizer on its own: what a part reader receives for well-formed input, whatever the chunking, and the
 * typed refusal for everything else (malformed → docx.corrupt, DOCTYPE → docx.doctype, depth → docx.xmlTooDeep).
 */
import { CodedError } from "../../../../shared/errors/codes";
import { parseXml, type XmlElement } from "../../../../docx/read/stages/xml";
import { XmlTokenizer } from "../../../../docx/read/stages/xml-tokenizer";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Events as "<qname a=v>", "</qname>" and "text", adjacent text merged, with `xml` fed in pieces of `size`. */
function tokens(xml: string, size = xml.length, maxDepth = 64): string[] {
  const out: string[] = [];
  const t = new XmlTokenizer(
    {
      start(qname, a) {
        const attrs = Array.from({ length: a.count }, (_, i) => ` ${a.names[i]}=${a.value(i)}`).join("");
        out.push(`<${qname}${attrs}>`);
      },
      end: (qname) => out.push(`</${qname}>`),
      text(text) {
        const last = out.length - 1;
        if (last >= 0 && !out[last]!.startsWith("<")) out[last] += text;
        else out.push(text);
      },
    },
    maxDepth,
  );
  for (let i = 0; i < xml.length; i += size) t.write(xml.slice(i, i + size));
  t.end();
  return out;
}

function refusal(xml: string, size?: number, maxDepth?: number): string {
  try {
    tokens(xml, size, maxDepth);
  } catch (err) {
    if (err instanceof CodedError) return err.code;
    throw err;
  }
  return "accepted";
}

/** Every chunking from one character at a time to whole: a token cut anywhere must read the same. */
function everyChunking(xml: string): string[][] {
  return [1, 2, 3, 5, 7, 13, xml.length].map((size) => tokens(xml, size));
}

describe("well-formed input", () => {
  test("the five predefined entities and decimal/hex character references are resolved, in text and attributes", () => {
    const xml = `<a v="&lt;&amp;&#65;&#x1EA0;" w='&quot;&apos;'>x &lt; y &amp;&amp; &gt; &quot;&apos; &#7841;&#x1F600;</a>`;
    for (const run of everyChunking(xml)) {
      expect(run).toEqual([`<a v=<&AẠ w="'>`, `x < y && > "' ạ😀`, "</a>"]);
    }
  });

  test("CDATA is text taken literally; comments and processing instructions are skipped", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c --><a>1<!-- <b> -- no -->2<![CDATA[<b>&amp;]]]]>3<?pi x?>4</a><!-- after -->`;
    for (const run of everyChunking(xml.replace("-- no ", "no "))) {
      expect(run.filter((e) => !e.startsWith("<")).join("")).toBe("12<b>&amp;]]34");
      expect(run.filter((e) => e.startsWith("<"))).toEqual(["<a>", "</a>"]);
    }
  });

  test("line ends are normalised to \\n in text; tabs and line ends in attribute values read as spaces", () => {
    for (const run of everyChunking(`<a v="1\r\n2\t3&#10;">x\r\ny\rz</a>`)) {
      expect(run).toEqual(["<a v=1 2 3\n>", "x\ny\nz", "</a>"]);
    }
  });

  test("a self-closing tag is a start and an end; white space is allowed where XML allows it", () => {
    expect(tokens(`<a  x = "1"\n y='2' ><b/><c\t/></a >`)).toEqual(["<a x=1 y=2>", "<b>", "</b>", "<c>", "</c>", "</a>"]);
  });

  test("names may use any letters XML allows", () => {
    expect(tokens(`<_a.b-c:d é="1"><Ω/></_a.b-c:d>`)).toEqual(["<_a.b-c:d é=1>", "<Ω>", "</Ω>", "</_a.b-c:d>"]);
  });
});

describe("namespaces (through the XML stage)", () => {
  async function elements(xml: string): Promise<string[]> {
    const out: string[] = [];
    const open = (el: XmlElement) => out.push(`${el.ns}:${el.local}${el.attr("val") === undefined ? "" : `=${el.attr("val")}`}`);
    async function* source() {
      yield new TextEncoder().encode(xml);
    }
    await parseXml(source(), { open, close: () => {}, text: () => {} }, 64);
    return out;
  }

  test("WordprocessingML bound to any prefix, rebound in a subtree, or as the default namespace reads the same", async () => {
    const xml =
      `<x:document xmlns:x="${W}"><x:p><x:pStyle x:val="A"/></x:p>` +
      `<q:p xmlns:q="${W}" xmlns:x="urn:other"><x:pStyle x:val="B"/><q:pStyle q:val="C"/></q:p>` +
      `<p xmlns="${W}"><pStyle val="D"/></p><x:p/></x:document>`;
    expect(await elements(xml)).toEqual(["w:document", "w:p", "w:pStyle=A", "w:p", "?:pStyle", "w:pStyle=C", "w:p", "w:pStyle", "w:p"]);
  });

  test("a part in UTF-8 with a BOM, UTF-16LE or UTF-16BE (BOM or not), cut anywhere, reads the same", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${W}"><w:p><w:pStyle w:val="Đề mục"/></w:p></w:document>`;
    const utf16 = (bom: boolean, be: boolean) => {
      const out = new Uint8Array((xml.length + (bom ? 1 : 0)) * 2);
      const units = (bom ? "\ufeff" : "") + xml;
      for (let i = 0; i < units.length; i++) {
        const c = units.charCodeAt(i);
        out[2 * i + (be ? 1 : 0)] = c & 0xff;
        out[2 * i + (be ? 0 : 1)] = c >> 8;
      }
      return out;
    };
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    for (const bytes of [utf8, utf16(true, false), utf16(false, false), utf16(true, true), utf16(false, true)]) {
      const out: string[] = [];
      async function* pieces() {
        for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
      }
      const open = (el: XmlElement) => out.push(`${el.ns}:${el.local}${el.attr("val") === undefined ? "" : `=${el.attr("val")}`}`);
      await parseXml(pieces(), { open, close: () => {}, text: () => {} }, 64);
      expect(out).toEqual(["w:document", "w:p", "w:pStyle=Đề mục"]);
    }
  });

  test("an unbound prefix is not WordprocessingML", async () => {
    expect(await elements(`<w:document><w:p/></w:document>`)).toEqual(["?:document", "?:p"]);
  });
});

describe("refused input", () => {
  test.each([
    ["a DOCTYPE before the root", `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`],
    ["a DOCTYPE without internal subset", `<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>`],
  ])("%s is docx.doctype", (_, xml) => {
    expect(refusal(xml)).toBe("docx.doctype");
    expect(refusal(xml, 1)).toBe("docx.doctype");
  });

  test("nesting deeper than the cap is docx.xmlTooDeep, at the cap it is read", () => {
    const nest = (n: number) => "<a>".repeat(n) + "</a>".repeat(n);
    expect(refusal(nest(10), undefined, 10)).toBe("accepted");
    expect(refusal(nest(11), undefined, 10)).toBe("docx.xmlTooDeep");
    expect(refusal("<a>".repeat(10) + "<b/>" + "</a>".repeat(10), 3, 10)).toBe("docx.xmlTooDeep");
  });

  test.each([
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["an entity in an attribute that is not predefined", `<a v="&x;"/>`],
    ["an unterminated reference", "<a>&amp</a>"],
    ["a character reference to NUL", "<a>&#0;</a>"],
    ["a character reference to a surrogate", "<a>&#xD800;</a>"],
    ["a character reference beyond Unicode", "<a>&#x110000;</a>"],
    ["a malformed character reference", "<a>&#x;&#12a;</a>"],
    ["a control character", "<a>\u0001</a>"],
    ["U+FFFF", "<a>\uffff</a>"],
    ["mismatched end tag", "<a><b></a></b>"],
    ["an end tag with nothing open", "<a/></a>"],
    ["an unclosed element", "<a><b></b>"],
    ["two roots", "<a/><b/>"],
    ["no root", "<!-- nothing -->"],
    ["an empty part", ""],
    ["text outside the root", "<a/>x"],
    ["CDATA outside the root", "<![CDATA[x]]><a/>"],
    ["an unquoted attribute", "<a v=1/>"],
    ["an attribute without value", "<a v/>"],
    ["a duplicate attribute", `<a v="1" v="2"/>`],
    ["no space between attributes", `<a v="1"w="2"/>`],
    ['"<" in an attribute value', `<a v="<"/>`],
    ['"]]>" in text', "<a>]]></a>"],
    ['"--" in a comment', "<a><!-- a -- b --></a>"],
    ["an unterminated comment", "<a><!-- x</a>"],
    ["an unterminated CDATA section", "<a><![CDATA[x</a>"],
    ["an XML declaration not at the start", ` <?xml version="1.0"?><a/>`],
    ["an XML declaration without version", `<?xml encoding="UTF-8"?><a/>`],
    ["a bad name", "<1a/>"],
    ["a bad declaration", "<a><!ELEMENT a ANY></a>"],
    ["a truncated tag", `<a><b v="1"`],
  ])("%s is docx.corrupt", (_, xml) => {
    expect(refusal(xml)).toBe("docx.corrupt");
    expect(refusal(xml, 1)).toBe("docx.corrupt");
  });

  test("a long run of one character never makes the work grow faster than the input (no carry re-scan)", () => {
    // A single 2 MB attribute value and a 2 MB text run, fed in 1 KB pieces: each is read once.
    const big = "x".repeat(2_000_000);
    expect(tokens(`<a v="${big}">${big}</a>`, 1024)).toEqual([`<a v=${big}>`, big, "</a>"]);
    expect(refusal(`<a>&${big};</a>`, 1024)).toBe("docx.corrupt");
  });
});
