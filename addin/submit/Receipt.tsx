import { Badge, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Receipt as ReceiptData } from "../../shared/api";
import { useStrings } from "../i18n";
import { receiptTime } from "../utils/format";
import { ContestedList } from "./ContestedList";

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  grid: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  id: { wordBreak: "break-all", fontFamily: tokens.fontFamilyMonospace },
});

/**
 * The receipt of a submission. It takes the focus when it arrives (keyboard and screen-reader users land on it, the
 * page scrolls to it); a replayed receipt says that the document had not changed and no version was created.
 */
export function Receipt({ receipt }: { receipt: ReceiptData & { replayed?: boolean } }) {
  const s = useStrings();
  const styles = useStyles();
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // While the confirmation dialog is still closing, it keeps the focus and then gives it back to "Nộp báo cáo":
    // the receipt takes it once no dialog is left in the page.
    const dialogOpen = () => document.querySelector('[role="alertdialog"]') !== null;
    if (!dialogOpen()) return void el.focus();
    const watch = new MutationObserver(() => {
      if (dialogOpen()) return;
      watch.disconnect();
      // After the dialog's own focus restoration, which runs as it is removed.
      setTimeout(() => el.focus(), 0);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [receipt.submissionId, receipt.replayed]);
  return (
    <section aria-label={s.receipt} className={styles.box} ref={box} tabIndex={-1}>
      <Text as="h2" size={400} weight="semibold">
        {s.receipt}
      </Text>
      {receipt.replayed && (
        <MessageBar intent="info">
          <MessageBarBody>{s.unchangedDocument(receipt.version)}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.grid}>
        <dt>{s.version}</dt>
        <dd>{receipt.version}</dd>
        <dt>{s.receivedAt}</dt>
        <dd>{receiptTime(receipt.receivedAt)}</dd>
        <dt>{s.timeliness}</dt>
        <dd>
          <Badge color={receipt.onTime ? "success" : "danger"}>{receipt.onTime ? s.onTime : s.late}</Badge>
        </dd>
        <dt>{s.submissionId}</dt>
        <dd className={styles.id}>{receipt.submissionId}</dd>
      </dl>
      <ContestedList findings={receipt.findings} contested={receipt.contested} title={s.receiptContested} />
    </section>
  );
}
