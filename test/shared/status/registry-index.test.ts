import { HA_TINH_2024 } from "../../../shared/campaign/ha-tinh-2024";
import { computeStatus, type UnitProgress } from "../../../shared/status/aggregate";
import { registryIndex } from "../../../shared/status/registry-index";
import type { Unit } from "../../../shared/units/schema";

const unit = (id: string): Unit => ({ id, name: `Đơn vị ${id}`, shortCode: id.toUpperCase(), level: "commune", place: "Hà Tĩnh", subordinateCount: 3 });
const submitted = (unitId: string, latestVersion = 1): UnitProgress => ({
  unitId,
  latestVersion,
  firstAt: "2024-06-01T00:00:00.000Z",
  latestAt: "2024-06-01T00:00:00.000Z",
});
const now = new Date("2024-06-15T00:00:00Z");
const versions = (units: readonly Unit[], progress: UnitProgress[]) =>
  computeStatus({ campaign: HA_TINH_2024, units, progress, now }).units.map((r) => [r.unitId, r.version]);

describe("registryIndex", () => {
  it("is built once per registry list and reused by later passes", () => {
    const units = [unit("a"), unit("b")];
    expect(registryIndex(units)).toBe(registryIndex(units));
    expect(registryIndex(units).ordinals.get("b")).toBe(1);
  });

  it("indexes a list again when it was changed in place, so progress follows the units it names", () => {
    const units = [unit("a"), unit("b"), unit("c")];
    expect(versions(units, [submitted("c", 2)])).toEqual([["a", null], ["b", null], ["c", 2]]);
    units[0] = unit("c2"); // same length, another unit
    expect(versions(units, [submitted("c2", 3), submitted("c", 1)])).toEqual([["c2", 3], ["b", null], ["c", 1]]);
    units.push(unit("d"));
    expect(versions(units, [submitted("d", 1)])).toEqual([["c2", null], ["b", null], ["c", null], ["d", 1]]);
  });

  it("gives every row of a repeated id (a list, never a registry) that id's progress, review and reminder", () => {
    const units = [unit("a"), unit("b"), unit("a")];
    const doc = computeStatus({
      campaign: HA_TINH_2024,
      units,
      progress: [submitted("a", 1), submitted("a", 2)],
      reviews: [{ unitId: "a", version: 2, decision: "accepted", comment: "" }],
      reminders: [{ unitId: "a", sentAt: "2024-06-10T00:00:00.000Z" }],
      now,
    });
    expect(doc.units.map((r) => [r.unitId, r.version, r.review, r.lastRemindedAt])).toEqual([
      ["a", 2, "accepted", "2024-06-10T00:00:00.000Z"],
      ["b", null, "pending", null],
      ["a", 2, "accepted", "2024-06-10T00:00:00.000Z"],
    ]);
    expect(doc.totals).toMatchObject({ units: 3, submitted: 2, accepted: 2 });
  });
});
