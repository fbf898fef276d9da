import type { UnitDue } from "../../shared/api";
import type { Level } from "../../shared/campaign/schema";
import { fold } from "../../shared/text/fold";

export interface UnitGroup {
  levelId: string;
  label: string;
  units: UnitDue[];
}

/**
 * Does the unit match what the clerk typed? Every typed word must occur in the folded name, id or short code, so
 * "ky anh", "Kỳ Anh" and "KỲ ANH" find "UBND xã Kỳ Anh", and "tu phap" finds "Sở Tư pháp".
 */
export function unitMatches(unit: Pick<UnitDue, "id" | "name" | "shortCode">, query: string): boolean {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(`${unit.name} ${unit.id} ${unit.shortCode}`);
  return words.every((w) => hay.includes(w));
}

/**
 * The picker's option groups: the campaign's levels in its order, labelled as the campaign labels them, each with
 * its matching units in registry order; empty groups left out. Units of a level the campaign does not name come
 * last under the level id.
 */
export function unitGroups(units: readonly UnitDue[], levels: readonly Level[], query: string, lang: "vi" | "en"): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const l of levels) groups.set(l.id, { levelId: l.id, label: lang === "vi" ? l.label : l.labelEn, units: [] });
  for (const u of units) {
    if (!unitMatches(u, query)) continue;
    let g = groups.get(u.level);
    if (!g) groups.set(u.level, (g = { levelId: u.level, label: u.level, units: [] }));
    g.units.push(u);
  }
  return [...groups.values()].filter((g) => g.units.length > 0);
}
