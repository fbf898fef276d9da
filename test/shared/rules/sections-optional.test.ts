import { b, para, report, table } from "./builder";
import { check, withCode } from "./helpers";

const GUIDANCE = "Nêu các đề xuất, kiến nghị với UBND tỉnh, Sở Nội vụ (nếu có).";

describe("optional §IV left with the template's guidance", () => {
  it("offers to delete §IV if there is no proposal, with a removeSection fix over its blocks", () => {
    const d = report({ IV: [b("IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)"), para(GUIDANCE)] });
    const [f] = withCode(d, "section.placeholder");
    expect(f?.message).toContain("xóa mục IV nếu không có đề xuất");
    expect(f?.messageEn).toContain("delete section IV");
    expect(f?.fix).toEqual({ kind: "removeSection", section: "IV", fromBlock: 14, toBlock: 15 });
    expect(f?.excerpt).toBe(GUIDANCE);
  });

  it("takes a table under the section into the blocks to delete", () => {
    const d = report({ IV: [b("IV. KIẾN NGHỊ"), para(GUIDANCE), table([["STT", "Kiến nghị"], ["", ""]])] });
    expect(withCode(d, "section.placeholder")[0]?.fix).toEqual({ kind: "removeSection", section: "IV", fromBlock: 14, toBlock: 16 });
  });

  it("asks only to delete the guidance, not the section, when the unit wrote proposals too", () => {
    const d = report({ IV: [b("IV. ĐỀ XUẤT, KIẾN NGHỊ"), para("Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm tra CCHC."), para(GUIDANCE)] });
    const [f] = withCode(d, "section.placeholder");
    expect(f?.fix).toBeUndefined();
    expect(f?.message).not.toContain("xóa mục IV");
  });

  it("offers the same for an empty optional section, as a warning", () => {
    const d = report({ IV: [b("IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)")] });
    const [f] = withCode(d, "section.emptyOptional");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("xóa mục IV");
    expect(f?.fix).toEqual({ kind: "removeSection", section: "IV", fromBlock: 14, toBlock: 14 });
  });

  it("after deleting §IV as offered, the report has no finding left", () => {
    expect(check(report({ IV: [] }))).toEqual([]);
  });

  it("never offers to delete a required section left with guidance", () => {
    const d = report({ II: [b("II. TỒN TẠI, HẠN CHẾ"), para("Các đơn vị, địa phương đánh giá, nêu rõ các tồn tại, hạn chế về CCHC được phát hiện sau đợt kiểm tra, tự kiểm tra công tác cải cách hành chính tại các đơn vị và các đơn vị trực thuộc (nêu rõ tồn tại, hạn chế về CCHC theo Lĩnh vực (nếu có).")] });
    const found = withCode(d, "section.placeholder");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.fix).toBeUndefined();
  });
});
