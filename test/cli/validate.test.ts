import { writeFileSync } from "node:fs";
import path from "node:path";
import { makeFilledReportDocx, makeOutlineDocx } from "../fixtures/reports";
import { docxFixture } from "../docx/read/helpers/docx-fixture";
import { tempDir } from "../support/temp-dir";
import { cchc } from "./capture";

const dir = tempDir("cchc-validate-");
const filled = path.join(dir, "bao-cao-stp.docx");
const blank = path.join(dir, "de-cuong-stp.docx");
/** A Word document that is not a report at all: headings and text, none of the outline. */
const otherDocument = path.join(dir, "tai-lieu-khac.docx");
const notZip = path.join(dir, "ghi-chu.docx");
const missing = path.join(dir, "khong-co.docx");
const heading = (level: number, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const text = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
writeFileSync(filled, makeFilledReportDocx("stp"));
writeFileSync(blank, makeOutlineDocx("stp"));
writeFileSync(otherDocument, docxFixture({ body: [heading(1, "Introduction"), text("Some text."), heading(2, "Details"), text("More text.")].join("") }));
writeFileSync(notZip, "Đây không phải tệp Word.");
// Bytes an upload tool appended after the zip's end record: other readers open such a file, and so do we, saying so.
const padded = path.join(dir, "bao-cao-stp-them-byte.docx");
writeFileSync(padded, Buffer.concat([makeFilledReportDocx("stp"), Buffer.alloc(300)]));

const lines = (out: string) =>
  out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("cchc validate --json", () => {
  test("one NDJSON line per file, in argument order; unreadable files never stop the others; exit 2", async () => {
    const run = await cchc("validate", "--json", filled, blank, otherDocument, notZip, missing);
    expect(run.code).toBe(2);
    const [a, b, c, d, e] = lines(run.out);
    expect(a).toEqual({ file: filled, ok: true, findings: expect.any(Array), readerWarnings: [] });
    expect(b).toMatchObject({ file: blank, ok: false });
    expect((b!.findings as unknown[]).length).toBeGreaterThan(0);
    expect(c).toMatchObject({ file: otherDocument, ok: false, findings: expect.arrayContaining([expect.objectContaining({ code: "section.missing" })]) });
    expect(d).toEqual({ file: notZip, ok: false, unreadable: { code: "docx.notZip", message: expect.stringMatching(/Word/) } });
    expect(e).toEqual({ file: missing, ok: false, unreadable: { code: "file.notFound", message: "Không tìm thấy tệp." } });
    expect(run.err).toBe("");
  });

  test("findings carry the public fields", async () => {
    const [line] = lines((await cchc("validate", "--json", blank)).out);
    for (const f of line!.findings as Record<string, unknown>[]) {
      expect(f).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.stringMatching(/^(error|warning)$/), message: expect.any(String), messageEn: expect.any(String) }));
    }
  });

  test("exit 0 when every report is ok, 1 when some report has errors", async () => {
    expect((await cchc("validate", "--json", filled)).code).toBe(0);
    expect((await cchc("validate", "--json", filled, blank)).code).toBe(1);
    expect((await cchc("validate", "--json", blank, notZip)).code).toBe(2);
  });

  test("a directory is unreadable, not a crash", async () => {
    const [line] = lines((await cchc("validate", "--json", dir)).out);
    expect(line).toMatchObject({ ok: false, unreadable: { code: "file.unreadable" } });
  });

  test("--en gives English messages for unreadable files", async () => {
    const [line] = lines((await cchc("validate", "--json", "--en", missing)).out);
    expect(line).toMatchObject({ unreadable: { code: "file.notFound", message: "File not found." } });
  });
});

describe("cchc validate (listing)", () => {
  test("Vietnamese listing grouped by section with the located text, and a summary", async () => {
    const run = await cchc("validate", filled, blank, notZip);
    expect(run.code).toBe(2);
    expect(run.out).toContain(`${filled} — ĐẠT`);
    expect(run.out).toMatch(new RegExp(`${blank.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} — CHƯA ĐẠT: \\d+ lỗi`));
    expect(run.out).toContain("  Phần đầu văn bản\n");
    expect(run.out).toContain("  Mục III. GIẢI PHÁP KHẮC PHỤC\n");
    expect(run.out).toContain("(header.number)");
    expect(run.out).toMatch(/« .*Số: …\/BC-STP.* »/);
    expect(run.out).toContain(`${notZip} — KHÔNG ĐỌC ĐƯỢC [docx.notZip]`);
    expect(run.out).toContain("Tổng cộng 3 tệp: 1 đạt, 1 chưa đạt, 1 không đọc được.");
    const header = run.out.indexOf("Phần đầu văn bản");
    const footer = run.out.indexOf("Nơi nhận và chữ ký");
    expect(header).toBeLessThan(footer);
  });

  test("--en lists in English", async () => {
    const run = await cchc("validate", "--en", blank);
    expect(run.out).toMatch(/NOT OK: \d+ errors?/);
    expect(run.out).toContain("  Document header\n");
  });
});

describe("cchc usage", () => {
  test("--help prints usage and exits 0", async () => {
    const run = await cchc("--help");
    expect(run.code).toBe(0);
    expect(run.out).toContain("cchc validate [--json]");
  });

  test.each([[[]], [["frobnicate"]], [["validate"]], [["validate", "--bogus", "x.docx"]], [["validate", "--campaign", "nope", "x.docx"]]])(
    "%p is a usage error: exit 2 and a message on stderr",
    async (argv) => {
      const run = await cchc(...argv);
      expect(run.code).toBe(2);
      expect(run.err).not.toBe("");
      expect(run.out).toBe("");
    },
  );
});

describe("reader warnings", () => {
  test("--json lists what the reader repaired, in the requested language; the verdict is the report's own", async () => {
    const run = await cchc("validate", "--json", padded);
    expect(run.code).toBe(0);
    const [line] = lines(run.out);
    expect(line).toMatchObject({ ok: true, readerWarnings: [{ code: "reader.zipComment", message: expect.stringMatching(/độ dài chú thích/) }] });
    const [en] = lines((await cchc("validate", "--json", "--en", padded)).out);
    expect(en).toMatchObject({ readerWarnings: [{ code: "reader.zipComment", message: expect.stringMatching(/comment length/) }] });
  });

  test("the listing mentions them in one line", async () => {
    const run = await cchc("validate", padded);
    const notes = run.out.split("\n").filter((l) => l.includes("Lưu ý khi đọc tệp"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/độ dài chú thích/);
  });
});
