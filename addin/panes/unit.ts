import type { UnitDue } from "../../shared/api";
import type { Unit } from "../../shared/units/schema";

/**
 * The registry unit the outline is built for, from the units listing. The parent body printed above the unit name
 * comes from the listing when the server gives it, else from the parent unit's own row.
 */
export function unitFromListing(row: UnitDue & { parentName?: string }, all: readonly UnitDue[]): Unit {
  const parentName = row.parentName ?? all.find((u) => u.id === row.parentId)?.name;
  return {
    id: row.id,
    name: row.name,
    shortCode: row.shortCode,
    level: row.level,
    place: row.place,
    subordinateCount: row.subordinateCount,
    ...(row.parentId ? { parentId: row.parentId } : {}),
    ...(parentName ? { parentName } : {}),
  };
}
