/**
 * Property over the WHOLE external corpus: random byte flips and truncations of any file, of its package bytes or of
 * the XML inside an otherwise valid package, never make the reader throw; it returns a model or a typed docx.* error.
 * The in-repo suite mutates the project's own reports the same way (test/docx/read/mutations.test.ts);
 * this one adds the breadth of files other programs wrote (lists, tables, notes, strict OOXML, odd numbering).
 */
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { readDocx } from "../../docx/read";
import { byteMutation, mutate } from "../support/mutations";
import { corpusFiles } from "./corpus-dir";

const FILES = corpusFiles();
const bytesOf = new Map<number, Uint8Array>();
const source = (i: number): Uint8Array => {
  const bytes = bytesOf.get(i) ?? new Uint8Array(readFileSync(FILES[i] ?? ""));
  bytesOf.set(i, bytes);
  return bytes;
};

async function expectGraceful(bytes: Uint8Array): Promise<void> {
  const result = await readDocx(bytes);
  if (!result.ok) expect(result.error.code).toMatch(/^docx\./);
}

const file = fc.nat({ max: FILES.length - 1 });

it("mutated package bytes of any corpus file: a model or a typed docx.* error", async () => {
  await fc.assert(
    fc.asyncProperty(file, byteMutation, async (i, m) => expectGraceful(mutate(source(i), m))),
    { numRuns: 1000 },
  );
});

it("mutated XML inside an otherwise valid package: a model or a typed docx.* error", async () => {
  await fc.assert(
    fc.asyncProperty(file, byteMutation, fc.constantFrom("word/document.xml", "word/styles.xml", "word/numbering.xml"), async (i, m, name) => {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(source(i));
      } catch {
        return; // a corpus file fflate cannot unzip has no XML to mutate; the test above covers its bytes
      }
      const part = files[name];
      if (part) files[name] = mutate(part, m);
      await expectGraceful(zipSync(files));
    }),
    { numRuns: 300 },
  );
});
