import type { UnitDue } from "../../../shared/api";
import { unitFromListing } from "../../../addin/panes/unit";

const row = (over: Partial<UnitDue>): UnitDue => ({
  id: "x",
  name: "X",
  level: "commune",
  subordinateCount: 3,
  dueAt: "2024-06-30T16:59:59.999Z",
  due: "2024-06-30",
  countKnown: true,
  shortCode: "UBND",
  place: "Can Lộc",
  ...over,
});

describe("unitFromListing", () => {
  it("takes the parent body's name from the listing, else from the parent's own row", () => {
    const district = row({ id: "d443", name: "UBND huyện Can Lộc", level: "district" });
    const commune = row({ id: "c1", name: "UBND xã Thiên Lộc", parentId: "d443" });
    expect(unitFromListing(commune, [district, commune])).toMatchObject({ id: "c1", parentId: "d443", parentName: "UBND huyện Can Lộc", shortCode: "UBND" });
    expect(unitFromListing({ ...row({ id: "stp" }), parentName: "UBND TỈNH HÀ TĨNH" }, [])).toMatchObject({ parentName: "UBND TỈNH HÀ TĨNH" });
    expect(unitFromListing(row({ id: "lone" }), [])).not.toHaveProperty("parentName");
  });
});
