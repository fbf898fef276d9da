import type { Finding } from "../model/findings";
import type { Contest } from "./contest";

/*
 * Which findings a reason may override and what the contests decide, apart from the contest schemas (./contest
 * re-exports them): the pane's first screen asks this of every finding and must not load zod for it.
 */

/**
 * Findings no reason can override: a document of another kind (a budget report, last year's report) is not this
 * report, however it is explained. Unreadable files and a wrong unit never reach the findings at all.
 */
export const NON_CONTESTABLE_CODES: readonly string[] = ["document.wrongType"];

export function isContestable(f: Pick<Finding, "code" | "severity">): boolean {
  return f.severity === "error" && !NON_CONTESTABLE_CODES.includes(f.code);
}

export interface ContestVerdict {
  /** Every finding, errors named by a contest marked `contested: true`. */
  findings: Finding[];
  /** The contests that matched an error, in the order of the findings: what is recorded and shown. */
  applied: Contest[];
  /** Errors still standing: the report is accepted only when there are none. */
  uncontested: Finding[];
}

/**
 * The one rule for contesting, used by the server (to accept) and the pane (to enable "Nộp báo cáo"): an error is
 * contested when a contest names its code and the code is contestable; a contest that names no error of this
 * document has nothing to apply to and is not recorded (the pane's live check and the server's reading may differ,
 * and a stale reason must never block a report).
 */
export function applyContests(findings: readonly Finding[], contests: readonly Contest[]): ContestVerdict {
  const byCode = new Map(contests.map((c) => [c.code, c]));
  const applied = new Map<string, Contest>();
  const out: Finding[] = [];
  const uncontested: Finding[] = [];
  for (const f of findings) {
    const contest = isContestable(f) ? byCode.get(f.code) : undefined;
    if (contest) {
      applied.set(contest.code, { code: contest.code, reason: contest.reason });
      out.push({ ...f, contested: true });
    } else {
      if (f.severity === "error") uncontested.push(f);
      out.push(f);
    }
  }
  return { findings: out, applied: [...applied.values()], uncontested };
}
