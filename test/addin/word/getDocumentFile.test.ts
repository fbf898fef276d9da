import { readDocx } from "../../../docx/read";
import { getDocumentFile } from "../../../addin/word/getDocumentFile";
import { insertOutline } from "../../../addin/word/insertOutline";
import { readDocument } from "../../../addin/word/readDocument";
import { checkDocument } from "../../../shared/rules/engine";
import type { DocumentModel } from "../../../shared/model/document";
import { installWordStub, type WordStub } from "../../support/word-stub";
import { campaign, outline } from "./fixtures";

let stub: WordStub | undefined;
afterEach(() => stub?.uninstall());

function texts(model: DocumentModel): string[] {
  return model.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text)))));
}

describe("getDocumentFile", () => {
  it("assembles every slice into the .docx and closes the file", async () => {
    stub = installWordStub();
    await insertOutline(outline(), "start");
    const bytes = await getDocumentFile(1024);
    expect(bytes.length).toBeGreaterThan(3 * 1024);
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
    expect(bytes).toEqual(stub.hooks.docx());
    expect(stub.hooks.openFiles()).toBe(0);
  });

  it("closes the file even when a slice fails, so the next attempt can open it", async () => {
    stub = installWordStub();
    stub.hooks.failNextSlice();
    await expect(getDocumentFile(512)).rejects.toMatchObject({ code: "office.fileFailed" });
    expect(stub.hooks.openFiles()).toBe(0);
    await expect(getDocumentFile(512)).resolves.toBeInstanceOf(Uint8Array);
  });

  it("says so where the host has no getFileAsync", async () => {
    stub = installWordStub({ fileAsync: false });
    await expect(getDocumentFile()).rejects.toMatchObject({ code: "office.fileUnsupported" });
  });

  it("gives the server the same document and the same verdict the pane computed", async () => {
    stub = installWordStub();
    await insertOutline(outline(), "start");
    const local = (await readDocument()).model;
    const read = await readDocx(await getDocumentFile());
    if (!read.ok) throw new Error(read.error.code);
    expect(texts(read.model).filter(Boolean)).toEqual(texts(local).filter(Boolean));
    const codes = (m: DocumentModel) => checkDocument(m, campaign).filter((f) => f.section !== "format").map((f) => `${f.severity}:${f.code}`);
    expect(codes(read.model)).toEqual(codes(local));
  });
});
