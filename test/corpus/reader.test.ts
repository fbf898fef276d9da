/**
 * Every real .docx of the external corpus (pandoc, mammoth and python-docx test files) is either read into a valid
 * model or refused with a typed docx.* error, without throwing. How long it takes is measured in bench/, not here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../docx/read";
import { DocumentModelSchema } from "../../shared/model/document";
import { CORPUS_DIR, corpusFiles } from "./corpus-dir";

const files = corpusFiles();

test.each(files.map((f) => [path.relative(CORPUS_DIR, f), f]))("%s", async (_, file) => {
  const result = await readDocx(readFileSync(file));
  if (result.ok) expect(() => DocumentModelSchema.parse(result.model)).not.toThrow();
  else expect(result.error.code).toMatch(/^docx\./);
});

test("most of the corpus is read, not refused (a reader that refuses everything would pass the test above)", async () => {
  let read = 0;
  for (const file of files) if ((await readDocx(readFileSync(file))).ok) read++;
  expect(read / files.length).toBeGreaterThan(0.9);
});
