import { Field } from "@fluentui/react-field";
import { Select } from "@fluentui/react-select";
import { makeStyles } from "@griffel/react";
import type { Campaign } from "../../shared/campaign/schema";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  // Campaign names are long; the pane is narrow (320 px in Word on the web).
  select: { width: "100%", minWidth: 0 },
});

/** The campaign picker, drawn only when the clerk has more than one campaign to choose from. */
export function CampaignSelect({ campaigns, value, onChange }: { campaigns: Campaign[]; value?: string; onChange(id: string): void }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Field label={s.chooseCampaign}>
      <Select className={styles.select} value={value ?? ""} onChange={(_, d) => onChange(d.value)}>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
