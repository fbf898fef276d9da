import { useCallback, useEffect, useRef, useState } from "react";
import type { Campaign } from "../../shared/campaign/schema";
import type { Finding } from "../../shared/model/findings";
import { toPaneError, type PaneError } from "../api/errors";
import { onDocumentChanged, readDocument, watchBodyText, type LocationIndex } from "../word";

export interface CheckState {
  checking: boolean;
  /** undefined until the first check. */
  findings?: Finding[];
  /** "server": the last submission was refused and these are the server's findings. */
  source: "local" | "server";
  index?: LocationIndex;
  error?: PaneError;
}

/** Debounce of the automatic re-check: long enough not to run on every keystroke. */
export const RECHECK_DELAY_MS = 800;

/**
 * Runs the shared rule engine on the document as Word holds it, and again after the clerk's edits: reported by Word
 * (WordApi 1.6 change events), else noticed by a body-text fingerprint every few seconds while the pane is visible.
 */
export function useCheck(campaign: Campaign | undefined, changeEvents: boolean, unitCode?: string) {
  const [state, setState] = useState<CheckState>({ checking: false, source: "local" });
  const campaignRef = useRef(campaign);
  campaignRef.current = campaign;
  // The chosen unit's code: the number finding's example is the clerk's own ("Số: 45/BC-SYT").
  const unitCodeRef = useRef(unitCode);
  unitCodeRef.current = unitCode;

  const run = useCallback(async (): Promise<Finding[] | undefined> => {
    const c = campaignRef.current;
    if (!c) return undefined;
    setState((s) => ({ ...s, checking: true, error: undefined }));
    try {
      // The rule engine is not needed for the first screen: its chunk loads with the first check.
      const [{ model, index }, { checkDocument }] = await Promise.all([readDocument(), import("../../shared/rules/engine")]);
      const code = unitCodeRef.current;
      const findings = checkDocument(model, c, code ? { unitCode: code } : {});
      setState({ checking: false, findings, index, source: "local" });
      return findings;
    } catch (e) {
      setState((s) => ({ ...s, checking: false, error: toPaneError(e) }));
      return undefined;
    }
  }, []);

  /** After a 422 the server's verdict is the one that counts: it replaces the local findings. */
  const showServerFindings = useCallback(async (findings: Finding[]) => {
    const index = await readDocument().then((r) => r.index).catch(() => undefined);
    setState({ checking: false, findings, source: "server", ...(index ? { index } : {}) });
  }, []);

  const checkedOnce = state.findings !== undefined;
  useEffect(() => {
    if (changeEvents || !checkedOnce) return;
    // No change events (Word before WordApi 1.6): notice the clerk's edits by the body text's fingerprint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchBodyText(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      void stop();
    };
  }, [changeEvents, checkedOnce, run]);

  useEffect(() => {
    if (!changeEvents || !checkedOnce) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let off: (() => Promise<void>) | undefined;
    let disposed = false;
    onDocumentChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), RECHECK_DELAY_MS);
    }, true)
      .then((u) => {
        if (disposed) void u?.();
        else off = u;
      })
      .catch(() => undefined);
    return () => {
      disposed = true;
      clearTimeout(timer);
      void off?.();
    };
  }, [changeEvents, checkedOnce, run]);

  return { ...state, run, showServerFindings };
}
