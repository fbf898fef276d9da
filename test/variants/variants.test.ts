/**
 * The in-repo variant set (issue 9): realistic reports, written the way real offices write them, judged end to end.
 *
 * What it generates: test/variants/catalogue.ts lists the variants — reports of departments, districts, communes and
 * central agencies of the HA_TINH_2024 registry, correct and defective, covering every class of issue 9 §1 (counts of
 * units inspected, headings, dates that are not deadlines, number codes, signer, recipients, footer layout, wrong
 * document, optional §IV, located findings). profiles.ts writes a correct report in each unit's words (header lines,
 * number code, place, signer, recipients, what it inspects); each variant changes one thing in it. build.ts turns the
 * report into the outline blocks the project's own .docx writer renders (borderless or tab-laid header and footer,
 * headings bold / Heading 1 / plain, bordered tables).
 *
 * How it runs: in memory, nothing is written to disk. Each variant is rendered to real .docx bytes by writeDocx, read
 * back by the real reader (readDocx) and judged by checkDocument with the HA_TINH_2024 campaign.
 *
 * What it asserts, per variant: `ok` (no error finding when true, at least one when false), `none` (no finding at all),
 * every code in `codes` present, none of `absent`, each of `messages` in some finding's Vietnamese message; and for
 * every finding a location and an excerpt that can be found in the document's text (class 10). A few variants render
 * the project's own outline and `--example` (buildOutline) instead of a spec: they must never warn about themselves.
 *
 * Adding a variant: append to the right group in catalogue.ts an object {id, description, spec, expect}; build the spec
 * from baseReport(unitId, number) and change what the variant is about (withSection, headings(), spread). Every false
 * error found in a real report belongs here as a variant with `ok: true`.
 */
import { HA_TINH_2024 } from "../../shared/campaign/ha-tinh-2024";
import type { DocumentModel } from "../../shared/model/document";
import type { Finding } from "../../shared/model/findings";
import { checkDocument } from "../../shared/rules";
import { HA_TINH_2024_REGISTRY } from "../../shared/units/ha-tinh-2024";
import { readDocx } from "../../docx/read";
import { writeDocx } from "../../docx/write";
import { listing, unlocated, verdictProblems } from "./verdict";
import { buildReport } from "./build";
import { VARIANTS, type Variant } from "./catalogue";

const judged = new Map<string, Promise<{ doc: DocumentModel; findings: Finding[] }>>();

/** Write, read back and check a variant once; both tests of a variant share the result. */
function judge(v: Variant): Promise<{ doc: DocumentModel; findings: Finding[] }> {
  let result = judged.get(v.id);
  if (!result) {
    result = readDocx(writeDocx(v.outline ?? buildReport(v.spec))).then((read) => {
      if (!read.ok) throw new Error(`${v.id}: the reader refused the document (${read.error.code})`);
      return { doc: read.model, findings: checkDocument(read.model, HA_TINH_2024) };
    });
    judged.set(v.id, result);
  }
  return result;
}


describe("the variant set", () => {
  it("has at least 70 variants with unique ids, from every level of the registry", () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(VARIANTS.map((v) => v.id)).size).toBe(VARIANTS.length);
    const levels = new Set(VARIANTS.map((v) => HA_TINH_2024_REGISTRY.get(v.spec.unitId)?.level));
    expect([...levels].sort()).toEqual(["central_agency", "commune", "district", "province_dept"]);
    expect(VARIANTS.filter((v) => v.expect.ok).length).toBeGreaterThanOrEqual(35);
    expect(VARIANTS.filter((v) => !v.expect.ok).length).toBeGreaterThanOrEqual(20);
  });
});

describe.each(VARIANTS.map((v) => [v.id, v] as const))("%s", (_id, v) => {
  it(`${v.description}: ${v.expect.ok ? "no error" : "an error"}, the expected codes`, async () => {
    const { findings } = await judge(v);
    const problems = verdictProblems(v.expect, findings);
    expect({ problems, findings: problems.length > 0 ? listing(findings) : [] }).toEqual({ problems: [], findings: [] });
  });

  it("locates every finding with an excerpt the clerk can find, in Vietnamese", async () => {
    const { doc, findings } = await judge(v);
    expect(unlocated(doc, findings)).toEqual([]);
    // Vietnamese first: a message with Vietnamese letters, and an English one that differs.
    expect(findings.filter((f) => !/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(f.message) || f.message === f.messageEn)).toEqual([]);
  });
});
