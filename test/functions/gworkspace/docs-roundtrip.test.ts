/**
 * The outline written as Docs batchUpdate requests, applied by the local Docs model, read back by the Docs-to-model
 * adapter and judged by the one rule engine: the blank outline asks exactly for what is still to write, and the
 * filled example passes — the same verdicts as the .docx path.
 */
import { outlineRequests } from "../../../functions/gworkspace/docs/outline-requests";
import { docsToModel } from "../../../functions/gworkspace/docs/read-model";
import { readDocx } from "../../../docx/read";
import { writeDocx } from "../../../docx/write";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { buildOutline, exampleContent } from "../../../shared/outline";
import { checkDocument } from "../../../shared/rules";
import { HA_TINH_2024_UNITS } from "../../../shared/units/ha-tinh-2024";
import { apply } from "../../support/docs-endpoint";
import { documentJson } from "../../support/docs-json";
import { newDoc } from "../../support/docs-state";

const campaign = HA_TINH_2024;
const unit = HA_TINH_2024_UNITS.find((u) => u.id === "snv") ?? HA_TINH_2024_UNITS[0]!;
const referenceDate = { year: 2024, month: 6, day: 20 };

function inDocs(content = {}) {
  const doc = newDoc("d1", "t");
  const { requests } = outlineRequests(buildOutline(campaign, unit, content), 1);
  for (const r of requests) apply(doc, r as Record<string, unknown>);
  return docsToModel(documentJson(doc) as never);
}

const codes = (fs: { code: string; severity: string }[]) => fs.map((f) => `${f.severity}:${f.code}`).sort();

test("the blank outline in Docs gets the same findings as the blank .docx outline", async () => {
  const { model } = inDocs();
  const read = await readDocx(writeDocx(buildOutline(campaign, unit)));
  if (!read.ok) throw new Error(read.error.code);
  const docs = checkDocument(model, campaign, { referenceDate });
  expect(docs.some((f) => f.severity === "error")).toBe(true);
  expect(codes(docs)).toEqual(codes(checkDocument(read.model, campaign, { referenceDate })));
});

test("the filled example in Docs passes", () => {
  const { model } = inDocs(exampleContent(campaign, unit));
  const findings = checkDocument(model, campaign, { referenceDate });
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("section headings carry heading ids and the writing areas are named ranges", () => {
  const { model, headingIds } = inDocs();
  const headings = model.blocks.flatMap((b, i) => (b.type === "paragraph" && b.headingLevel === 1 ? [i] : []));
  expect(headings).toHaveLength(campaign.outline.sections.length);
  for (const i of headings) expect(headingIds[i]).toMatch(/^h\./);
  const tags = model.blocks.flatMap((b) => (b.type === "paragraph" ? (b.contentControls ?? []) : []));
  expect([...new Set(tags)]).toEqual(campaign.outline.sections.map((s) => `cchc:section:${s.key}`));
});
