import { z } from "zod";

export { applyContests, isContestable, NON_CONTESTABLE_CODES, type ContestVerdict } from "./contestable";

/** A reason must say something: at least 10 characters (after trimming, NFC), at most 1,000. */
export const MIN_CONTEST_REASON = 10;
export const MAX_CONTEST_REASON = 1000;
/** One entry per code and the rule catalogue has a few dozen codes: anything longer is not a real request. */
export const MAX_CONTESTS = 50;

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

/** Two sets of applied contests are the same request when they name the same codes with the same reasons. */
export function sameContests(a: readonly Contest[], b: readonly Contest[]): boolean {
  const key = (list: readonly Contest[]) => JSON.stringify(list.map((c) => [c.code, c.reason]).sort());
  return key(a) === key(b);
}
