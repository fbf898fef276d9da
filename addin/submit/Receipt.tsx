import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Receipt as ReceiptData } from "../../shared/api";
import { useStrings } from "../i18n";
import { receiptTime } from "../utils/format";
import { ContestedList } from "./ContestedList";

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  grid: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  id: { wordBreak: "break-all", fontFamily: tokens.fontFamilyMonospace },
});

export function Receipt({ receipt }: { receipt: ReceiptData }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-label={s.receipt} className={styles.box}>
      <Text as="h2" size={400} weight="semibold">
        {s.receipt}
      </Text>
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
