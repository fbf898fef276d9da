import type { Unit } from "./schema";

/**
 * How Hà Tĩnh's provincial bodies are written in every campaign's registry: departments print the province's People's
 * Committee as parent, central agencies their national parent body; both date their documents from Hà Tĩnh.
 */
const PROVINCE = "UBND TỈNH HÀ TĨNH";
export const HA_TINH_PLACE = "Hà Tĩnh";

export function dept(id: string, name: string, shortCode: string): Unit {
  return { id, name, shortCode, level: "province_dept", parentName: PROVINCE, place: HA_TINH_PLACE, subordinateCount: null };
}

export function central(id: string, name: string, shortCode: string, parentName: string): Unit {
  return { id, name, shortCode, level: "central_agency", parentName, place: HA_TINH_PLACE, subordinateCount: null };
}
