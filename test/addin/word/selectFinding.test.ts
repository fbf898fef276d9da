import { insertOutline } from "../../../addin/word/insertOutline";
import { readDocument } from "../../../addin/word/readDocument";
import { selectFinding } from "../../../addin/word/selectFinding";
import { checkDocument } from "../../../shared/rules/engine";
import { installWordStub, type WordStub } from "../../support/word-stub";
import { campaign, outline } from "./fixtures";

let stub: WordStub;
beforeEach(async () => {
  stub = installWordStub();
  await insertOutline(outline(), "start");
});
afterEach(() => stub.uninstall());

describe("selectFinding", () => {
  it("selects the characters a finding points at inside a table cell", async () => {
    const { model, index } = await readDocument();
    const number = checkDocument(model, campaign).find((f) => f.code === "header.number");
    if (!number?.location) throw new Error("expected a located header.number finding");
    await selectFinding(index, number.location);
    expect(stub.hooks.selectionText()).toBe(stub.hooks.paragraphs().find((t) => t.startsWith("Số:"))?.slice(number.location.start, number.location.end));
    expect(stub.hooks.selectionText()).toMatch(/^Số: …/);
  });

  it("selects the whole paragraph of a section placeholder", async () => {
    const { model, index } = await readDocument();
    const placeholder = checkDocument(model, campaign).find((f) => f.code === "section.placeholder" && f.section === "II");
    if (!placeholder?.location) throw new Error("expected a located placeholder finding");
    await selectFinding(index, placeholder.location);
    expect(stub.state.selection?.paragraph.control?.tag).toBe("cchc:section:II");
  });

  it("refuses to guess when the paragraph changed since the check", async () => {
    const { model, index } = await readDocument();
    const number = checkDocument(model, campaign).find((f) => f.code === "header.number");
    stub.hooks.replaceText("Số: …/", "Số: 12/");
    await expect(selectFinding(index, number?.location ?? { block: 0 })).rejects.toMatchObject({ code: "office.staleLocation" });
    await expect(selectFinding(index, { block: 999 })).rejects.toMatchObject({ code: "office.staleLocation" });
  });
});
