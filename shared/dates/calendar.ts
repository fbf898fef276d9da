import { CodedError } from "../errors/codes";
import type { CalendarDate } from "./types";

/**
 * Calendar arithmetic in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed
 * offset is exact for every date we handle and needs no Intl time-zone data (which some Office hosts lack).
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Years a report may plausibly mention; anything else is a number that only looks like a year. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil), by arithmetic alone: dates are
 * compared for every deadline of a report, and a Date per comparison was most of that. `day` may run past the month
 * (day + 1 of the last day is the next month's first). Unlike Date.UTC, years 0–99 are themselves.
 */
function civilDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function utcMs(year: number, month: number, day: number): number {
  return civilDays(year, month, day) * DAY_MS;
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(d: CalendarDate): boolean {
  const { year, month, day } = d;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Real and inside the years a report can mean (1990–2100). */
export function isPlausibleDate(d: CalendarDate): boolean {
  return isRealDate(d) && d.year >= MIN_YEAR && d.year <= MAX_YEAR;
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** Days since 1970-01-01: lets us count calendar days without caring about hours. */
export function dayNumber(d: CalendarDate): number {
  return civilDays(d.year, d.month, d.day);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

function requireReal(d: CalendarDate): void {
  if (!isRealDate(d)) throw new CodedError("date.invalid", `${d.year}-${d.month}-${d.day}`);
}

/** First instant of the day in Vietnam, as ISO UTC: 2024-06-30 → "2024-06-29T17:00:00.000Z". */
export function startOfDayInstant(d: CalendarDate): string {
  requireReal(d);
  return new Date(utcMs(d.year, d.month, d.day) - VN_OFFSET_MS).toISOString();
}

/** Last millisecond of the day in Vietnam, as ISO UTC: 2024-06-30 → "2024-06-30T16:59:59.999Z". */
export function endOfDayInstant(d: CalendarDate): string {
  requireReal(d);
  // UTC+7 all year: a Vietnamese day ends at 16:59:59.999 UTC of the same date (every report deadline needs one).
  return `${toIsoDate(d)}T16:59:59.999Z`;
}

/** Milliseconds since the epoch of an ISO instant; a string without offset is read as UTC, never as host-local. */
export function instantMs(iso: string): number {
  const trimmed = iso.trim();
  const hasZone = /(?:z|[+-]\d{2}(?::?\d{2})?)$/i.test(trimmed);
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const ms = Date.parse(hasZone || isDateOnly ? trimmed : `${trimmed}Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) || Number.isNaN(ms)) throw new CodedError("date.invalid", iso);
  return ms;
}

/** The day an instant falls on in Vietnam. */
export function toCalendarDate(iso: string): CalendarDate {
  const local = new Date(instantMs(iso) + VN_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** "2024-06-30" → {2024, 6, 30}; anything else, or an impossible day, → null. */
export function parseIsoDate(s: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(d) ? d : null;
}

/** "2024-06-30": the stable key form used in campaign data. */
export function toIsoDate(d: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
