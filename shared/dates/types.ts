/** A calendar day in Asia/Ho_Chi_Minh (no time zone arithmetic needed: UTC+7, no DST). */
export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export type DeadlineKind = "day" | "month" | "quarter" | "half" | "year" | "range";

/** A concrete deadline found in text. */
export interface DeadlineMatch {
  /** Offsets of the matched expression in the searched text. */
  start: number;
  end: number;
  text: string;
  kind: DeadlineKind;
  /** The last calendar day that satisfies it (a month → its last day, a quarter → its last day, a year → 31/12). */
  lastDay: CalendarDate;
  /** The latest instant that satisfies it: end of lastDay in Asia/Ho_Chi_Minh, as an ISO string in UTC. */
  instant: string;
}

/** A vague or recurring expression that is not a deadline ("thường xuyên", "ngay", "trong thời gian tới"). */
export interface VagueMatch {
  start: number;
  end: number;
  text: string;
}

export interface ParseOptions {
  /** Year used when the text omits it ("trước 31/12"): usually the report's year. */
  referenceYear?: number;
  /**
   * The report's own date. A date after it is still to come; an uncued date on or before it ("Ngày 15/3/2024, …")
   * is an event the report recounts, not a deadline. Without it only the wording tells ("đã", cue words).
   */
  reportDate?: CalendarDate;
}

/** The Decree 30 place-and-date line ("Hà Tĩnh, ngày 05 tháng 01 năm 2024") as found in a text. */
export interface DateLine {
  /** Offsets of the line (place included) in the searched text. */
  start: number;
  end: number;
  /** "Hà Tĩnh", NFC, when the line names a place. */
  place?: string;
  /** Present only when the line holds a real date. */
  date?: CalendarDate;
  /** Template dots, underscores or blanks are left in some part of the date. */
  blank: boolean;
  /** A real date is present. */
  valid: boolean;
}
