import type { Campaign } from "../campaign/schema";
import type { CalendarDate } from "../dates";
import type { DocumentModel } from "../model/document";
import { analyse } from "../rules/analysis/structure";
import { hasPhrase, words } from "../rules/text";
import type { Unit } from "../units/schema";

export interface Identified {
  unit?: Unit;
  /** The issuing body as the header writes it ("SỞ TƯ PHÁP"), when there is one. */
  agency?: string;
  /** The header's date ("Hà Tĩnh, ngày 28 tháng 6 năm 2024"). */
  date?: CalendarDate;
}

/** "ỦY BAN NHÂN DÂN HUYỆN CAN LỘC" and "UBND huyện Can Lộc" name the same body. */
const nameWords = (s: string) => words(s).replace(/\buy ban nhan dan\b/g, "ubnd");

/**
 * Which unit wrote a report that arrived by another channel (e-mail, a scan typed up as .docx): the header's issuing
 * body matched against the registry's names, the whole name first, then the longest name it contains.
 */
export function identifyReport(doc: DocumentModel, campaign: Campaign, units: readonly Unit[]): Identified {
  const { header } = analyse(doc, campaign);
  const agency = header.agency?.text;
  const out: Identified = {};
  if (header.dateLine?.found.date) out.date = header.dateLine.found.date;
  if (!agency || header.agencyPlaceholder) return out;
  out.agency = agency;
  const said = nameWords(agency);
  const exact = units.find((u) => nameWords(u.name) === said);
  const within = units
    .filter((u) => hasPhrase(said, nameWords(u.name)))
    .sort((a, b) => b.name.length - a.name.length)[0];
  const unit = exact ?? within;
  if (unit) out.unit = unit;
  return out;
}
