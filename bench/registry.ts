/**
 * Registries of a chosen size for the benchmarks: the built-in Hà Tĩnh units followed by generated ones, written as
 * the documented units CSV (CCHC_UNITS_FILE), so the server loads them exactly as Sở Nội vụ would.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { HA_TINH_2024_UNITS } from "../shared/units/ha-tinh-2024";
import { generateUnits } from "../shared/units/generate";
import { toUnitsCsv } from "../shared/units/csv";
import type { Unit } from "../shared/units/schema";

export function registryOf(total: number): Unit[] {
  return [...HA_TINH_2024_UNITS, ...generateUnits(Math.max(0, total - HA_TINH_2024_UNITS.length))];
}

/** Writes the units beyond the built-in ones to `dir/units-<total>.csv`; returns the file and every unit id. */
export function writeUnitsFile(dir: string, total: number): { file: string; unitIds: string[] } {
  const units = registryOf(total);
  const file = join(dir, `units-${total}.csv`);
  writeFileSync(file, toUnitsCsv(units.slice(HA_TINH_2024_UNITS.length)));
  return { file, unitIds: units.map((u) => u.id) };
}
