import { LEVELS_TWO_TIER } from "../../../shared/campaign/levels";
import { HA_TINH_TWO_TIER_UNITS } from "../../../shared/units/ha-tinh-two-tier";
import { validateUnits } from "../../../shared/units/registry";

describe("the two-tier sample registry (after the 2025 reform)", () => {
  test("is valid against the two-tier levels: departments, central agencies, wards and communes, no district", () => {
    expect(validateUnits(HA_TINH_TWO_TIER_UNITS, LEVELS_TWO_TIER.map((l) => l.id))).toEqual([]);
    const levels = new Set(HA_TINH_TWO_TIER_UNITS.map((u) => u.level));
    expect([...levels]).toEqual(["province_dept", "central_agency", "commune"]);
  });

  test("names the merged departments and commune-level units as written", () => {
    const names = HA_TINH_TWO_TIER_UNITS.map((u) => u.name);
    for (const name of ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Tài chính", "Thuế tỉnh Hà Tĩnh", "UBND phường Thành Sen", "UBND xã Đồng Tiến"]) {
      expect(names).toContain(name);
    }
    for (const merged of ["Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội"]) {
      expect(names).not.toContain(merged);
    }
    // A ward's People's Committee has no district above it and dates its documents from its own name.
    expect(HA_TINH_TWO_TIER_UNITS.find((u) => u.id === "phuong-thanh-sen")).toEqual({
      id: "phuong-thanh-sen", name: "UBND phường Thành Sen", shortCode: "UBND", level: "commune", place: "Thành Sen", subordinateCount: null,
    });
  });
});
