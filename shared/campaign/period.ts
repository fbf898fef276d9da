import { daysInMonth, parseIsoDate, toIsoDate } from "../dates/calendar";
import { formatDate } from "../dates/format";
import type { CalendarDate } from "../dates/types";

export interface PeriodSpan {
  /** yyyy-mm-dd, inclusive. */
  from: string;
  to: string;
}

const ROMAN_QUARTER = ["I", "II", "III", "IV"];

const isFirstOfMonth = (d: CalendarDate) => d.day === 1;
const isLastOfMonth = (d: CalendarDate) => d.day === daysInMonth(d.year, d.month);

/**
 * How the plan words the months a report covers, from the months themselves: "6 tháng đầu năm 2026",
 * "6 tháng cuối năm 2026", "Quý III năm 2026", "năm 2026"; any other span as its dates.
 */
export function periodWording(span: PeriodSpan): string {
  const from = parseIsoDate(span.from);
  const to = parseIsoDate(span.to);
  if (!from || !to) return `${span.from} – ${span.to}`;
  const wholeMonths = isFirstOfMonth(from) && isLastOfMonth(to) && from.year === to.year;
  if (wholeMonths) {
    const y = from.year;
    if (from.month === 1 && to.month === 12) return `năm ${y}`;
    if (from.month === 1 && to.month === 6) return `6 tháng đầu năm ${y}`;
    if (from.month === 7 && to.month === 12) return `6 tháng cuối năm ${y}`;
    if (to.month - from.month === 2 && from.month % 3 === 1) return `Quý ${ROMAN_QUARTER[(from.month - 1) / 3]} năm ${y}`;
  }
  return `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
}

/** The half-year a day falls in: 1/1–30/6 or 1/7–31/12. */
export function halfYearOf(d: CalendarDate): PeriodSpan {
  const first = d.month <= 6;
  return {
    from: toIsoDate({ year: d.year, month: first ? 1 : 7, day: 1 }),
    to: toIsoDate({ year: d.year, month: first ? 6 : 12, day: first ? 30 : 31 }),
  };
}
