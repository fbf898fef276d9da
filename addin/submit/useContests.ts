import { useCallback, useEffect, useMemo, useState } from "react";
import type { Contest } from "../../shared/api/contest";
import { applyContests, type ContestVerdict } from "../../shared/api/contestable";
import type { Finding } from "../../shared/model/findings";

const NONE: Contest[] = [];

/**
 * The clerk's reasons per finding code, kept across re-checks (an edit elsewhere must not lose them), and the verdict
 * the server will reach with them: the same shared rule decides both, so "Nộp báo cáo" is enabled exactly when the
 * server will accept. Only reasons long enough to count are sent. The server's schema judges each reason; it is
 * loaded with the first reason typed, so the first screen carries no zod.
 */
export function useContests(findings: readonly Finding[] | undefined) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const setReason = useCallback((code: string, reason: string) => setReasons((r) => ({ ...r, [code]: reason })), []);
  const [valid, setValid] = useState<Contest[]>(NONE);
  useEffect(() => {
    const entries = Object.entries(reasons);
    if (entries.length === 0) return setValid(NONE);
    let current = true;
    void import("../../shared/api/contest").then(({ ContestRequestSchema }) => {
      if (!current) return;
      setValid(
        entries.flatMap(([code, reason]) => {
          const parsed = ContestRequestSchema.safeParse([{ code, reason }]);
          return parsed.success ? parsed.data : [];
        }),
      );
    });
    return () => {
      current = false;
    };
  }, [reasons]);
  const verdict = useMemo<ContestVerdict | undefined>(() => (findings ? applyContests(findings, valid) : undefined), [findings, valid]);
  const isValid = useCallback((code: string) => valid.some((c) => c.code === code), [valid]);
  return { reasons, setReason, isValid, verdict, applied: verdict?.applied ?? [] };
}
