import { z } from "zod";
import type { Finding } from "../model/findings";

/** A reason must say something: at least 10 characters (after trimming, NFC), at most 1,000. */
export const MIN_CONTEST_REASON = 10;
export const MAX_CONTEST_REASON = 1000;
/** One entry per code and the rule catalogue has a few dozen codes: anything longer is not a real request. */
export const MAX_CONTESTS = 50;

/**
 * Findings no reason can override: a document of another kind (a budget report, last year's report) is not this
 * report, however it is explained. Unreadable files and a wrong unit never reach the findings at all.
 */
export const NON_CONTESTABLE_CODES: readonly string[] = ["document.wrongType"];

export function isContestable(f: Pick<Finding, "code" | "severity">): boolean {
  return f.severity === "error" && !NON_CONTESTABLE_CODES.includes(f.code);
}

/** What the receipt, the versions list and the status carry: the code contested and the clerk's reason. */
export const ContestSchema = z.object({ code: z.string(), reason: z.string() });
export type Contest = z.infer<typeof ContestSchema>;

const ReasonSchema = z
  .string()
  .transform((s) => s.normalize("NFC").trim())
  .pipe(z.string().min(MIN_CONTEST_REASON).max(MAX_CONTEST_REASON));

/**
 * The `contested` part of a multipart submission: `[{"code": "results.count", "reason": "Số liệu ở bảng Phụ lục 1"}]`,
 * at most one entry per code.
 */
export const ContestRequestSchema = z
  .array(z.strictObject({ code: z.string().min(1).max(100), reason: ReasonSchema }))
  .max(MAX_CONTESTS)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.code)) ctx.addIssue({ code: "custom", path: [i, "code"], message: `${c.code} is contested twice` });
      seen.add(c.code);
    });
  });
export type ContestRequest = z.infer<typeof ContestRequestSchema>;

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

/** Two sets of applied contests are the same request when they name the same codes with the same reasons. */
export function sameContests(a: readonly Contest[], b: readonly Contest[]): boolean {
  const key = (list: readonly Contest[]) => JSON.stringify(list.map((c) => [c.code, c.reason]).sort());
  return key(a) === key(b);
}
