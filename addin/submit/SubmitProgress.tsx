import { Button } from "@fluentui/react-button";
import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-message-bar";
import { ProgressBar } from "@fluentui/react-progress";
import { Text } from "@fluentui/react-text";
import type { PaneError } from "../api/errors";
import { useLang, useStrings } from "../i18n";
import { messageFor } from "../i18n/errors";
import type { SubmitStep } from "./useSubmit";

const STEPS: SubmitStep[] = ["reading", "uploading", "done"];

interface Props {
  step: SubmitStep;
  error?: PaneError;
  canRetry: boolean;
  onRetry(): void;
}

/**
 * Đang đọc tài liệu → Đang tải lên → Biên nhận while it runs; once the receipt is in, a finished (green, full) bar
 * that says so in the past tense, so nothing looks busy. On failure the reason, and a retry that keeps the same key.
 */
export function SubmitProgress({ step, error, canRetry, onRetry }: Props) {
  const s = useStrings();
  const lang = useLang();
  const labels: Partial<Record<SubmitStep, string>> = { reading: s.stepReading, uploading: s.stepUploading, done: s.stepReceipt };
  const at = STEPS.indexOf(step);
  return (
    <>
      {at >= 0 && (
        <div role="status" aria-live="polite">
          {step === "done" ? (
            <>
              <ProgressBar value={1} color="success" aria-label={s.stepsDone} />
              <Text>{s.stepsDone}</Text>
            </>
          ) : (
            <>
              <ProgressBar value={(at + 1) / STEPS.length} aria-label={labels[step]} />
              <Text>{STEPS.map((x, i) => (i <= at ? labels[x] : undefined)).filter(Boolean).join(" → ")}</Text>
            </>
          )}
        </div>
      )}
      {step === "failed" && error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {messageFor(lang, error)}
            {canRetry && ` ${s.retryHint}`}
          </MessageBarBody>
          {canRetry && (
            <MessageBarActions>
              <Button onClick={onRetry}>{s.retry}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </>
  );
}
