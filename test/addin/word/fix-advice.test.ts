import { insertOutline } from "../../../addin/word/insertOutline";
import { insertSection } from "../../../addin/word/insertSection";
import { readDocument } from "../../../addin/word/readDocument";
import { removeSection } from "../../../addin/word/removeSection";
import { sectionBlocks } from "../../../shared/outline";
import { checkDocument } from "../../../shared/rules/engine";
import { installWordStub, type WordStub } from "../../support/word-stub";
import type { SBlock } from "../../support/word-stub/state";
import { campaign, outline } from "./fixtures";

/**
 * Following the pane's advice never leads to a new error: "Thêm mục" then writing the section clears every finding
 * about it (no "mục trống", no duplicate), and "Xóa mục" leaves nothing about the section behind.
 */
let stub: WordStub;
beforeEach(async () => {
  stub = installWordStub();
  await insertOutline(outline(), "start");
  stub.hooks.typeInSection("I", ["Đã kiểm tra 08/12 phòng, đơn vị trực thuộc, đạt 66,7% kế hoạch."]);
  stub.hooks.typeInSection("II", ["Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ giải quyết quá hạn tại 02 đơn vị."]);
  stub.hooks.typeInSection("III", ["Rà soát, xử lý dứt điểm hồ sơ quá hạn, hoàn thành trước ngày 30/9/2024."]);
  stub.hooks.typeInSection("IV", ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra CCHC."]);
});
afterEach(() => stub.uninstall());

const codesOf = async () => checkDocument((await readDocument()).model, campaign).map((f) => `${f.code}@${f.section ?? ""}`);

it("'Thêm mục' then writing the section: the findings are those before the section went missing", async () => {
  const before = await codesOf();
  const isII = (b: SBlock) => b.kind === "p" && (b.control?.tag === "cchc:section:II" || b.runs.map((r) => r.text).join("").startsWith("II. "));
  stub.state.blocks = stub.state.blocks.filter((b) => !isII(b));
  const { model, index } = await readDocument();
  const missing = checkDocument(model, campaign).find((f) => f.code === "section.missing");
  expect(missing?.message).toContain("giữa mục");
  if (missing?.fix?.kind !== "insertSection") throw new Error("no insertSection fix");

  await insertSection(sectionBlocks(campaign, "II"), index, missing.fix.beforeBlock);
  const afterInsert = await codesOf();
  expect(afterInsert).not.toContain("section.empty@II");
  expect(afterInsert).not.toContain("section.duplicate@II");
  stub.hooks.typeInSection("II", ["Lĩnh vực cải cách thủ tục hành chính: còn 14 hồ sơ giải quyết quá hạn tại 02 đơn vị."]);
  expect(await codesOf()).toEqual(before);
});

it("'Xóa mục' on §IV left with guidance leaves the findings of the other parts as they were", async () => {
  stub.hooks.typeInSection("IV", []);
  const before = (await codesOf()).filter((c) => !c.endsWith("@IV"));
  const { model, index } = await readDocument();
  const f = checkDocument(model, campaign).find((x) => x.fix?.kind === "removeSection");
  if (f?.fix?.kind !== "removeSection") throw new Error("no removeSection fix");
  await removeSection(index, f.fix);
  expect(await codesOf()).toEqual(before);
});
