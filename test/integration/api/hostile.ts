/**
 * Hostile uploads for the HTTP tests, each derived from a valid report so only the attack differs. The zips are
 * written by hand (node:zlib + test/support/raw-zip) so a test can lie in the headers the way an attacker would.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { rawZip } from "../../support/raw-zip";

interface Entry {
  name: string;
  data: Uint8Array;
  /** What the headers claim; defaults to the truth. */
  declaredSize?: number;
}

/** Deflated entries whose headers state `declaredSize` (the truth unless a test lies). */
function zip(entries: Entry[]): Uint8Array {
  return rawZip(
    entries.map((e) => ({
      name: e.name,
      data: deflateRawSync(e.data, { level: 9 }),
      method: 8,
      uncompressedSize: e.declaredSize ?? e.data.length,
      crc: crc32(e.data),
    })),
  );
}

function rezip(docx: Uint8Array, change: (entries: Entry[]) => void): Uint8Array {
  const entries = Object.entries(unzipSync(docx)).map(([name, data]) => ({ name, data }) as Entry);
  change(entries);
  return zip(entries);
}

function replace(entries: Entry[], name: string, make: (old: Entry) => Entry): void {
  const i = entries.findIndex((e) => e.name === name);
  const old = entries[i];
  if (!old) throw new Error(`fixture has no ${name}`);
  entries[i] = make(old);
}

export const notZip = (): Uint8Array => strToU8("Báo cáo CCHC — this is plain text, not a .docx");

/** The honest bomb: word/document.xml declares 3 GiB; refused from the headers, before inflating. */
export function declaredBomb(docx: Uint8Array): Uint8Array {
  return rezip(docx, (entries) => replace(entries, "word/document.xml", (e) => ({ ...e, declaredSize: 3 * 2 ** 30 })));
}

/** The lying bomb: document.xml claims 4 KB but inflates to 16 MiB; refused while inflating, by bytes produced. */
export function lyingBomb(docx: Uint8Array): Uint8Array {
  return rezip(docx, (entries) =>
    replace(entries, "word/document.xml", (e) => ({ ...e, data: new Uint8Array(16 * 2 ** 20).fill(0x20), declaredSize: 4096 })),
  );
}

/** An entity-expansion attempt: the reader must refuse any DOCTYPE before expanding anything. */
export function withDoctype(docx: Uint8Array): Uint8Array {
  return rezip(docx, (entries) =>
    replace(entries, "word/document.xml", (e) => {
      const dtd = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
      const xml = strFromU8(e.data).replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}${dtd}`);
      return { ...e, data: strToU8(xml) };
    }),
  );
}

/** Password-protected Word files are OLE compound files, not zips: the signature is enough to recognise them. */
export function encrypted(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

/** Thousands of tiny entries: refused by count before any is inflated. */
export function manyEntries(docx: Uint8Array, count = 2500): Uint8Array {
  return rezip(docx, (entries) => {
    for (let i = 0; i < count; i++) entries.push({ name: `customXml/item${i}.xml`, data: strToU8("<a/>") });
  });
}

/** An entry name climbing out of the package. */
export function traversal(docx: Uint8Array): Uint8Array {
  return rezip(docx, (entries) => entries.push({ name: "../../etc/cron.d/evil", data: strToU8("* * * * * root sh") }));
}

/** Body XML nested far deeper than Word ever writes. */
export function deepXml(docx: Uint8Array, depth = 100_000): Uint8Array {
  return rezip(docx, (entries) =>
    replace(entries, "word/document.xml", (e) => {
      const xml = strFromU8(e.data).replace("<w:body>", `<w:body>${"<w:p>".repeat(depth)}${"</w:p>".repeat(depth)}`);
      return { ...e, data: strToU8(xml) };
    }),
  );
}

/** A hyperlink relationship to an external target: read as text, never fetched. */
export function externalRelationship(docx: Uint8Array): Uint8Array {
  return rezip(docx, (entries) =>
    replace(entries, "word/_rels/document.xml.rels", (e) => {
      const rel = '<Relationship Id="rIdEvil" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://127.0.0.1:9/evil.dotm" TargetMode="External"/>';
      return { ...e, data: strToU8(strFromU8(e.data).replace("</Relationships>", `${rel}</Relationships>`)) };
    }),
  );
}
