/**
 * Every real .docx in ../shared/corpus (pandoc, mammoth and python-docx test files) is either read into a valid
 * model or refused with a typed docx.* error, within a time bound, without throwing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../../../functions/docx/read";
import { DocumentModelSchema } from "../../../../shared/model/document";

const CORPUS_DIR = path.resolve(__dirname, "../../../../..", "shared", "corpus");

function docxFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return docxFiles(full);
      return name.toLowerCase().endsWith(".docx") ? [full] : [];
    });
}

const files = docxFiles(CORPUS_DIR);

test("the corpus is there (otherwise this suite would pass vacuously)", () => {
  expect(files.length).toBeGreaterThan(100);
});

test.each(files.map((f) => [path.relative(CORPUS_DIR, f), f]))("%s", async (_, file) => {
  const started = performance.now();
  const result = await readDocx(readFileSync(file));
  expect(performance.now() - started).toBeLessThan(2000);
  if (result.ok) expect(() => DocumentModelSchema.parse(result.model)).not.toThrow();
  else expect(result.error.code).toMatch(/^docx\./);
});
