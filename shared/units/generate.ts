import type { Unit } from "./schema";

/** Districts carry this many communes in the synthetic registry, roughly the national average. */
const COMMUNES_PER_DISTRICT = 14;
const DEPARTMENTS = 20;

/**
 * A deterministic synthetic registry of n units for benchmarks: some departments, then districts each followed by
 * their communes (parents always precede children). Counts cycle through 0..29 so both deadline groups appear,
 * and every seventh unit's count is unknown.
 */
export function generateUnits(n: number): Unit[] {
  const units: Unit[] = [];
  let district = "";
  for (let i = 0; i < n; i++) {
    const subordinateCount = i % 7 === 3 ? null : (i * 13) % 30;
    if (i < Math.min(DEPARTMENTS, n)) {
      units.push({ id: `g-dept-${i}`, name: `Sở Tổng hợp ${i + 1}`, shortCode: `STH${i + 1}`, level: "province_dept", parentName: "UBND TỈNH MẪU", place: "Mẫu", subordinateCount });
    } else if ((i - DEPARTMENTS) % (COMMUNES_PER_DISTRICT + 1) === 0) {
      district = `g-d-${i}`;
      units.push({ id: district, name: `UBND huyện Mẫu ${i}`, shortCode: "UBND", level: "district", place: `Mẫu ${i}`, subordinateCount });
    } else {
      units.push({ id: `g-c-${i}`, name: `UBND xã Mẫu ${i}`, shortCode: "UBND", level: "commune", parentId: district, place: `Mẫu ${i}`, subordinateCount });
    }
  }
  return units;
}
