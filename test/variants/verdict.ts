/**
 * The checks both report sets make of a judged report (test/variants/variants.test.ts, redteam.test.ts): the
 * verdict and codes it expects, and a location with an excerpt the clerk can find for every finding.
 */
import type { Block, DocumentModel } from "../../shared/model/document";
import type { Finding } from "../../shared/model/findings";
import type { Expectation } from "./catalogue";

/** What went wrong against the expectation; empty when the verdict, codes and messages are right. */
export function verdictProblems(expect: Expectation, findings: readonly Finding[]): string[] {
  const codes = new Set<string>(findings.map((f) => f.code));
  const errors = findings.filter((f) => f.severity === "error");
  const problems: string[] = [];
  if (expect.ok && errors.length > 0) problems.push("expected no error");
  if (!expect.ok && errors.length === 0) problems.push("expected an error");
  if (expect.none && findings.length > 0) problems.push("expected no finding at all");
  for (const c of expect.codes ?? []) if (!codes.has(c)) problems.push(`missing ${c}`);
  for (const c of expect.absent ?? []) if (codes.has(c)) problems.push(`unexpected ${c}`);
  for (const m of expect.messages ?? []) {
    if (!findings.some((f) => f.message.toLowerCase().includes(m.toLowerCase()))) problems.push(`no message with “${m}”`);
  }
  return problems;
}

/** One line per finding, shown when a verdict is wrong. */
export const listing = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.severity} ${f.code}: ${f.message}`);

function paragraphTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text)))));
}

/** Findings without a location, or whose excerpt is not text of the document (paper and margins have none to show). */
export function unlocated(doc: DocumentModel, findings: readonly Finding[]): string[] {
  const flat = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ");
  const text = flat(paragraphTexts(doc.blocks).join("\n"));
  return findings
    .filter((f) => f.code !== "format.paper" && f.code !== "format.margins")
    .filter((f) => !f.location || !f.excerpt || !text.includes(flat(f.excerpt.replace(/…$/u, ""))))
    .map((f) => `${f.code} (${f.excerpt ?? "no excerpt"})`);
}
