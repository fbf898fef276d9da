import { Button, Field, Popover, PopoverSurface, PopoverTrigger, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { MIN_CONTEST_REASON, MAX_CONTEST_REASON } from "../../shared/api/contest";
import type { Finding } from "../../shared/model/findings";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  surface: { maxWidth: "280px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  finding: Finding;
  reason: string;
  /** The reason is long enough to count (the shared schema's verdict). */
  done: boolean;
  onReason(code: string, reason: string): void;
}

/** "Giải trình" next to an error: a short field for the reason the clerk submits the report without fixing it. */
export function ContestAction({ finding, reason, done, onReason }: Props) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Popover trapFocus withArrow positioning="below-end">
      <PopoverTrigger disableButtonEnhancement>
        <Button size="small" appearance={done ? "primary" : "secondary"} aria-pressed={done}>
          {done ? s.contested : s.contest}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={s.contest}>
        <Field
          label={s.contestLabel}
          hint={s.contestHint(MIN_CONTEST_REASON)}
          validationState={reason.length > 0 && !done ? "error" : "none"}
          validationMessage={reason.length > 0 && !done ? s.contestTooShort(MIN_CONTEST_REASON) : undefined}
        >
          <Textarea
            value={reason}
            maxLength={MAX_CONTEST_REASON}
            resize="vertical"
            onChange={(_, d) => onReason(finding.code, d.value)}
          />
        </Field>
      </PopoverSurface>
    </Popover>
  );
}
