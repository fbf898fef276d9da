/**
 * The province's summary reads the same reports the rule engine judges (issue 12 §3): over every correct report of
 * the in-repo variant set, the extract finds what the engine accepted — units inspected (§I), at least one remedy
 * (§III) and a deadline for each remedy the engine found dated.
 */
import { HA_TINH_2024 } from "../../shared/campaign/ha-tinh-2024";
import { checkDocument } from "../../shared/rules";
import { extractReport } from "../../shared/summary";
import { readDocx } from "../../docx/read";
import { writeDocx } from "../../docx/write";
import { buildReport } from "./build";
import { VARIANTS } from "./catalogue";

const correct = VARIANTS.filter((v) => v.expect.ok && !v.outline);

describe.each(correct.map((v) => [v.id, v] as const))("%s", (_id, v) => {
  it("the summary's extract holds the figure of §I and the remedies the engine accepted", async () => {
    const read = await readDocx(writeDocx(buildReport(v.spec)));
    if (!read.ok) throw new Error(read.error.code);
    const findings = checkDocument(read.model, HA_TINH_2024);
    const x = extractReport(read.model, HA_TINH_2024);
    const problems: string[] = [];
    if (!findings.some((f) => f.code === "results.count") && x.inspected === undefined) problems.push("§I figure not extracted");
    if (x.remedies.length === 0) problems.push("no remedy extracted");
    const dated = !findings.some((f) => f.code === "remedies.deadline" || f.code === "remedies.itemDeadline" || f.code === "remedies.vagueDeadline");
    if (dated && x.remedies.some((r) => r.deadlineAt === undefined)) problems.push("a remedy without its deadline");
    expect(problems).toEqual([]);
  });
});
