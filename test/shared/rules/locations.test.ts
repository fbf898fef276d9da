import type { Finding } from "../../../shared/model/findings";
import { b, goodParts, para, report, table } from "./builder";
import { check } from "./helpers";

/**
 * Every finding of the structure classes tells the clerk where to look: a location and the text quoted there, even
 * when what it reports is missing (it then points at the neighbour where the missing part belongs).
 */
const STRUCTURE = /^(header|title|section|footer)\./;

function located(d: ReturnType<typeof report>): Finding[] {
  return check(d).filter((f) => STRUCTURE.test(f.code));
}

describe("structure findings carry a location and an excerpt", () => {
  const p = goodParts();
  const cases: [string, ReturnType<typeof report>][] = [
    ["no header at all", report({ header: [] })],
    ["no number line", report({ header: [table([[[b("SỞ TƯ PHÁP", { sizePt: 13 })], [b("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { sizePt: 13 }), b("Độc lập - Tự do - Hạnh phúc")]]])] })],
    ["no title", report({ title: [] })],
    ["sections II and III missing", report({ II: [], III: [] })],
    ["section II renamed", report({ II: [b("II. NHỮNG VẤN ĐỀ CẦN QUAN TÂM"), ...p.II.slice(1)] })],
    ["empty and duplicate sections", report({ II: [p.II[0]!], IV: [b("II. TỒN TẠI, HẠN CHẾ"), para("Còn chậm.")] })],
    ["§IV left with guidance", report({ IV: [b("IV. ĐỀ XUẤT, KIẾN NGHỊ (Nếu có)"), para("Nêu các đề xuất, kiến nghị với UBND tỉnh, Sở Nội vụ (nếu có).")] })],
    ["no footer", report({ footer: [] })],
    ["no Nơi nhận", report({ footer: [table([[[para("")], [b("GIÁM ĐỐC"), b("Nguyễn Văn An")]]])] })],
    ["no signer", report({ footer: [table([[[para("Nơi nhận:", { bold: true, italic: true, sizePt: 12 }), para("- Sở Nội vụ;", { sizePt: 11 })], [para("")]]])] })],
    ["THỦ TRƯỞNG as title", report({ footer: [table([[[para("Nơi nhận:", { bold: true, italic: true, sizePt: 12 }), para("- Phòng Nội vụ;", { sizePt: 11 })], [b("THỦ TRƯỞNG"), b("Nguyễn Văn An")]]])] })],
  ];

  it.each(cases)("%s", (_name, d) => {
    const found = located(d);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect({ code: f.code, location: f.location !== undefined, excerpt: !!f.excerpt?.trim() }).toEqual({ code: f.code, location: true, excerpt: true });
    }
  });
});
