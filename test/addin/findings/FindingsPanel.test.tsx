import { renderToStaticMarkup } from "react-dom/server";
import { FindingsPanel } from "../../../addin/findings/FindingsPanel";
import { LangContext, loadStrings } from "../../../addin/i18n";
import type { Finding } from "../../../shared/model/findings";

const base = { severity: "error" as const, messageEn: "m", location: { block: 3 }, excerpt: "IV. ĐỀ XUẤT, KIẾN NGHỊ" };
const missing: Finding = { ...base, code: "section.missing", message: "Báo cáo thiếu mục II", section: "II", fix: { kind: "insertSection", section: "II", beforeBlock: 8 } };
const guidance: Finding = {
  ...base,
  code: "section.placeholder",
  message: "Mục IV còn để nguyên lời hướng dẫn; xóa mục IV nếu không có đề xuất, kiến nghị.",
  section: "IV",
  fix: { kind: "removeSection", section: "IV", fromBlock: 14, toBlock: 15 },
};
const plain: Finding = { ...base, code: "footer.signer", message: "Thiếu chức vụ người ký", section: "footer" };

function render(findings: Finding[], lang: "vi" | "en" = "vi"): string {
  return renderToStaticMarkup(
    <LangContext.Provider value={lang}>
      <FindingsPanel findings={findings} source="local" checking={false} onSelect={() => undefined} onFix={() => undefined} />
    </LangContext.Provider>,
  );
}

const buttons = (html: string) => [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

// English is a chunk the pane loads before rendering in that language.
beforeAll(() => loadStrings("en"));

describe("FindingsPanel fix buttons", () => {
  it("offers 'Thêm mục' for a missing section and 'Xóa mục' for an optional one left with guidance", () => {
    const labels = buttons(render([missing, guidance, plain]));
    expect(labels).toContain("Thêm mục");
    expect(labels).toContain("Xóa mục");
    expect(labels.filter((l) => l === "Thêm mục" || l === "Xóa mục")).toHaveLength(2);
  });

  it("labels them in English too", () => {
    const labels = buttons(render([missing, guidance], "en"));
    expect(labels).toEqual(expect.arrayContaining(["Add section", "Delete section"]));
  });

  it("shows no fix button for a finding without a fix", () => {
    const labels = buttons(render([plain]));
    expect(labels).not.toContain("Thêm mục");
    expect(labels).not.toContain("Xóa mục");
  });
});

describe("FindingsPanel after a submission", () => {
  it("stops inviting a submission once the checked document has been submitted", () => {
    const html = (submitted: boolean) =>
      renderToStaticMarkup(
        <LangContext.Provider value="vi">
          <FindingsPanel findings={[]} source="local" checking={false} submitted={submitted} onSelect={() => undefined} onFix={() => undefined} />
        </LangContext.Provider>,
      );
    expect(html(false)).toContain("Có thể nộp báo cáo.");
    expect(html(true)).toContain("Báo cáo đã được nộp — xem biên nhận.");
    expect(html(true)).not.toContain("Có thể nộp báo cáo.");
  });
});
