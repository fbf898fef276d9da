import { dayNumber, instantMs, toCalendarDate } from "./calendar";

export interface Countdown {
  overdue: boolean;
  /** Whole calendar days (Asia/Ho_Chi_Minh) left until the due day, or gone since it when overdue. */
  days: number;
  text: string;
  textEn: string;
}

/** Time left before a due instant, counted in Vietnamese calendar days so "today" means the local day. */
export function countdown(dueIso: string, nowIso: string): Countdown {
  const overdue = instantMs(nowIso) > instantMs(dueIso);
  const gap = dayNumber(toCalendarDate(dueIso)) - dayNumber(toCalendarDate(nowIso));
  if (overdue) {
    const days = Math.max(0, -gap);
    if (days === 0) return { overdue, days, text: "Quá hạn hôm nay", textEn: "Overdue since earlier today" };
    return { overdue, days, text: `Quá hạn ${days} ngày`, textEn: `Overdue by ${days} ${days === 1 ? "day" : "days"}` };
  }
  if (gap === 0) return { overdue, days: 0, text: "Hạn cuối hôm nay", textEn: "Due today" };
  return { overdue, days: gap, text: `còn ${gap} ngày`, textEn: `${gap} ${gap === 1 ? "day" : "days"} left` };
}
