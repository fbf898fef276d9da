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
  it("prints the parent body exactly as the registry listing gives it, as `cchc outline` does", () => {
    const commune = row({ id: "c1", name: "UBND xã Thiên Lộc", parentId: "d443" });
    expect(unitFromListing(commune)).toMatchObject({ id: "c1", parentId: "d443", shortCode: "UBND", place: "Can Lộc" });
    expect(unitFromListing(commune)).not.toHaveProperty("parentName");
    expect(unitFromListing(row({ id: "stp", parentName: "UBND TỈNH HÀ TĨNH" }))).toMatchObject({ parentName: "UBND TỈNH HÀ TĨNH" });
  });
});
