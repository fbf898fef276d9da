import { CodedError } from "../errors/codes";
import { VN_OFFSET_MS, instantMs, isRealDate, toCalendarDate } from "./calendar";
import type { CalendarDate } from "./types";

const pad2 = (n: number) => String(n).padStart(2, "0");

function checked(d: CalendarDate): CalendarDate {
  if (!isRealDate(d)) throw new CodedError("date.invalid", `${d.year}-${d.month}-${d.day}`);
  return d;
}

/** "30/06/2024". A string is an ISO instant and is shown as its day in Vietnam. */
export function formatDate(d: CalendarDate | string): string {
  const c = typeof d === "string" ? toCalendarDate(d) : checked(d);
  return `${pad2(c.day)}/${pad2(c.month)}/${c.year}`;
}

/** "30/06/2024 23:59", wall-clock time in Vietnam. */
export function formatDateTime(iso: string): string {
  const local = new Date(instantMs(iso) + VN_OFFSET_MS);
  return `${formatDate(toCalendarDate(iso))} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
}

/**
 * The Decree 30 date line form: "ngày 05 tháng 01 năm 2024". The decree pads days below 10 and only the months 1
 * and 2 ("tháng 01", "tháng 02", but "tháng 3" … "tháng 12"), the months a digit could be written in front of.
 */
export function formatFormalDate(d: CalendarDate): string {
  const c = checked(d);
  const month = c.month <= 2 ? pad2(c.month) : String(c.month);
  return `ngày ${pad2(c.day)} tháng ${month} năm ${c.year}`;
}
