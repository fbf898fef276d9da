import { Badge } from "@fluentui/react-badge";
import { Field } from "@fluentui/react-field";
import { Select } from "@fluentui/react-select";
import { Text } from "@fluentui/react-text";
import { tokens } from "@fluentui/react-theme";
import { makeStyles } from "@griffel/react";
import type { UnitDue } from "../../shared/api";
import type { Campaign } from "../../shared/campaign/schema";
import { useLang, useStrings } from "../i18n";
import { dueLine, isOverdue } from "../utils/format";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  due: { fontWeight: tokens.fontWeightSemibold },
  // Campaign names are long; the pane is narrow (320 px in Word on the web).
  select: { width: "100%", minWidth: 0 },
});

interface Props {
  campaigns: Campaign[];
  campaign?: Campaign;
  unit?: UnitDue;
  devAuth: boolean;
  now: () => string;
  onCampaign(id: string): void;
}

/** Who and what this report is for, and how long is left: "Hạn nộp: 30/06/2024 — còn 5 ngày". */
export function Header({ campaigns, campaign, unit, devAuth, now, onCampaign }: Props) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold">
        {s.appTitle} {devAuth && <Badge appearance="tint" color="warning">{s.devMode}</Badge>}
      </Text>
      {campaigns.length > 1 ? (
        <Field label={s.chooseCampaign}>
          <Select className={styles.select} value={campaign?.id ?? ""} onChange={(_, d) => onCampaign(d.value)}>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        campaign && <Text>{`${s.campaign}: ${campaign.name}`}</Text>
      )}
      {unit && <Text aria-label={s.unit}>{s.signedInAs(unit.name)}</Text>}
      {unit && (
        <Text role="status" className={isOverdue(unit.dueAt, now()) ? styles.overdue : styles.due}>
          {dueLine(s, lang, unit.dueAt, now())}
        </Text>
      )}
    </header>
  );
}
