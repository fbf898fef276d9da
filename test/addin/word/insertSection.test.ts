import { insertOutline } from "../../../addin/word/insertOutline";
import { insertSection } from "../../../addin/word/insertSection";
import { readDocument } from "../../../addin/word/readDocument";
import { sectionBlocks } from "../../../shared/outline";
import { checkDocument } from "../../../shared/rules/engine";
import { installWordStub, type WordStub } from "../../support/word-stub";
import type { SBlock } from "../../support/word-stub/state";
import { campaign, outline } from "./fixtures";

let stub: WordStub;
beforeEach(async () => {
  stub = installWordStub();
  await insertOutline(outline(), "start");
});
afterEach(() => stub.uninstall());

/** What a clerk does by selecting a section's heading and writing area and pressing Delete. */
function deleteSection(key: string): void {
  const blocks = stub.state.blocks;
  const isOurs = (b: SBlock) => b.kind === "p" && (b.control?.tag === `cchc:section:${key}` || b.runs.map((r) => r.text).join("").startsWith(`${key}. `));
  stub.state.blocks = blocks.filter((b) => !isOurs(b));
}

function headings(): string[] {
  return stub.hooks.paragraphs().filter((t) => /^(I|II|III|IV)\. /.test(t));
}

describe("insertSection", () => {
  it.each(["I", "II"] as const)("puts a deleted section %s back where the rule engine says it belongs", async (key) => {
    deleteSection(key);
    const { model, index } = await readDocument();
    const missing = checkDocument(model, campaign).find((f) => f.fix?.kind === "insertSection" && f.fix.section === key);
    if (missing?.fix?.kind !== "insertSection") throw new Error(`no insertSection fix for ${key}`);

    await insertSection(sectionBlocks(campaign, key), index, missing.fix.beforeBlock);

    expect(headings().map((h) => h.split(".")[0])).toEqual(["I", "II", "III", "IV"]);
    const after = checkDocument((await readDocument()).model, campaign);
    expect(after.filter((f) => f.fix?.kind === "insertSection")).toEqual([]);
    expect(stub.state.selection?.paragraph.control?.tag).toBe(`cchc:section:${key}`);
  });

  it("appends at the end of the body when no position is given", async () => {
    deleteSection("IV");
    const { index } = await readDocument();
    await insertSection(sectionBlocks(campaign, "IV"), index, undefined);
    expect(headings()).toHaveLength(4);
    expect(stub.hooks.paragraphs().slice(-2)[0]).toBe(campaign.outline.sections.find((s) => s.key === "IV")?.guidance);
  });
});
