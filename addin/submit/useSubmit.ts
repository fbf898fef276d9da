import { useCallback, useEffect, useState } from "react";
import type { Contest, Version } from "../../shared/api";
import type { Finding } from "../../shared/model/findings";
import type { Api, SubmitResult } from "../api/client";
import { toPaneError, type PaneError } from "../api/errors";
import { idempotencyKeyFor, sha256Hex, type KeyStore } from "../api/idempotency";
import { getDocumentFile } from "../word";

export type SubmitStep = "idle" | "confirm" | "reading" | "uploading" | "done" | "failed";

interface Pending {
  bytes: Uint8Array;
  key: string;
  contested: readonly Contest[];
}

export interface SubmitTarget {
  campaignId: string;
  unitId: string;
  token: string;
}

/**
 * The submission flow: confirm → read the .docx from Word → upload with an Idempotency-Key → receipt. A failed upload
 * keeps the bytes and the key, so "Thử lại" sends exactly the same request and can never create a second version.
 */
export function useSubmit(
  api: Api,
  target: SubmitTarget | undefined,
  store: KeyStore,
  onRejected: (findings: Finding[]) => void,
  contested: readonly Contest[] = [],
) {
  const [step, setStep] = useState<SubmitStep>("idle");
  const [receipt, setReceipt] = useState<SubmitResult>();
  const [error, setError] = useState<PaneError>();
  const [pending, setPending] = useState<Pending>();
  const [history, setHistory] = useState<Version[]>([]);

  const refreshHistory = useCallback(async () => {
    if (!target) return setHistory([]);
    setHistory(await api.versions(target.campaignId, target.unitId, target.token).catch(() => []));
  }, [api, target]);

  useEffect(() => {
    void refreshHistory();
  }, [refreshHistory]);

  const upload = useCallback(
    async (p: Pending, retrying = false) => {
      if (!target) return;
      setStep("uploading");
      try {
        const r = await api.submit({ ...target, bytes: p.bytes, idempotencyKey: p.key, contested: p.contested });
        // A retry whose first answer was lost is replayed by design: that is this submission's own receipt. A replay
        // of a fresh "Nộp" means the document had not changed since that version, and the clerk is told so.
        setReceipt({ ...r, replayed: r.replayed && !retrying });
        setPending(undefined);
        setStep("done");
        await refreshHistory();
      } catch (e) {
        const err = toPaneError(e);
        setError(err);
        setStep("failed");
        if (err.code === "report.invalid") {
          setPending(undefined);
          onRejected(err.findings ?? []);
        }
      }
    },
    [api, target, refreshHistory, onRejected],
  );

  const confirm = useCallback(async () => {
    if (!target) return;
    setError(undefined);
    setReceipt(undefined);
    setStep("reading");
    let p: Pending;
    try {
      const bytes = await getDocumentFile();
      // The same document with other reasons is another request: the server answers a reused key with 409.
      const reasons = contested.length > 0 ? `:${await sha256Hex(new TextEncoder().encode(JSON.stringify(contested)))}` : "";
      const key = idempotencyKeyFor(store, target.campaignId, target.unitId, (await sha256Hex(bytes)) + reasons, () => crypto.randomUUID());
      p = { bytes, key, contested };
      setPending(p);
    } catch (e) {
      setError(toPaneError(e));
      setStep("failed");
      return;
    }
    await upload(p);
  }, [target, store, upload, contested]);

  const retry = useCallback(() => (pending ? upload(pending, true) : confirm()), [pending, upload, confirm]);

  return {
    step,
    receipt,
    error,
    history,
    canRetry: step === "failed" && error?.code !== "report.invalid",
    open: () => setStep("confirm"),
    cancel: () => setStep(receipt ? "done" : "idle"),
    confirm,
    retry,
  };
}
