/**
 * Property: mutated real documents (random byte flips and truncations, of the package bytes and of the XML inside)
 * never make the reader throw or hang; it returns a model or a typed docx.* error within a time bound.
 */
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../../../functions/docx/read";

const CORPUS_DIR = path.resolve(__dirname, "../../../../..", "shared", "corpus");
const SAMPLES = [
  "jgm+pandoc/test_docx_lists.docx",
  "jgm+pandoc/test_docx_tables.docx",
  "jgm+pandoc/test_docx_sdt_elements.docx",
  "mwilliamson+mammoth.js/test_test-data_text-box.docx",
].map((name) => readFileSync(path.join(CORPUS_DIR, name)));

const TIME_BOUND_MS = 2000;

async function assertGraceful(bytes: Uint8Array): Promise<void> {
  const started = performance.now();
  const result = await readDocx(bytes);
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  if (!result.ok) expect(result.error.code).toMatch(/^docx\./);
}

const mutation = fc.record({
  sample: fc.nat({ max: SAMPLES.length - 1 }),
  flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), {
    minLength: 0,
    maxLength: 8,
  }),
  truncateAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});

function mutate(source: Uint8Array, m: { flips: [number, number][]; truncateAt?: number }): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(source);
  for (const [at, xor] of m.flips) {
    const i = Math.floor(at * bytes.length);
    bytes[i] = (bytes[i] ?? 0) ^ xor;
  }
  return m.truncateAt === undefined ? bytes : bytes.slice(0, Math.floor(m.truncateAt * bytes.length));
}

test("flipped or truncated package bytes", async () => {
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => assertGraceful(mutate(SAMPLES[m.sample] as Uint8Array, m))),
    { numRuns: 60 },
  );
});

test("flipped or truncated XML inside an otherwise valid package", async () => {
  const parts = SAMPLES.map((bytes) => unzipSync(bytes));
  await fc.assert(
    fc.asyncProperty(mutation, fc.constantFrom("word/document.xml", "word/styles.xml", "word/numbering.xml"), async (m, name) => {
      const files = { ...parts[m.sample] };
      const part = files[name];
      if (part) files[name] = mutate(part, m);
      await assertGraceful(zipSync(files));
    }),
    { numRuns: 40 },
  );
});
