/**
 * Property over the WHOLE corpus (../shared/corpus, 194 real .docx files from pandoc, mammoth and python-docx):
 * random byte flips and truncations of any file never make the reader throw or hang; it returns a model or a typed
 * docx.* error within a time bound. test/functions/docx/read/mutations.test.ts mutates four chosen files more
 * deeply (also the XML inside a valid package); this one trades depth for breadth.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../functions/docx/read";

const CORPUS = path.resolve(__dirname, "../..", "..", "shared", "corpus");
const FILES = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".docx"))
  .map((e) => path.join(e.parentPath, e.name))
  .sort();
const TIME_BOUND_MS = 2000;

const mutation = fc.record({
  file: fc.nat({ max: Math.max(0, FILES.length - 1) }),
  flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { maxLength: 6 }),
  truncateAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});

it("finds the corpus", () => {
  expect(FILES.length).toBeGreaterThan(150);
});

it("never throws or hangs on mutated corpus files: a model or a typed docx.* error", async () => {
  const bytesOf = new Map<number, Uint8Array>();
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const source = bytesOf.get(m.file) ?? new Uint8Array(readFileSync(FILES[m.file] ?? ""));
      bytesOf.set(m.file, source);
      const bytes = Uint8Array.from(source);
      for (const [at, xor] of m.flips) {
        const i = Math.floor(at * bytes.length);
        bytes[i] = (bytes[i] ?? 0) ^ xor;
      }
      const input = m.truncateAt === undefined ? bytes : bytes.slice(0, Math.floor(m.truncateAt * bytes.length));
      const started = performance.now();
      const result = await readDocx(input);
      expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
      if (!result.ok) expect(result.error.code).toMatch(/^docx\./);
    }),
    { numRuns: 1000 },
  );
});
