import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { UnitDue } from "../../shared/api";
import { useStrings } from "../i18n";

interface Props {
  units: UnitDue[];
  value?: string;
  devAuth: boolean;
  onChange(id: string): void;
}

/** Development sign-in (or, in production, the unit the signed-in clerk reports for): clearly labelled. */
export function UnitPicker({ units, value, devAuth, onChange }: Props) {
  const s = useStrings();
  return (
    <>
      {devAuth && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <strong>{s.devMode}.</strong> {s.devModeHint}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.chooseUnit}>
        <Select value={value ?? ""} onChange={(_, d) => onChange(d.value)}>
          <option value="" disabled>
            —
          </option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
