/**
 * Property: mutated reports (random byte flips and truncations, of the package bytes and of the XML inside) never
 * make the reader throw; it returns a model or a typed docx.* error. The sources are the project's own documents —
 * the blank outline (content controls, the remedies table), a filled report, and a long report shaped like what Word
 * writes (numbered items, tables, run properties) — so the suite needs nothing outside the repository. The external
 * corpus gets the same treatment in test/corpus/ when it is present.
 */
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { readDocx } from "../../../docx/read";
import { makeFilledReportDocx, makeOutlineDocx } from "../../fixtures/reports";
import { byteMutation, mutate } from "../../support/mutations";
import { bigReportDocx } from "./helpers/big-report";

const SAMPLES = [makeOutlineDocx("snv"), makeFilledReportDocx("stp"), bigReportDocx(3)];

async function expectGraceful(bytes: Uint8Array): Promise<void> {
  const result = await readDocx(bytes);
  if (!result.ok) expect(result.error.code).toMatch(/^docx\./);
}

const sample = fc.nat({ max: SAMPLES.length - 1 });

test("the unmutated samples are read (so the mutations start from real documents)", async () => {
  for (const bytes of SAMPLES) expect((await readDocx(bytes)).ok).toBe(true);
});

test("flipped or truncated package bytes", async () => {
  await fc.assert(
    fc.asyncProperty(sample, byteMutation, async (i, m) => expectGraceful(mutate(SAMPLES[i] as Uint8Array, m))),
    { numRuns: 150 },
  );
});

test("flipped or truncated XML inside an otherwise valid package", async () => {
  const parts = SAMPLES.map((bytes) => unzipSync(bytes));
  const names = [...new Set(parts.flatMap((p) => Object.keys(p)).filter((n) => n.endsWith(".xml") || n.endsWith(".rels")))].sort();
  await fc.assert(
    fc.asyncProperty(sample, byteMutation, fc.constantFrom(...names), async (i, m, name) => {
      const files = { ...parts[i] };
      const part = files[name];
      if (part) files[name] = mutate(part, m);
      await expectGraceful(zipSync(files));
    }),
    { numRuns: 150 },
  );
});
