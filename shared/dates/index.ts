export type { CalendarDate, DateLine, DeadlineKind, DeadlineMatch, ParseOptions, VagueMatch } from "./types";
export {
  compareDates,
  endOfDayInstant,
  isRealDate,
  parseIsoDate,
  startOfDayInstant,
  toCalendarDate,
  toIsoDate,
} from "./calendar";
export { formatDate, formatDateTime, formatFormalDate } from "./format";
export { countdown, type Countdown } from "./countdown";
export { findDeadlines, parseDeadline } from "./deadline";
export { findVagueDeadlines } from "./vague";
export { findDateLine } from "./date-line";
