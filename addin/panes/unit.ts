import type { UnitDue } from "../../shared/api";
import type { Unit } from "../../shared/units/schema";

/** The registry unit the outline is built for, from the units listing: the same fields `cchc outline` uses. */
export function unitFromListing(row: UnitDue): Unit {
  return {
    id: row.id,
    name: row.name,
    shortCode: row.shortCode,
    level: row.level,
    place: row.place,
    subordinateCount: row.subordinateCount,
    ...(row.parentId ? { parentId: row.parentId } : {}),
    ...(row.parentName ? { parentName: row.parentName } : {}),
  };
}
