import type { UnitDue } from "../../../shared/api";
import { makeDemoCampaign } from "../../../shared/campaign/demo";
import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { HA_TINH_TWO_TIER_UNITS } from "../../../shared/units/ha-tinh-two-tier";
import { unitGroups, unitMatches } from "../../../addin/panes/unit-options";

const demo = makeDemoCampaign({ year: 2026, month: 12, day: 3 });
const listing: UnitDue[] = HA_TINH_TWO_TIER_UNITS.map((u) => ({
  ...u,
  dueAt: "2026-12-08T16:59:59.999Z",
  due: "2026-12-08",
  countKnown: false,
}));

describe("unit picker options", () => {
  it("groups the campaign's units by its levels, in its order, with its labels", () => {
    const groups = unitGroups(listing, demo.levels, "", "vi");
    expect(groups.map((g) => g.label)).toEqual(["Sở, ban, ngành cấp tỉnh", "Cơ quan Trung ương đóng trên địa bàn", "UBND cấp xã (xã, phường, đặc khu)"]);
    expect(groups.flatMap((g) => g.units)).toHaveLength(listing.length);
    expect(groups[2]?.units.map((u) => u.name)).toContain("UBND phường Thành Sen");
    expect(unitGroups(listing, demo.levels, "", "en")[0]?.label).toBe("Provincial departments and agencies");
  });

  it("finds units whatever the diacritics and case, by every typed word, and leaves empty groups out", () => {
    const names = (q: string) => unitGroups(listing, demo.levels, q, "vi").flatMap((g) => g.units.map((u) => u.name));
    expect(names("tu phap")).toEqual(["Sở Tư pháp"]);
    expect(names("KỲ ANH")).toEqual(["UBND xã Kỳ Anh"]);
    expect(names("ky")).toEqual(["UBND xã Kỳ Xuân", "UBND xã Kỳ Anh", "UBND xã Kỳ Hoa", "UBND xã Kỳ Văn", "UBND xã Kỳ Khang", "UBND xã Kỳ Lạc"]);
    expect(names("phường sen")).toEqual(["UBND phường Thành Sen"]);
    expect(names("dong tien")).toEqual(["UBND xã Đồng Tiến"]);
    expect(unitGroups(listing, demo.levels, "thành sen", "vi").map((g) => g.levelId)).toEqual(["commune"]);
    expect(unitGroups(listing, demo.levels, "không có", "vi")).toEqual([]);
  });

  it("matches ids and document codes too", () => {
    expect(unitMatches({ id: "snnmt", name: "Sở Nông nghiệp và Môi trường", shortCode: "SNNMT" }, "snnmt")).toBe(true);
    expect(unitMatches({ id: "stp", name: "Sở Tư pháp", shortCode: "STP" }, "  ")).toBe(true);
  });

  it("a unit whose level the campaign does not name still shows, last, under its id", () => {
    const odd = { ...listing[0]!, id: "x", name: "Đơn vị X", level: "district" };
    const groups = unitGroups([...listing, odd], demo.levels, "", "vi");
    expect(groups.at(-1)).toEqual({ levelId: "district", label: "district", units: [odd] });
    expect(unitGroups([odd], HA_TINH_2024.levels, "", "vi")[0]?.label).toBe("UBND cấp huyện");
  });
});
