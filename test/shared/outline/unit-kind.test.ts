import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { buildOutline, exampleContent, signerTitleFor, unitKind } from "../../../shared/outline";
import type { OutlineParagraph, OutlineTable } from "../../../shared/outline/types";
import type { Unit } from "../../../shared/units";

const unit = (name: string, level: Unit["level"] = "province_dept"): Unit => ({
  id: "u",
  name,
  shortCode: "X",
  level,
  place: "Hà Tĩnh",
  subordinateCount: null,
});
const text = (p: OutlineParagraph) => p.runs.map((r) => r.text).join("");

describe("signerTitleFor: the title the unit signs with, from its name", () => {
  it.each([
    ["UBND xã Thạch Hạ", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    ["UBND phường Trần Phú", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    ["Ủy ban nhân dân thị trấn Nghèn", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    ["UBND huyện Can Lộc", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    ["UBND thị xã Kỳ Anh", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    ["Sở Tư pháp", ["GIÁM ĐỐC"]],
    ["SỞ NỘI VỤ", ["GIÁM ĐỐC"]],
    ["Thanh tra tỉnh", ["CHÁNH THANH TRA"]],
    ["Ban Quản lý Khu kinh tế tỉnh", ["TRƯỞNG BAN"]],
    ["Văn phòng UBND tỉnh", ["CHÁNH VĂN PHÒNG"]],
    ["Cục Thuế tỉnh Hà Tĩnh", ["CỤC TRƯỞNG"]],
    ["Chi cục Kiểm lâm", ["CHI CỤC TRƯỞNG"]],
    ["Bảo hiểm xã hội tỉnh Hà Tĩnh", ["GIÁM ĐỐC"]],
    ["Kho bạc Nhà nước Hà Tĩnh", ["GIÁM ĐỐC"]],
    ["Công an tỉnh Hà Tĩnh", ["GIÁM ĐỐC"]],
    ["Phòng Nội vụ huyện Can Lộc", ["TRƯỞNG PHÒNG"]],
    ["Văn phòng HĐND và UBND huyện", ["CHÁNH VĂN PHÒNG"]],
    ["Trường Chính trị Trần Phú", ["HIỆU TRƯỞNG"]],
    ["Bộ Chỉ huy Quân sự tỉnh", ["CHỈ HUY TRƯỞNG"]],
  ])("%s → %j", (name, title) => {
    expect(signerTitleFor(name)).toEqual(title);
  });

  it("does not guess for a name that does not say what the body is", () => {
    expect(signerTitleFor("Liên đoàn Lao động tỉnh")).toBeUndefined();
  });

  it("reads the name, not the level: a ward registered at any level signs like a commune", () => {
    expect(unitKind("UBND phường Sông Trí")).toBe("commune");
    const footer = buildOutline(HA_TINH_2024, unit("UBND phường Sông Trí", "district")).blocks.at(-1) as OutlineTable;
    expect(footer.rows[0]!.cells[1]!.paragraphs.slice(0, 2).map(text)).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
  });
});

describe("the blank outline prefills the signer's title; the template's placeholder only when unknown", () => {
  const right = (u: Unit) => ((buildOutline(HA_TINH_2024, u).blocks.at(-1) as OutlineTable).rows[0]!.cells[1]!.paragraphs.map(text));

  it.each([
    ["Thanh tra tỉnh", "CHÁNH THANH TRA"],
    ["UBND huyện Can Lộc", "TM. ỦY BAN NHÂN DÂN"],
    ["Cục Thuế tỉnh Hà Tĩnh", "CỤC TRƯỞNG"],
  ])("%s", (name, first) => {
    expect(right(unit(name))[0]).toBe(first);
  });

  it("keeps THỦ TRƯỞNG for an unknown kind", () => {
    expect(right(unit("Liên đoàn Lao động tỉnh"))[0]).toBe(HA_TINH_2024.outline.signerPlaceholder);
  });
});

describe("exampleContent fits the unit", () => {
  const first = (u: Unit) => exampleContent(HA_TINH_2024, u).sections?.I?.[0] ?? "";

  it("a commune inspects its Bộ phận Một cửa and thôn, tổ dân phố, not 'phòng'", () => {
    const s = first(unit("UBND xã Thạch Hạ", "commune"));
    expect(s).toMatch(/Bộ phận Một cửa/);
    expect(s).toMatch(/thôn, tổ dân phố/);
    expect(s).not.toMatch(/\d+\/\d+ phòng/);
  });

  it("a district inspects phòng, ban and xã", () => {
    const s = first(unit("UBND huyện Can Lộc", "district"));
    expect(s).toMatch(/phòng, ban chuyên môn/);
    expect(s).toMatch(/xã, thị trấn/);
  });

  it("a sở inspects its phòng and đơn vị trực thuộc", () => {
    expect(first(unit("Sở Tư pháp"))).toMatch(/\d+\/\d+ phòng, đơn vị trực thuộc/);
  });

  it("signs with the unit's title, never the template's placeholder", () => {
    expect(exampleContent(HA_TINH_2024, unit("Thanh tra tỉnh")).signerTitle).toEqual(["CHÁNH THANH TRA"]);
    expect(exampleContent(HA_TINH_2024, unit("Liên đoàn Lao động tỉnh")).signerTitle).toEqual(["GIÁM ĐỐC"]);
  });
});
