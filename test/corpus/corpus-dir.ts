/**
 * Where the external corpus lives: CCHC_CORPUS_DIR (relative to the repository root), by default ../shared/corpus.
 * `npm test` (scripts/test.js) runs test/corpus/ only when that folder exists and says so in one line; here a
 * missing folder is an error, so running this suite by hand never passes vacuously.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
export const CORPUS_DIR = path.resolve(repoRoot, process.env.CCHC_CORPUS_DIR || path.join("..", "shared", "corpus"));

/** Every .docx under the corpus, sorted, as absolute paths. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`the corpus suite needs ${CORPUS_DIR} (set CCHC_CORPUS_DIR)`);
  const files = readdirSync(CORPUS_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".docx"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  if (files.length === 0) throw new Error(`no .docx files under ${CORPUS_DIR}`);
  return files;
}
