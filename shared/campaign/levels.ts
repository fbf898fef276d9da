import type { Level } from "./schema";

/** The four levels of a 2024 campaign: province departments, central agencies, districts, communes. */
export const LEVELS_2024: readonly Level[] = [
  { id: "province_dept", label: "Sở, ban, ngành cấp tỉnh", labelEn: "Provincial departments and agencies", short: "sở, ngành", shortEn: "department" },
  { id: "central_agency", label: "Cơ quan Trung ương đóng trên địa bàn", labelEn: "Central agencies in the province", short: "cơ quan TW", shortEn: "central agency" },
  { id: "district", label: "UBND cấp huyện", labelEn: "District People's Committees", short: "cấp huyện", shortEn: "district" },
  { id: "commune", label: "UBND cấp xã", labelEn: "Commune People's Committees", short: "cấp xã", shortEn: "commune" },
];

/**
 * Two-tier local government (from 1 July 2025): the district level is gone; the commune level holds xã, phường and
 * đặc khu. Ids are kept where the meaning is kept, so a level id means the same thing in every campaign.
 */
export const LEVELS_TWO_TIER: readonly Level[] = [
  LEVELS_2024[0]!,
  LEVELS_2024[1]!,
  {
    id: "commune",
    label: "UBND cấp xã (xã, phường, đặc khu)",
    labelEn: "Commune-level People's Committees (communes, wards, special zones)",
    short: "cấp xã",
    shortEn: "commune",
  },
];

/** The campaign's label for a level id; the id itself for a level the campaign does not name. */
export function levelLabel(levels: readonly Level[], id: string, lang: "vi" | "en" = "vi"): string {
  const level = levels.find((l) => l.id === id);
  if (!level) return id;
  return lang === "vi" ? level.label : level.labelEn;
}

/** The short label for narrow listings, else the full one. */
export function levelShortLabel(levels: readonly Level[], id: string, lang: "vi" | "en" = "vi"): string {
  const level = levels.find((l) => l.id === id);
  if (!level) return id;
  return (lang === "vi" ? level.short : level.shortEn) ?? levelLabel(levels, id, lang);
}
