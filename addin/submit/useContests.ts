import { useCallback, useMemo, useState } from "react";
import { applyContests, ContestRequestSchema, type Contest, type ContestVerdict } from "../../shared/api/contest";
import type { Finding } from "../../shared/model/findings";

/**
 * The clerk's reasons per finding code, kept across re-checks (an edit elsewhere must not lose them), and the verdict
 * the server will reach with them: the same shared rule decides both, so "Nộp báo cáo" is enabled exactly when the
 * server will accept. Only reasons long enough to count are sent.
 */
export function useContests(findings: readonly Finding[] | undefined) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const setReason = useCallback((code: string, reason: string) => setReasons((r) => ({ ...r, [code]: reason })), []);
  const valid = useMemo<Contest[]>(
    () =>
      Object.entries(reasons).flatMap(([code, reason]) => {
        const parsed = ContestRequestSchema.safeParse([{ code, reason }]);
        return parsed.success ? parsed.data : [];
      }),
    [reasons],
  );
  const verdict = useMemo<ContestVerdict | undefined>(() => (findings ? applyContests(findings, valid) : undefined), [findings, valid]);
  const isValid = useCallback((code: string) => valid.some((c) => c.code === code), [valid]);
  return { reasons, setReason, isValid, verdict, applied: verdict?.applied ?? [] };
}
