import { relsPartName, resolveTarget } from "../../../../docx/read/parts/relationships";

describe("resolveTarget", () => {
  test.each([
    ["", "word/document.xml", "word/document.xml"],
    ["", "/word/document.xml", "word/document.xml"],
    ["", "./word/./document.xml", "word/document.xml"],
    ["word/document.xml", "styles.xml", "word/styles.xml"],
    ["word/document.xml", "../customXml/item1.xml", "customXml/item1.xml"],
    ["word/document.xml", "media/image%201.png", "word/media/image 1.png"],
  ])("from %j, %s → %s", (source, target, expected) => {
    expect(resolveTarget(source, target)).toBe(expected);
  });

  test.each([
    ["", "../../etc/passwd"],
    ["word/document.xml", "../../x.xml"],
    ["word/document.xml", "..\\styles.xml"],
    ["", "file:///etc/passwd"],
    ["", "C:/Windows/win.ini"],
    ["", "%"],
    ["", "/"],
  ])("from %j, %s is refused as unsafe", (source, target) => {
    expect(() => resolveTarget(source, target)).toThrow(expect.objectContaining({ code: "docx.unsafePath" }));
  });
});

test("relationship part names follow OPC: _rels next to the source part", () => {
  expect(relsPartName("")).toBe("_rels/.rels");
  expect(relsPartName("word/document.xml")).toBe("word/_rels/document.xml.rels");
});
