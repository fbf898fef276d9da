import { endOfDayInstant, parseIsoDate, startOfDayInstant } from "../dates/calendar";
import type { CalendarDate } from "../dates/types";
import { CodedError } from "../errors/codes";
import type { Unit } from "../units/schema";
import type { Campaign, DeadlineRule } from "./schema";

export interface UnitDeadline {
  due: CalendarDate;
  /** ISO UTC instant: the end of `due` (inclusive campaigns) or its start (exclusive), Asia/Ho_Chi_Minh. */
  dueAt: string;
  rule: DeadlineRule;
  /** false when the unit's subordinate count is unknown and the < 15 group (count 0) was assumed. */
  countKnown: boolean;
}

/** minSubordinates <= count < maxSubordinates, each bound optional. */
export function ruleMatches(rule: DeadlineRule, count: number): boolean {
  return (rule.minSubordinates ?? 0) <= count && (rule.maxSubordinates === undefined || count < rule.maxSubordinates);
}

/** The rules that decide a unit's deadline: its level's own rules if the campaign gives the level some. */
export function rulesFor(campaign: Campaign, level: string | undefined): readonly DeadlineRule[] {
  const own = level === undefined ? undefined : campaign.levels.find((l) => l.id === level)?.deadlines;
  return own ?? campaign.deadlines.rules;
}

/** Every due date the campaign can give (yyyy-mm-dd), sorted: its general rules and its levels' own rules. */
export function campaignDueDates(campaign: Campaign): string[] {
  const all = [...campaign.deadlines.rules, ...campaign.levels.flatMap((l) => l.deadlines ?? [])].map((r) => r.due);
  return [...new Set(all)].sort();
}

/**
 * The unit's deadline in the campaign. An unknown count is treated as 0 (the smallest group: the earliest deadline,
 * so nobody is told they have more time than they do) and flagged.
 */
export function dueFor(campaign: Campaign, unit: Pick<Unit, "id" | "subordinateCount"> & { level?: string }): UnitDeadline {
  const countKnown = unit.subordinateCount !== null;
  const count = unit.subordinateCount ?? 0;
  const rule = rulesFor(campaign, unit.level).find((r) => ruleMatches(r, count));
  if (!rule) {
    throw new CodedError(
      "campaign.noDeadlineRule",
      `campaign "${campaign.id}" has no deadline rule for unit "${unit.id}" with ${count} subordinate units`,
    );
  }
  const due = parseIsoDate(rule.due);
  if (!due) throw new CodedError("campaign.invalid", `campaign "${campaign.id}": deadline "${rule.due}" is not a real date`);
  const dueAt = campaign.deadlines.inclusiveEndOfDay ? endOfDayInstant(due) : startOfDayInstant(due);
  return { due, dueAt, rule, countKnown };
}
