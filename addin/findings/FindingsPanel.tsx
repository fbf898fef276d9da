import { Badge } from "@fluentui/react-badge";
import { Button } from "@fluentui/react-button";
import { MessageBar, MessageBarBody } from "@fluentui/react-message-bar";
import { Text } from "@fluentui/react-text";
import { tokens } from "@fluentui/react-theme";
import { makeStyles } from "@griffel/react";
import type { ReactNode } from "react";
import type { Finding } from "../../shared/model/findings";
import { useLang, useStrings } from "../i18n";
import { countBySeverity, groupFindings } from "./group";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  finding: { justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, flexGrow: 1, minWidth: 0 },
  group: { marginTop: tokens.spacingVerticalS },
});

interface Props {
  findings?: Finding[];
  source: "local" | "server";
  checking: boolean;
  /** The checked document has just been submitted: the panel no longer invites a submission. */
  submitted?: boolean;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
  /** More actions at the end of a finding's row (the submit flow's "Giải trình"). */
  actions?(f: Finding): ReactNode;
}

/** Findings grouped by report section with severity icons and counts; each finding is a button (click or Enter). */
export function FindingsPanel({ findings, source, checking, submitted = false, onSelect, onFix, actions }: Props) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  if (checking && !findings) return <Text role="status">{s.checking}</Text>;
  if (!findings) return null;
  const total = countBySeverity(findings);
  return (
    <section aria-label={s.findings}>
      {source === "server" && (
        <MessageBar intent="error">
          <MessageBarBody>{s.serverFindings}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" weight="semibold">
        {checking ? s.checking : total.errors === 0 ? (submitted ? s.noFindingsSubmitted : s.noFindings) : ""} {s.counts(total.errors, total.warnings)}
      </Text>
      {groupFindings(findings).map((g) => {
        const title = `${s.sections[g.section]} (${s.counts(g.errors, g.warnings)})`;
        return (
          <div key={g.section} className={styles.group} role="group" aria-label={title}>
            <Text as="h2" size={300} weight="semibold">
              {title}
            </Text>
            <ul className={styles.list}>
              {g.findings.map((f, i) => (
                <li key={`${f.code}-${i}`} className={styles.item}>
                  <Badge
                    shape="circular"
                    size="small"
                    color={f.severity === "error" ? "danger" : "warning"}
                    aria-label={f.severity === "error" ? s.error : s.warning}
                    role="img"
                  >
                    {f.severity === "error" ? "✕" : "!"}
                  </Badge>
                  <Button appearance="transparent" size="small" className={styles.finding} disabled={!f.location} onClick={() => onSelect(f)}>
                    {lang === "vi" ? f.message : f.messageEn}
                  </Button>
                  {f.fix && (
                    <Button size="small" onClick={() => onFix(f)}>
                      {f.fix.kind === "removeSection" ? s.removeSection : s.addSection}
                    </Button>
                  )}
                  {actions?.(f)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
